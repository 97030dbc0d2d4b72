using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Kinerja.Documents;

/// <summary>
/// Checks a ZIP package (DOCX, XLSX) against <see cref="DocumentLimits"/> before any reader opens it, so that a small
/// file that inflates to gigabytes (a "zip bomb") is refused within a second and in constant memory. The declared
/// sizes are checked first; then every part is inflated through a counting buffer that is thrown away, and the
/// check stops at the first byte over a limit: the sizes in the headers are not trusted. Every importer of packages
/// (DOCX through <see cref="DocumentText"/>, XLSX through <see cref="Xlsx.XlsxImporter"/>) calls this first.
/// </summary>
public static class PackageGuard
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const int EndRecordLength = 22;

    /// <summary>The Indonesian refusal, or null when the package is within the limits (or is no readable ZIP: then the reader says so).</summary>
    public static string? Check(byte[] package)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (DirectoryRefusal(package) is { } refusal)
            return refusal;

        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > DocumentLimits.PackageEntries)
                return TooManyEntries();
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length > DocumentLimits.EntryBytes)
                    return EntryTooLarge(entry.FullName);
                if (declared > DocumentLimits.PackageBytes)
                    return PackageTooLarge();
                if (RatioRefusal(entry, entry.Length) is { } ratio)
                    return ratio;
            }

            return Inflated(zip);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // Damaged or of a kind ZIP readers refuse: the reader that opens it gives its own message.
            return null;
        }
    }

    /// <summary>Inflates each part into a discarded buffer, counting the bytes that really come out.</summary>
    private static string? Inflated(ZipArchive zip)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                long size = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    size += read;
                    total += read;
                    if (size > DocumentLimits.EntryBytes)
                        return EntryTooLarge(entry.FullName);
                    if (total > DocumentLimits.PackageBytes)
                        return PackageTooLarge();
                    if (RatioRefusal(entry, size) is { } ratio)
                        return ratio;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? RatioRefusal(ZipArchiveEntry entry, long inflated)
    {
        if (inflated <= DocumentLimits.RatioFloorBytes)
            return null;
        var ratio = inflated / Math.Max(1, entry.CompressedLength);
        return ratio > DocumentLimits.CompressionRatio
            ? Format(DocumentMessages.PackageRatio, entry.FullName, DocumentLimits.CompressionRatio)
            : null;
    }

    /// <summary>
    /// The entry count and directory size of the end record, read before the directory itself is (a directory of a
    /// million entries would take memory just to list).
    /// </summary>
    private static string? DirectoryRefusal(byte[] package)
    {
        var span = package.AsSpan();
        var from = Math.Max(0, span.Length - EndRecordLength - ushort.MaxValue);
        for (var i = span.Length - EndRecordLength; i >= from; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[i..]) != EndOfCentralDirectory)
                continue;
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(span[(i + 10)..]);
            var directoryBytes = BinaryPrimitives.ReadUInt32LittleEndian(span[(i + 12)..]);
            // A ZIP64 package writes 0xFFFF and 0xFFFFFFFF here: no PK document needs one.
            if (entries > DocumentLimits.PackageEntries || directoryBytes > DocumentLimits.PackageEntries * 1024L)
                return TooManyEntries();
            return null;
        }

        return null;
    }

    private static string TooManyEntries() => Format(DocumentMessages.PackageTooManyEntries, DocumentLimits.PackageEntries);

    private static string EntryTooLarge(string name) =>
        Format(DocumentMessages.PackageEntryTooLarge, name, DocumentLimits.Megabytes(DocumentLimits.EntryBytes));

    private static string PackageTooLarge() => Format(DocumentMessages.PackageTooLarge, DocumentLimits.Megabytes(DocumentLimits.PackageBytes));

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
