using Kinerja.Domain.Common;
using Kinerja.Domain.Nomenclature;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;

namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>
/// What an amendment (Perubahan) changed in the agreement it supersedes. Indicators and budget lines are paired by
/// their lineage id (<see cref="Indicator.LineageId"/>, <see cref="BudgetLine.LineageId"/>): an indicator renamed in the
/// amendment is the same indicator, changed. Versions that were not made one from the other get their lineage resolved
/// once, when they are linked (<see cref="LineageResolver"/>). Parties are compared by name, NIP and position.
/// </summary>
public sealed class AgreementDiff
{
    private readonly Dictionary<Guid, TargetChange> targetByCurrent;
    private readonly Dictionary<Guid, BudgetLineChange> budgetByCurrent;

    private AgreementDiff(Agreement previous, Agreement current, List<TargetChange> targets, List<BudgetLineChange> budgetLines, List<PartyChange> parties)
    {
        Previous = previous;
        Current = current;
        Targets = targets;
        BudgetLines = budgetLines;
        PartyChanges = parties;
        targetByCurrent = targets.Where(t => t.Current is not null).ToDictionary(t => t.Current!.Id);
        budgetByCurrent = budgetLines.Where(b => b.Current is not null).ToDictionary(b => b.Current!.Id);
    }

    public Agreement Previous { get; }

    public Agreement Current { get; }

    /// <summary>Every indicator of either version: the current ones in their order, then the removed ones.</summary>
    public IReadOnlyList<TargetChange> Targets { get; }

    /// <summary>Every budget line of either version: the current ones in their order, then the removed ones.</summary>
    public IReadOnlyList<BudgetLineChange> BudgetLines { get; }

    public IReadOnlyList<PartyChange> PartyChanges { get; }

    public IReadOnlyList<TargetChange> ChangedTargets => Of(Targets, ChangeKind.Changed);

    public IReadOnlyList<TargetChange> AddedTargets => Of(Targets, ChangeKind.Added);

    public IReadOnlyList<TargetChange> RemovedTargets => Of(Targets, ChangeKind.Removed);

    public IReadOnlyList<TargetChange> UnchangedTargets => Of(Targets, ChangeKind.Unchanged);

    public IReadOnlyList<BudgetLineChange> ChangedBudgetLines => Of(BudgetLines, ChangeKind.Changed);

    public IReadOnlyList<BudgetLineChange> AddedBudgetLines => Of(BudgetLines, ChangeKind.Added);

    public IReadOnlyList<BudgetLineChange> RemovedBudgetLines => Of(BudgetLines, ChangeKind.Removed);

    public IReadOnlyList<BudgetLineChange> UnchangedBudgetLines => Of(BudgetLines, ChangeKind.Unchanged);

    public bool HasChanges =>
        PartyChanges.Count > 0
        || Targets.Any(t => t.Kind != ChangeKind.Unchanged)
        || BudgetLines.Any(b => b.Kind != ChangeKind.Unchanged);

    /// <summary>
    /// Whether the amendment changes anything of the agreement it supersedes: more than <see cref="HasChanges"/> (parties,
    /// targets, budget amounts), also a sasaran or indicator text, an indicator's polarity, aggregation or Lampiran 2
    /// text, a sasaran's level, a budget line's name, code or source, the order, or the Lampiran 2 explanations. The date
    /// and place are not content (an amendment always has its own date).
    /// </summary>
    public bool ChangesAnything =>
        HasChanges
        || !Previous.Sasarans.Select(SasaranContent).SequenceEqual(Current.Sasarans.Select(SasaranContent), StringComparer.Ordinal)
        || !Previous.BudgetLines.Select(BudgetLineContent).SequenceEqual(Current.BudgetLines.Select(BudgetLineContent), StringComparer.Ordinal)
        || !Previous.Explanations.Select(ExplanationContent).SequenceEqual(Current.Explanations.Select(ExplanationContent), StringComparer.Ordinal);

    /// <summary>Compares <paramref name="previous"/> (e.g. the original) with <paramref name="current"/> (its amendment).</summary>
    public static AgreementDiff Compare(Agreement previous, Agreement current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return new AgreementDiff(previous, current, CompareTargets(previous, current), CompareBudgetLines(previous, current), CompareParties(previous, current));
    }

    /// <summary>The pairing of an indicator of the current version, or null when it is not one of them.</summary>
    public TargetChange? ChangeOf(Indicator current) =>
        targetByCurrent.TryGetValue(current.Id, out var change) ? change : null;

    /// <summary>The pairing of a budget line of the current version, or null when it is not one of them.</summary>
    public BudgetLineChange? ChangeOf(BudgetLine current) =>
        budgetByCurrent.TryGetValue(current.Id, out var change) ? change : null;

    /// <summary>The target this indicator had before the amendment; null when it is new.</summary>
    public TargetValue? PreviousTargetOf(Indicator current) => ChangeOf(current)?.PreviousTarget;

