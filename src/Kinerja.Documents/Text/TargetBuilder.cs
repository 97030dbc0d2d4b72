using System.Text.RegularExpressions;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Text;

/// <summary>
/// Turns target rows into sasaran with their indicators. A row without number and sasaran adds an indicator to
/// the sasaran above it. The level comes from a row above naming it ("Sasaran Program"), else from the name in
/// brackets matched against the agreement's own budget lines ("... (Koordinasi Kegiatan Pemberdayaan Desa)"), else
/// from the column heading and the numbering, else from the position of Pihak Pertama.
/// </summary>
internal sealed partial class TargetBuilder(IReadOnlyList<RawTargetRow> rows, IReadOnlyList<BudgetLine> budget, string position)
{
    /// <summary>
    /// The sasaran with their indicators. A sasaran repeated with the same indicators and targets (a Lampiran 1 printed
    /// twice) is one sasaran.
    /// </summary>
    public IReadOnlyList<Sasaran> Build()
    {
        // Only a sasaran with the same targets can be a repeat: the earlier ones are grouped by their targets, and each
        // new one is compared with the latest few of its group (a repeated print follows within one Lampiran), so the
        // time stays linear in the rows whatever the document holds.
        var result = new List<Sasaran>();
        var byTargets = new Dictionary<string, List<Compared>>(StringComparer.Ordinal);
        foreach (var sasaran in BuildAll())
        {
            var compared = new Compared(sasaran);
            if (!byTargets.TryGetValue(compared.Targets, out var group))
                byTargets[compared.Targets] = group = [];
            if (group.Skip(Math.Max(0, group.Count - RepeatWindow)).Any(r => r.SameAs(compared)))
                continue;
            group.Add(compared);
            result.Add(sasaran);
        }

        return result;
    }

    /// <summary>How many earlier sasaran with the same targets a sasaran is compared with.</summary>
    private const int RepeatWindow = 32;

    /// <summary>A sasaran with the comparison keys of its texts, made once.</summary>
    private sealed class Compared(Sasaran sasaran)
    {
        public string Targets { get; } = string.Join('|', sasaran.Indicators.Select(i => i.Target.Value is { } value ? value.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture) : "-"));

        private string Text { get; } = TextNormalizer.Key(sasaran.Text);

        private string[] Indicators { get; } = sasaran.Indicators.Select(i => TextNormalizer.Key(i.Text)).ToArray();

        public bool SameAs(Compared other) =>
            Indicators.Length == other.Indicators.Length &&
            TextNormalizer.KeySimilarity(Text, other.Text, 0.9) >= 0.9 &&
            Indicators.Zip(other.Indicators).All(p => TextNormalizer.KeySimilarity(p.First, p.Second, 0.9) >= 0.9);
    }

    private IEnumerable<Sasaran> BuildAll()
    {
        Sasaran? current = null;
        foreach (var row in rows)
        {
            if (current is null || row.Number.Length > 0 || row.Sasaran.Length > 0)
            {
                if (current is not null)
                    yield return current;
                current = new Sasaran(row.Number, LevelOf(row), row.Sasaran, row.Line);
            }

            if (row.Indicator.Length > 0 || row.Target.Length > 0)
                current.AddIndicator(new Indicator(row.Indicator, TargetValue.Parse(row.Target), row.Line));
        }

        if (current is not null)
            yield return current;
    }

    private SasaranLevel LevelOf(RawTargetRow row)
    {
        // A row naming the level above the sasaran ("Sasaran Program") says it outright.
        switch (row.Section)
        {
            case "SASARAN STRATEGIS":
                return SasaranLevel.Strategis;
            case "SASARAN PROGRAM":
                return SasaranLevel.Program;
            case "SASARAN KEGIATAN":
                return SasaranLevel.Kegiatan;
            case "SASARAN SUB KEGIATAN":
                return SasaranLevel.SubKegiatan;
        }

        var bracket = Bracketed().Match(row.Sasaran);
        if (bracket.Success)
        {
            var name = bracket.Groups["name"].Value;
            if (name.StartsWith("PROGRAM ", StringComparison.OrdinalIgnoreCase))
                return SasaranLevel.Program;
            var line = budget
                .Select(b => (Line: b, Score: TextNormalizer.Similarity(b.Name, name, 0.85)))
                .Where(x => x.Score >= 0.85)
                .OrderByDescending(x => x.Score)
                .Select(x => x.Line)
                .FirstOrDefault();
            if (line is not null)
                return line.Level switch
                {
                    BudgetLevel.Program => SasaranLevel.Program,
                    BudgetLevel.Kegiatan => SasaranLevel.Kegiatan,
                    _ => SasaranLevel.SubKegiatan,
                };
        }

        var heading = row.Header.SubjectHeading;
        if (heading.Contains("STRATEGIS", StringComparison.Ordinal))
            return SasaranLevel.Strategis;
        if (heading.Contains("SUB KEGIATAN", StringComparison.Ordinal))
            return SasaranLevel.SubKegiatan;
        if (heading.Contains("PROGRAM", StringComparison.Ordinal) || heading.Contains("KEGIATAN", StringComparison.Ordinal))
        {
            if (BudgetBuilder.HigherNumber().IsMatch(row.Number))
                return SasaranLevel.Program;
            var tableHasHigher = rows.Any(r => ReferenceEquals(r.Header, row.Header) && BudgetBuilder.HigherNumber().IsMatch(r.Number));
            if (tableHasHigher || BudgetBuilder.Depth(row.Number) >= 2)
                return SasaranLevel.Kegiatan;
            return SasaranLevel.Program;
        }

        return LevelOfPosition(position);
    }

    private static SasaranLevel LevelOfPosition(string position)
    {
        var p = position.ToUpperInvariant();
        if (p.Contains("SEKSI", StringComparison.Ordinal) || p.Contains("SUB BAG", StringComparison.Ordinal) || p.Contains("SUBBAG", StringComparison.Ordinal))
            return SasaranLevel.SubKegiatan;
        if (p.Contains("SEKRETARIS", StringComparison.Ordinal) || p.Contains("KEPALA BIDANG", StringComparison.Ordinal))
            return SasaranLevel.Program;
        return SasaranLevel.Strategis;
    }

    [GeneratedRegex(@"\((?<name>[^()]{6,})\)\s*$")]
    private static partial Regex Bracketed();
}
