using System.Globalization;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Xlsx;

/// <summary>
/// What importing a workbook would change, before anything is saved: each agreement read is paired with the stored
/// one of the same key (office, year, jabatan, kind) and compared with <see cref="AgreementDiff"/> (targets and budget
/// lines changed, added, removed, with Rupiah differences; parties). Stored agreements of the same offices and
/// years that the workbook leaves out are listed, not removed.
/// </summary>
public sealed class WorkbookComparison
{
    private WorkbookComparison(IReadOnlyList<WorkbookChange> changes, IReadOnlyList<Agreement> notInWorkbook)
    {
        Changes = changes;
        NotInWorkbook = notInWorkbook;
    }

    public IReadOnlyList<WorkbookChange> Changes { get; }

    public IReadOnlyList<Agreement> NotInWorkbook { get; }

    public bool HasChanges => Changes.Any(c => c.HasChanges);

    public static WorkbookComparison Compare(IReadOnlyList<Agreement> imported, IReadOnlyList<Agreement> stored)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(stored);
        var storedByKey = stored.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changes = imported
            .Select(a => storedByKey.TryGetValue(a.Key, out var old) ? new WorkbookChange(a, old, CompareRead(old, a)) : new WorkbookChange(a, null, null))
            .ToList();
        var scope = imported.Select(a => (Domain.Rules.OfficeAgreements.OfficeKey(a), a.Year)).ToHashSet();
        var keys = imported.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var missing = stored.Where(s => scope.Contains((Domain.Rules.OfficeAgreements.OfficeKey(s), s.Year)) && !keys.Contains(s.Key)).ToList();
        return new WorkbookComparison(changes, missing);
    }

    /// <summary>The agreement read from the workbook continues the stored one: its lineage is resolved once, then compared.</summary>
    private static AgreementDiff CompareRead(Agreement stored, Agreement read)
    {
        LineageResolver.Continue(stored, read);
        return AgreementDiff.Compare(stored, read);
    }

    /// <summary>The changes in Indonesian, one line each, e.g. <c>CAMAT KALAENA: anggaran Kegiatan "X" berubah dari Rp 1.000 menjadi Rp 2.000 (+Rp 1.000).</c></summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        foreach (var change in Changes)
        {
            var who = change.Imported.FirstParty.Position;
            if (change.IsNew)
            {
                lines.Add(Format(DocumentMessages.ChangeNewAgreement, who));
                continue;
            }

            var diff = change.Diff!;
            foreach (var party in diff.PartyChanges)
                lines.Add(Format(DocumentMessages.ChangeParty, who, PartyWord(party), party.Previous, party.Current));
            foreach (var target in diff.Targets)
            {
                switch (target.Kind)
                {
                    case ChangeKind.Changed:
                        lines.Add(Format(DocumentMessages.ChangeTarget, who, target.Current!.Text, target.PreviousTarget, target.CurrentTarget));
                        break;
                    case ChangeKind.Added:
                        lines.Add(Format(DocumentMessages.ChangeTargetAdded, who, target.Current!.Text, target.CurrentTarget));
                        break;
                    case ChangeKind.Removed:
                        lines.Add(Format(DocumentMessages.ChangeTargetRemoved, who, target.Previous!.Text, target.PreviousTarget));
                        break;
                }
            }

            foreach (var line in diff.BudgetLines)
            {
                switch (line.Kind)
                {
                    case ChangeKind.Changed:
                        lines.Add(Format(DocumentMessages.ChangeBudget, who, XlsxExporter.LevelWord(line.Current!.Level), line.Current.Name, line.PreviousAmount, line.CurrentAmount, Signed(line.Difference)));
                        break;
                    case ChangeKind.Added:
                        lines.Add(Format(DocumentMessages.ChangeBudgetAdded, who, XlsxExporter.LevelWord(line.Current!.Level), line.Current.Name, line.CurrentAmount));
                        break;
                    case ChangeKind.Removed:
                        lines.Add(Format(DocumentMessages.ChangeBudgetRemoved, who, XlsxExporter.LevelWord(line.Previous!.Level), line.Previous.Name, line.PreviousAmount));
                        break;
                }
            }
        }

        lines.AddRange(NotInWorkbook.Select(a => Format(DocumentMessages.ChangeMissingAgreement, a.FirstParty.Position)));
        return lines;
    }

    private static string PartyWord(PartyChange change)
    {
        var role = change.Role == PartyRole.First ? DocumentMessages.FirstParty : DocumentMessages.SecondParty;
        var field = change.Field switch
        {
            PartyField.Name => DocumentMessages.PartyName,
            PartyField.Nip => DocumentMessages.PartyNip,
            _ => DocumentMessages.PartyPosition,
        };
        return Format(field, role);
    }

    /// <summary>A Rupiah difference with its sign: <c>+Rp 1.000</c>, <c>-Rp 1.000</c>.</summary>
    private static string Signed(Rupiah difference) => difference.Value > 0 ? "+" + difference : difference.ToString();

    private static string Format(string message, params object?[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