    /// <summary>The amount this budget line had before the amendment; null when it is new.</summary>
    public Rupiah? PreviousAmountOf(BudgetLine current) => ChangeOf(current)?.PreviousAmount;

    private static List<TargetChange> CompareTargets(Agreement previous, Agreement current)
    {
        var pairs = PairMatcher.Match(
            PlacedIndicator.All(previous),
            PlacedIndicator.All(current),
            [(a, b) => a.Indicator.LineageId == b.Indicator.LineageId],
            (_, _) => 0.0,
            1.0);

        return pairs.Select(p => new TargetChange(
            KindOf(p.Previous, p.Current, (a, b) => SameTarget(a.Indicator.Target, b.Indicator.Target)),
            p.Previous?.Sasaran,
            p.Previous?.Indicator,
            p.Current?.Sasaran,
            p.Current?.Indicator)).ToList();
    }

    private static List<BudgetLineChange> CompareBudgetLines(Agreement previous, Agreement current)
    {
        var pairs = PairMatcher.Match(
            previous.BudgetLines,
            current.BudgetLines,
            [(a, b) => a.LineageId == b.LineageId],
            (_, _) => 0.0,
            1.0);

        return pairs.Select(p => new BudgetLineChange(KindOf(p.Previous, p.Current, (a, b) => a.Amount == b.Amount), p.Previous, p.Current)).ToList();
    }

    private static List<PartyChange> CompareParties(Agreement previous, Agreement current)
    {
        var changes = new List<PartyChange>();
        foreach (var role in new[] { PartyRole.First, PartyRole.Second })
        {
            var before = role == PartyRole.First ? previous.FirstParty : previous.SecondParty;
            var after = role == PartyRole.First ? current.FirstParty : current.SecondParty;
            if (!string.Equals(PersonName.ComparableName(before.Name), PersonName.ComparableName(after.Name), StringComparison.Ordinal))
                changes.Add(new PartyChange(role, PartyField.Name, before.PrintedName, after.PrintedName));
            if (!string.Equals(before.NipForExchange, after.NipForExchange, StringComparison.Ordinal))
                changes.Add(new PartyChange(role, PartyField.Nip, before.NipAsPrinted, after.NipAsPrinted));
            if (!string.Equals(OrganisationName.Key(before.Position), OrganisationName.Key(after.Position), StringComparison.Ordinal))
                changes.Add(new PartyChange(role, PartyField.Position, before.Position, after.Position));
        }

        return changes;
    }

    private static string SasaranContent(Sasaran sasaran) =>
        string.Join('\u001f', [sasaran.Level.ToString(), Normalized(sasaran.Text), .. sasaran.Indicators.Select(i => IndicatorContentOf(i.Content))]);

    private static string IndicatorContentOf(IndicatorContent content) =>
        string.Join('\u001e', Normalized(content.Text), content.Target.ToString(), content.Polarity.ToString(), content.Aggregation?.ToString() ?? string.Empty,
            Normalized(content.Definition), Normalized(content.Relevance), Normalized(content.Formula), Normalized(content.DataSource), Normalized(content.TargetExplanation));

    private static string BudgetLineContent(BudgetLine line) =>
        string.Join('\u001f', line.Level.ToString(), Normalized(line.Name), line.Code ?? string.Empty, line.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Normalized(line.Source));

    private static string ExplanationContent(SasaranExplanation explanation) =>
        string.Join('\u001f', [
            Normalized(explanation.Sasaran), Normalized(explanation.Description),
            .. explanation.Indicators.Select(i => string.Join('\u001e', Normalized(i.Indicator), Normalized(i.Definition), Normalized(i.Relevance), Normalized(i.Formula), Normalized(i.DataSource))),
            .. explanation.Targets.Select(t => string.Join('\u001e', Normalized(t.Indicator), Normalized(t.Target), Normalized(t.Explanation))),
        ]);

    /// <summary>Text as a change is judged: spacing aside.</summary>
    private static string Normalized(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Same value and unit; a target without a number compares by its text.</summary>
    private static bool SameTarget(TargetValue a, TargetValue b) =>
        a.Value is null && b.Value is null
            ? string.Equals(NomenclatureName.Key(a.Text), NomenclatureName.Key(b.Text), StringComparison.Ordinal)
            : a.Value == b.Value && string.Equals(Units.Canonical(a.Unit), Units.Canonical(b.Unit), StringComparison.OrdinalIgnoreCase);

    private static ChangeKind KindOf<T>(T? previous, T? current, Func<T, T, bool> same)
        where T : class =>
        (previous, current) switch
        {
            (null, _) => ChangeKind.Added,
            (_, null) => ChangeKind.Removed,
            _ => same(previous, current) ? ChangeKind.Unchanged : ChangeKind.Changed,
        };

    private static List<TargetChange> Of(IEnumerable<TargetChange> changes, ChangeKind kind) =>
        changes.Where(c => c.Kind == kind).ToList();

    private static List<BudgetLineChange> Of(IEnumerable<BudgetLineChange> changes, ChangeKind kind) =>
        changes.Where(c => c.Kind == kind).ToList();
}
