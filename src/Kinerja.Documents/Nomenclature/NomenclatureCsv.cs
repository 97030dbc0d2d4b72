using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Documents.Nomenclature;

/// <summary>
/// Reads a nomenclature list in the format Kinerja ships (<c>nomenklatur.csv</c>): UTF-8, <c>;</c> separated, one
/// header row <c>kode;level;nama;kode_induk;sumber</c> (<c>sumber</c> optional), a field in double quotes when it
/// holds a <c>;</c>. <c>level</c> is urusan, bidang, program, kegiatan or subkegiatan; urusan and bidang rows are
/// accepted and skipped (budget lines are programs, kegiatan and sub kegiatan). Codes of the penunjang template
/// (<c>X.XX.01…</c>) are kept as the template (<see cref="NomenclatureCode.TemplatePrefix"/>). Every error names its
/// row; a file with an error yields no entries.
/// </summary>
public static class NomenclatureCsv
{
    /// <summary>The most errors reported one by one; the rest are counted.</summary>
    private const int MaxErrors = 20;

    private static readonly string[] Header = ["kode", "level", "nama", "kode_induk"];

    public static NomenclatureCsvResult Read(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return Read(reader.ReadToEnd());
        }
        catch (DecoderFallbackException)
        {
            return new NomenclatureCsvResult([], [DocumentMessages.NomenclatureCsvNotUtf8]);
        }
    }

    public static NomenclatureCsvResult Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var errors = new List<string>();
        if (lines.Length == 0 || !IsHeader(Fields(lines[0].TrimStart('\uFEFF'))))
            return new NomenclatureCsvResult([], [DocumentMessages.NomenclatureCsvHeader]);

        var entries = new List<NomenclatureEntry>();
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var row = i + 1;
            var fields = Fields(lines[i]);
            if (fields.Count < 4)
            {
                errors.Add(Row(row, DocumentMessages.NomenclatureCsvColumns));
                continue;
            }

            var (code, levelText, name, parent) = (fields[0].Trim(), fields[1].Trim().ToLowerInvariant(), fields[2].Trim(), fields[3].Trim());
            BudgetLevel level;
            switch (levelText)
            {
                case "urusan" or "bidang":
                    continue;
                case "program":
                    level = BudgetLevel.Program;
                    break;
                case "kegiatan":
                    level = BudgetLevel.Kegiatan;
                    break;
                case "subkegiatan" or "sub kegiatan":
                    level = BudgetLevel.SubKegiatan;
                    break;
                default:
                    errors.Add(Row(row, string.Format(CultureInfo.InvariantCulture, DocumentMessages.NomenclatureCsvLevel, fields[1].Trim())));
                    continue;
            }

            var entry = new NomenclatureEntry(
                code.Length == 0 ? null : code,
                level,
                name,
                level == BudgetLevel.Program ? null : parent.Length > 0 ? parent : NomenclatureCatalogue.ParentCodeOf(code, level));
            var problems = NomenclatureCode.Check(entry);
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => Row(row, p)));
                continue;
            }

            if (entry.Code is { } known)
            {
                if (codes.TryGetValue(known, out var first))
                {
                    errors.Add(Row(row, string.Format(CultureInfo.InvariantCulture, DocumentMessages.NomenclatureCsvDuplicate, known, first)));
                    continue;
                }

                codes[known] = row;
            }

            entries.Add(entry);
        }

        if (errors.Count == 0 && entries.Count == 0)
            errors.Add(DocumentMessages.NomenclatureCsvEmpty);
        if (errors.Count > MaxErrors)
            errors = [.. errors.Take(MaxErrors), string.Format(CultureInfo.InvariantCulture, DocumentMessages.NomenclatureCsvMoreErrors, errors.Count - MaxErrors)];
        return errors.Count > 0 ? new NomenclatureCsvResult([], errors) : new NomenclatureCsvResult(entries, []);
    }

    private static bool IsHeader(List<string> fields) =>
        fields.Count >= Header.Length && Header.Select((h, i) => string.Equals(fields[i].Trim(), h, StringComparison.OrdinalIgnoreCase)).All(b => b);

    private static string Row(int row, string message) =>
        string.Format(CultureInfo.InvariantCulture, DocumentMessages.NomenclatureCsvRow, row, message);

    /// <summary>The fields of one row: <c>;</c> separated, a field in double quotes may hold <c>;</c> and doubled quotes.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ';')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
