using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Text;

/// <summary>
/// What the title lines of an agreement (or the cover of the document) say: kind, year, office and region.
/// "KECAMATAN KECAMATAN MANGKUTANA" (a doubled word) reads as Kecamatan Mangkutana.
/// </summary>
internal sealed partial record DocumentHeader(AgreementKind? Kind, int? Year, string? Office, string? Region)
{
    private static readonly string[] OfficeWords =
    [
        "KECAMATAN", "KELURAHAN", "DINAS", "BADAN", "INSPEKTORAT", "SEKRETARIAT", "SATUAN POLISI", "RUMAH SAKIT", "BAGIAN",
    ];

    private static readonly string[] TitleWords =
    [
        "PERJANJIAN KINERJA", "PEMERINTAH", "KABUPATEN", "KOTA ", "TAHUN", "ESELON", "KANTOR",
    ];

    /// <summary>True for a line that belongs to the title block above an agreement.</summary>
    public static bool IsTitleLine(string text)
    {
        var s = TextCleaner.StripMarkers(text).ToUpperInvariant();
        if (s.Length == 0 || s.Length > 120)
            return false;
        return BareYear().IsMatch(s) ||
               TitleWords.Any(w => s.Contains(w, StringComparison.Ordinal)) ||
               OfficeWords.Any(w => s.StartsWith(w, StringComparison.Ordinal));
    }

    public static DocumentHeader Read(IEnumerable<SourceLine> titleLines)
    {
        AgreementKind? kind = null;
        int? year = null;
        string? office = null;
        string? region = null;
        foreach (var line in titleLines)
        {
            var s = TextCleaner.StripMarkers(line.Text).Trim().ToUpperInvariant();
            if (s.Length == 0)
                continue;
            if (s.Contains("PERUBAHAN", StringComparison.Ordinal))
                kind = AgreementKind.Perubahan;
            else if (s.Contains("PERJANJIAN KINERJA", StringComparison.Ordinal))
                kind ??= AgreementKind.Awal;

            var yearMatch = YearPattern().Match(s);
            if (yearMatch.Success)
                year ??= int.Parse(yearMatch.Groups["year"].Value, CultureInfo.InvariantCulture);

            var regionMatch = RegionPattern().Match(s);
            if (regionMatch.Success)
                region ??= TextNormalizer.TitleCase(regionMatch.Groups["kind"].Value + " " + CutTail(regionMatch.Groups["name"].Value));

            office ??= OfficeOf(s);
        }

        return new DocumentHeader(kind, year, office, region);
    }

    public DocumentHeader Or(DocumentHeader fallback) =>
        new(Kind ?? fallback.Kind, Year ?? fallback.Year, Office ?? fallback.Office, Region ?? fallback.Region);

    private static string? OfficeOf(string s)
    {
        var text = s;
        if (text.StartsWith("KANTOR ", StringComparison.Ordinal))
            text = text["KANTOR ".Length..];
        var word = OfficeWords.FirstOrDefault(w => text.StartsWith(w, StringComparison.Ordinal));
        if (word is null)
            return null;

        // A doubled office word is a copy-paste slip: "KECAMATAN KECAMATAN MANGKUTANA".
        var rest = text[word.Length..].Trim();
        while (rest.StartsWith(word + " ", StringComparison.Ordinal))
            rest = rest[word.Length..].Trim();
        rest = CutTail(rest);
        return rest.Length == 0 ? null : TextNormalizer.TitleCase(word + " " + rest);
    }

    /// <summary>Cuts what follows the name on the same line: "KABUPATEN LUWU TIMUR TAHUN 2025" → "LUWU TIMUR".</summary>
    private static string CutTail(string name)
    {
        var cut = name;
        foreach (var stop in new[] { " KABUPATEN ", " KOTA ", " TAHUN", " PROVINSI", "," })
        {
            var index = cut.IndexOf(stop, StringComparison.Ordinal);
            if (index > 0)
                cut = cut[..index];
        }

        return cut.Trim(' ', '*', '.');
    }

    [GeneratedRegex(@"^\(?\d{4}\)?$")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(?:TAHUN\s+(?:ANGGARAN\s+)?:?\s*|^)(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?<kind>KABUPATEN|KOTA)\s+(?<name>[A-Z][A-Z .'-]+)")]
    private static partial Regex RegionPattern();
}
