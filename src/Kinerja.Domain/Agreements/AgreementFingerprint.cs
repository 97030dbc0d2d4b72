using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
namespace Kinerja.Domain.Agreements;

/// <summary>
/// The content fingerprint of an agreement: SHA-256 (lower-case hex) of a canonical JSON serialisation of
/// everything the document says, source lines included. Left out: ids, links to other records (office, person,
/// position, superseded agreement, supported sasaran) and the source file name, so that the same document read
/// again, under any file name, has the same fingerprint.
/// </summary>
public static class AgreementFingerprint
{
    /// <summary>Raised when the canonical form changes, so that old fingerprints no longer match.</summary>
    private const string FormatVersion = "1";

    /// <summary>How many characters of the fingerprint a reader must type for a comparison to mean anything.</summary>
    public const int MinimumTypedLength = 8;

    public static string Compute(Agreement agreement) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(agreement)));

    /// <summary>What the paper prints: the first 16 characters of the fingerprint, grouped by four ("1e81 5216 3d77 a695").</summary>
    public static string Short(string fingerprint) =>
        string.Join(' ', Enumerable.Range(0, 4).Select(i => fingerprint.Substring(i * 4, 4)));

    /// <summary>
    /// Whether <paramref name="typed"/>, as a reader copies it from the paper (grouped by spaces or dashes, in either
    /// case, with the "Sidik dokumen:" label or without), is the start of <paramref name="fingerprint"/>; at least
    /// <see cref="MinimumTypedLength"/> characters.
    /// </summary>
    public static bool Matches(string fingerprint, string typed)
    {
        var text = typed.Trim();
        var label = text.IndexOf(':', StringComparison.Ordinal);
        if (label >= 0)
            text = text[(label + 1)..];
        var characters = text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u2013' or '\u2014' or '.')).Select(char.ToLowerInvariant).ToArray();
        return characters.Length >= MinimumTypedLength
            && fingerprint.AsSpan().StartsWith(characters, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether two agreements say the same, however each was printed and read: the canonical form without provenance
    /// (source line numbers, which differ between a text and a Word document of the same content) and without what only
    /// reflects the layout of the paper: a NIP's grouping, a target's spacing when its value and unit are known, the
    /// labels of the Lampiran 2 sections, a Lampiran heading naming Pihak Pertama's own position (what every export
    /// prints). Re-importing Kinerja's own export of an agreement is therefore "unchanged" (<see cref="ReimportRule"/>);
    /// the printed fingerprint (<see cref="Compute"/>) is not affected.
    /// </summary>
    public static bool SameContent(Agreement first, Agreement second) =>
        Canonical(first, contentOnly: true).AsSpan().SequenceEqual(Canonical(second, contentOnly: true));

    /// <summary>The canonical UTF-8 JSON the fingerprint is computed from.</summary>
    public static byte[] Canonical(Agreement agreement) => Canonical(agreement, contentOnly: false);

    private static byte[] Canonical(Agreement agreement, bool contentOnly)
    {
        var form = new CanonicalForm(contentOnly);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatVersion);
            json.WriteNumber("year", agreement.Year);
            json.WriteString("kind", agreement.Kind.ToString());
            json.WriteString("office", agreement.Office);
            json.WriteString("region", agreement.Region);
            json.WriteString("place", agreement.Place);
            json.WriteString("signedAt", agreement.SignedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            form.SourceLine(json, agreement.SourceLine);
            WriteParty(json, "firstParty", agreement.FirstParty, form);
            WriteParty(json, "secondParty", agreement.SecondParty, form);

            json.WriteStartArray("sasarans");
            foreach (var sasaran in agreement.Sasarans)
                WriteSasaran(json, sasaran, form);
            json.WriteEndArray();

            json.WriteStartArray("budgetLines");
            foreach (var line in agreement.BudgetLines)
            {
                json.WriteStartObject();
                json.WriteString("number", line.Number);
                json.WriteString("level", line.Level.ToString());
                json.WriteString("name", line.Name);
                json.WriteString("code", line.Code);
                json.WriteNumber("amount", line.Amount.Value);
                json.WriteString("source", line.Source);
                form.SourceLine(json, line.SourceLine);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("explanations");
            foreach (var explanation in agreement.Explanations)
                WriteExplanation(json, explanation, form);
            json.WriteEndArray();

            json.WriteStartArray("lampiranHeadings");
            foreach (var heading in agreement.LampiranHeadings.Where(h => form.Keeps(h, agreement.FirstParty)))
            {
                json.WriteStartObject();
                json.WriteString("lampiran", heading.Lampiran);
                json.WriteString("namedPosition", heading.NamedPosition);
                form.SourceLine(json, heading.SourceLine);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("signatureNames");
            foreach (var signature in agreement.SignatureNames)
            {
                json.WriteStartObject();
                json.WriteString("role", signature.Role.ToString());
                json.WriteString("printedName", signature.PrintedName);
                json.WriteString("nipAsPrinted", form.Nip(signature.NipAsPrinted));
                form.SourceLine(json, signature.SourceLine);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteParty(Utf8JsonWriter json, string name, Party party, CanonicalForm form)
    {
        json.WriteStartObject(name);
        json.WriteString("printedName", party.PrintedName);
        json.WriteString("frontTitles", party.FrontTitles);
        json.WriteString("name", party.Name);
        json.WriteString("backTitles", party.BackTitles);
        json.WriteString("nip", party.Nip);
        json.WriteString("nipAsPrinted", form.Nip(party.NipAsPrinted));
        json.WriteString("position", party.Position);
        form.SourceLine(json, party.SourceLine);
        json.WriteEndObject();
    }

    private static void WriteSasaran(Utf8JsonWriter json, Sasaran sasaran, CanonicalForm form)
    {
        json.WriteStartObject();
        json.WriteString("number", sasaran.Number);
        json.WriteString("level", sasaran.Level.ToString());
        json.WriteString("text", sasaran.Text);
        form.SourceLine(json, sasaran.SourceLine);
        json.WriteStartArray("indicators");
        foreach (var indicator in sasaran.Indicators)
        {
            json.WriteStartObject();
            json.WriteString("text", indicator.Text);
            // "G29" drops trailing zeros: 70.05 and 70.050 are the same target.
            json.WriteString("targetValue", indicator.Target.Value?.ToString("G29", CultureInfo.InvariantCulture));
            json.WriteString("targetUnit", indicator.Target.Unit);
            if (!form.ContentOnly || indicator.Target.Value is null)
                json.WriteString("targetText", indicator.Target.Text);
            json.WriteString("polarity", indicator.Polarity.ToString());
            // Written only when not the default, so that the fingerprints printed before the setting existed still match.
            if (indicator.LowerIsBetterFormula != Measurement.LowerIsBetterFormula.Difference)
                json.WriteString("lowerIsBetterFormula", indicator.LowerIsBetterFormula.ToString());
            json.WriteString("aggregation", indicator.Aggregation.ToString());
            json.WriteString("definition", indicator.Definition);
            json.WriteString("relevance", indicator.Relevance);
            json.WriteString("formula", indicator.Formula);
            json.WriteString("dataSource", indicator.DataSource);
            json.WriteString("targetExplanation", indicator.TargetExplanation);
            form.SourceLine(json, indicator.SourceLine);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter json, SasaranExplanation explanation, CanonicalForm form)
    {
        json.WriteStartObject();
        if (!form.ContentOnly)
            json.WriteString("heading", explanation.Heading);
        json.WriteString("sasaran", explanation.Sasaran);
        json.WriteString("description", explanation.Description);
        form.SourceLine(json, explanation.SourceLine);
        json.WriteStartArray("indicators");
        foreach (var row in explanation.Indicators)
        {
            json.WriteStartObject();
            json.WriteString("indicator", row.Indicator);
            json.WriteString("definition", row.Definition);
            json.WriteString("relevance", row.Relevance);
            json.WriteString("formula", row.Formula);
            json.WriteString("dataSource", row.DataSource);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("targets");
        foreach (var row in explanation.Targets)
        {
            json.WriteStartObject();
            json.WriteString("indicator", row.Indicator);
            json.WriteString("target", row.Target);
            json.WriteString("explanation", row.Explanation);
            form.SourceLine(json, row.SourceLine);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The full canonical form (the fingerprint), or the content-only form of <see cref="SameContent"/>.</summary>
    private sealed record CanonicalForm(bool ContentOnly)
    {
        /// <summary>The source line, or nothing at all in the content-only form.</summary>
        public void SourceLine(Utf8JsonWriter json, int? value)
        {
            if (ContentOnly)
                return;
            if (value is null)
                json.WriteNull("sourceLine");
            else
                json.WriteNumber("sourceLine", value.Value);
        }

        /// <summary>A NIP as printed; in the content-only form without its grouping spaces.</summary>
        public string? Nip(string? asPrinted) =>
            ContentOnly && asPrinted is not null ? string.Concat(asPrinted.Where(c => !char.IsWhiteSpace(c))) : asPrinted;

        /// <summary>The content-only form leaves out a Lampiran heading that names Pihak Pertama's own position.</summary>
        public bool Keeps(LampiranHeading heading, Party firstParty) =>
            !ContentOnly || !string.Equals(heading.NamedPosition.Trim(), firstParty.Position.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
