using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// The anggaran must add up (DOMAIN.md §2). Every budget line is resolved to a catalogue entry (by code, else by
/// name); a line the catalogue does not know is reported, not dropped. Within one agreement a program equals the sum
/// of the kegiatan of it that the agreement lists, and the sub kegiatan of a kegiatan listed there do not exceed it.
/// Across the agreements in force of one office and year (<see cref="OfficeAgreements"/>), a program or kegiatan
/// listed several times has one amount, a program equals the sum of its distinct kegiatan and a kegiatan the sum of
/// its distinct sub kegiatan, wherever they are listed. A difference already reported within an agreement is not
/// reported again for the office.
/// </summary>
public sealed class BudgetReconciliationRule(NomenclatureCatalogue catalogue) : IAgreementSetRule
{
    public IEnumerable<AgreementFinding> Check(IReadOnlyList<Agreement> agreements)
    {
        var findings = new List<AgreementFinding>();
        var resolved = new Dictionary<Guid, List<ResolvedBudgetLine>>();
        var reportedWithin = new HashSet<(Guid Agreement, NomenclatureEntry Entry)>();
        foreach (var agreement in agreements)
        {
            var lines = new List<ResolvedBudgetLine>();
            foreach (var line in agreement.BudgetLines)
            {
                var entry = Resolve(line);
                if (entry is null)
                    findings.Add(At(agreement, line, Severity.Info, FindingCodes.BudgetLineUnknown, RuleText.Format(Messages.BudgetLineUnknown, line.Name)));
                else
                    lines.Add(new ResolvedBudgetLine(agreement, line, entry));
            }

            resolved[agreement.Id] = lines;
            findings.AddRange(CheckWithin(agreement, lines, reportedWithin));
        }

        foreach (var group in OfficeAgreements.InForce(agreements))
        {
            var lines = group.SelectMany(a => resolved.TryGetValue(a.Id, out var l) ? l : []).ToList();
            var flagged = reportedWithin.Where(r => group.Any(a => a.Id == r.Agreement)).Select(r => r.Entry).ToHashSet();
            findings.AddRange(CheckOffice(lines, flagged));
        }

        return findings;
    }

    /// <summary>The catalogue entry of a budget line: by its code when it has one the catalogue knows, else by its name.</summary>
    public NomenclatureEntry? Resolve(BudgetLine line) =>
        catalogue.FindByCode(line.Code) ?? catalogue.Resolve(line.Name, line.Level);

    private IEnumerable<AgreementFinding> CheckWithin(Agreement agreement, List<ResolvedBudgetLine> lines, HashSet<(Guid, NomenclatureEntry)> reported)
    {
        foreach (var parent in lines.Where(l => l.Entry.Level != BudgetLevel.SubKegiatan).DistinctBy(l => l.Entry))
        {
            var children = ChildrenIn(lines, parent.Entry).DistinctBy(l => l.Entry).ToList();
            if (children.Count == 0)
                continue;

            var sum = Rupiah.Sum(children.Select(c => c.Line.Amount));
            var amount = parent.Line.Amount;
            if (parent.Entry.Level == BudgetLevel.Program && sum != amount)
            {
                reported.Add((agreement.Id, parent.Entry));
                yield return NotReconciled(parent, amount, sum);
            }
            else if (parent.Entry.Level == BudgetLevel.Kegiatan && sum > amount)
            {
                reported.Add((agreement.Id, parent.Entry));
                yield return At(
                    agreement,
                    parent.Line,
                    Severity.Error,
                    FindingCodes.BudgetKegiatanExceeded,
                    RuleText.Format(Messages.BudgetKegiatanExceeded, parent.Line.Name, sum, amount, sum - amount));
            }
        }
    }

    private IEnumerable<AgreementFinding> CheckOffice(List<ResolvedBudgetLine> lines, HashSet<NomenclatureEntry> flagged)
    {
        // One amount per entry (see BudgetItem.Reference); every other amount is reported.
        var budget = OfficeBudget.From(catalogue, lines);
        foreach (var item in budget.Items)
        {
            foreach (var other in item.Disagreeing)
            {
                yield return At(
                    other.Agreement,
                    other.Line,
                    Severity.Error,
                    FindingCodes.BudgetAmountsDisagree,
                    RuleText.Format(Messages.BudgetAmountsDisagree, other.Line.Name, other.Line.Amount, item.Amount));
            }
        }

        foreach (var item in budget.Items.Where(i => i.Entry.Level != BudgetLevel.SubKegiatan && !flagged.Contains(i.Entry)))
        {
            if (item.ChildrenSum is { } sum && sum != item.Amount)
                yield return NotReconciled(item.Reference, item.Amount, sum);
        }
    }

    private IEnumerable<ResolvedBudgetLine> ChildrenIn(IEnumerable<ResolvedBudgetLine> lines, NomenclatureEntry parent) =>
        lines.Where(l => l.Entry.Level == ChildLevel(parent.Level) && catalogue.ParentOf(l.Entry) == parent);

    private static BudgetLevel? ChildLevel(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => BudgetLevel.Kegiatan,
        BudgetLevel.Kegiatan => BudgetLevel.SubKegiatan,
        _ => null,
    };

    private static AgreementFinding NotReconciled(ResolvedBudgetLine parent, Rupiah amount, Rupiah sum)
    {
        var (code, message) = parent.Entry.Level == BudgetLevel.Program
            ? (FindingCodes.BudgetProgramNotReconciled, Messages.BudgetProgramNotReconciled)
            : (FindingCodes.BudgetKegiatanNotReconciled, Messages.BudgetKegiatanNotReconciled);
        var difference = amount > sum ? amount - sum : sum - amount;
        return At(parent.Agreement, parent.Line, Severity.Error, code, RuleText.Format(message, parent.Line.Name, amount, sum, difference));
    }

    private static AgreementFinding At(Agreement agreement, BudgetLine line, Severity severity, string code, string message) =>
        new(agreement.Id, new Finding(severity, code, message, FindingLocation.Of(agreement, line.SourceLine)));
}
