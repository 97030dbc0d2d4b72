#!/bin/sh
# Pictures of the print view for the documentation: prints sample agreements to PDF with headless Chromium and
# turns the pages shown in the docs into PNG (needs /usr/bin/chromium and pdftoppm from poppler-utils).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run -c Release --project "$root/benchmarks/Kinerja.Benchmarks" -- print-samples "$out"
img="$root/docs/images"
pdftoppm -r 80 -png -singlefile -f 1 -l 1 "$out/pk-kalaena-camat.pdf" "$img/pk-kalaena-camat-halaman-1"
pdftoppm -r 80 -png -singlefile -f 2 -l 2 "$out/pk-kalaena-camat.pdf" "$img/pk-kalaena-camat-lampiran-1"
pdftoppm -r 80 -png -singlefile -f 1 -l 1 "$out/pk-mangkutana-perubahan-camat.pdf" "$img/pk-mangkutana-perubahan-halaman-1"
pdftoppm -r 80 -png -singlefile -f 2 -l 2 "$out/pk-mangkutana-perubahan-camat.pdf" "$img/pk-mangkutana-perubahan-lampiran-1"
ls -l "$img"/*.png
