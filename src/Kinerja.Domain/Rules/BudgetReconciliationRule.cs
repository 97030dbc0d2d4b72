using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// The anggaran must add up (DOMAIN.md §2). Every budget line is resolved to a catalogue entry (by code, else by
/// name; <see cref="BudgetResolution"/>). A code the catalogue does not know is reported (a warning, with the entry
/// its name matches as a suggestion) and never replaced; a name it does not know is reported too; both lines are
/// reconciled by the document's own hierarchy instead of dropped. Within one agreement a program equals the sum of
/// the kegiatan of it that the agreement lists, and the sub kegiatan of a kegiatan listed there do not exceed it.
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
        foreach (var office in agreements.GroupBy(a => (Office: OfficeAgreements.OfficeKey(a), a.Year)))
        {
            var all = office.ToList();
            var resolution = BudgetResolution.Of(catalogue, all);
            var listed = resolution.Lines.Select(l => l.Entry).ToHashSet();
            var reportedWithin = new HashSet<(Guid Agreement, NomenclatureEntry Entry)>();
            foreach (var agreement in all)
            {
                var lines = agreement.BudgetLines.Select(l => resolution[l]).ToList();
                findings.AddRange(lines.Where(l => !l.Known).Select(l => Unknown(resolution, l)));
                findings.AddRange(CheckWithin(resolution, agreement, lines, listed, reportedWithin));
            }

            foreach (var group in OfficeAgreements.InForce(all))
            {
                var lines = group.SelectMany(a => a.BudgetLines.Select(l => resolution[l])).ToList();
                var flagged = reportedWithin.Where(r => group.Any(a => a.Id == r.Agreement)).Select(r => r.Entry).ToHashSet();
                findings.AddRange(CheckOffice(OfficeBudget.From(resolution, lines), flagged));
            }
        }

        return findings;
    }

    private static AgreementFinding Unknown(BudgetResolution resolution, ResolvedBudgetLine line)
    {
        if (line.Line.Code is not { } code)
            return At(line.Agreement, line.Line, Severity.Info, FindingCodes.BudgetLineUnknown, RuleText.Format(Messages.BudgetLineUnknown, line.Line.Name));

        var message = resolution.Suggestion(line) is { } suggestion
            ? RuleText.Format(Messages.BudgetCodeUnknownNameMatches, code, line.Line.Name, NomenclatureCode.LevelName(suggestion.Level), suggestion.Code ?? string.Empty, suggestion.Name)
            : RuleText.Format(Messages.BudgetCodeUnknown, code, line.Line.Name);
        return At(line.Agreement, line.Line, Severity.Warning, FindingCodes.BudgetCodeUnknown, message);
    }

    private static IEnumerable<AgreementFinding> CheckWithin(
        BudgetResolution resolution, Agreement agreement, List<ResolvedBudgetLine> lines, IReadOnlySet<NomenclatureEntry> listed, HashSet<(Guid, NomenclatureEntry)> reported)
    {
        foreach (var parent in lines.Where(l => l.Entry.Level != BudgetLevel.SubKegiatan).DistinctBy(l => l.Entry))
        {
            var children = lines.Where(l => l.Entry.Level > parent.Entry.Level && Equals(resolution.ParentOf(l, listed), parent.Entry))
                .DistinctBy(l => l.Entry).ToList();
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

    private static IEnumerable<AgreementFinding> CheckOffice(OfficeBudget budget, HashSet<NomenclatureEntry> flagged)
    {
        // One amount per entry (see BudgetItem.Reference); every other amount is reported.
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
