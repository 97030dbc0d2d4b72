using Kinerja.Domain.Common;
using Kinerja.Domain.Nomenclature;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// Lampiran 2, per sasaran. An explanation belongs to the sasaran whose id it holds (<see cref="SasaranExplanation.SasaranId"/>).
/// The link is resolved once (<see cref="LinkExplanations"/>: when the agreement is read or imported, else at its first
/// edit) from the sasaran the explanation names, compared as <see cref="NomenclatureName"/> does (so case, punctuation,
/// spelling variants such as "Meningkatkan" for "Meningkatnya", a description run on after the sasaran or a program in
/// brackets do not matter) when each is the other's closest; an editor can choose it (<see cref="LinkExplanation"/>).
/// Editing a sasaran's text keeps the link, removing the sasaran removes its explanation. An explanation written in the
/// editor holds the uraian only: its indicator and target tables are the sasaran's indicators
/// (<see cref="IndicatorTablesFrom"/>), so they follow the indicators as they are edited.
/// </summary>
public sealed partial class Agreement
{
    /// <summary>The share of a name's words another must hold to be taken for it when the two are not similar as a whole.</summary>
    private const double WordShareThreshold = 0.8;

    /// <summary>The Lampiran 2 explanation of the sasaran, if it has one.</summary>
    public SasaranExplanation? ExplanationOf(Guid sasaranId) =>
        FindSasaran(sasaranId) is { } sasaran ? ExplanationOf(sasaran) : null;

    /// <summary>The sasaran the explanation is linked to, if it is one of this agreement's.</summary>
    public Sasaran? SasaranOf(SasaranExplanation explanation) =>
        explanation.SasaranId is { } id ? FindSasaran(id) : null;

    /// <summary>
    /// Links each explanation not yet linked to the sasaran it names, when each is the other's closest among those not
    /// linked yet (the one place the names are compared). Links already made, by this or by an editor, are kept. Run by
    /// the readers and the importer, and before every edit of the sasaran or their explanations; a link is resolution,
    /// not content, so it is made whatever the status.
    /// </summary>
    public void LinkExplanations()
    {
        foreach (var explanation in explanations.Where(e => e.SasaranId is not null && FindSasaran(e.SasaranId.Value) is null))
            explanation.LinkTo(null);

        var unlinked = explanations.Where(e => e.SasaranId is null).ToList();
        if (unlinked.Count == 0)
            return;

        var free = sasarans.Where(s => explanations.All(e => e.SasaranId != s.Id)).ToList();
        var links = new List<(SasaranExplanation Explanation, Sasaran Sasaran)>();
        foreach (var explanation in unlinked)
        {
            if (Closest(free, s => Score(explanation, s)) is { } sasaran && Closest(unlinked, e => Score(e, sasaran)) == explanation)
                links.Add((explanation, sasaran));
        }

        foreach (var (explanation, sasaran) in links)
            explanation.LinkTo(sasaran.Id);
    }

    /// <summary>
    /// Links the explanation at <paramref name="index"/> (counting from 0) to a sasaran chosen by an editor, or unlinks it
    /// (<paramref name="sasaranId"/> null). A sasaran has one explanation: one linked to another refuses.
    /// </summary>
    public Outcome LinkExplanation(int index, Guid? sasaranId)
    {
        if (!IsEditable)
            return NotEditable();
        LinkExplanations();
        if (index < 0 || index >= explanations.Count)
            return Outcome.Fail(Messages.ExplanationNotFound);

        var explanation = explanations[index];
        if (sasaranId is { } id)
        {
            if (FindSasaran(id) is not { } sasaran)
                return Outcome.Fail(Messages.SasaranNotFound);
            if (ExplanationOf(sasaran) is { } other && other != explanation)
                return Outcome.Fail(RuleText.Format(Messages.ExplanationSasaranTaken, sasaran.Number));
        }

        explanation.LinkTo(sasaranId);
        return Outcome.Ok();
    }

    /// <summary>
    /// Writes the penjelasan of a sasaran in Lampiran 2. A sasaran without an explanation gets one, placed among the
    /// others in the order of the sasaran; when it is the agreement's first, every other sasaran gets an empty one
    /// too, so that Lampiran 2 still shows them all (an agreement without explanations shows every sasaran).
    /// </summary>
    public Outcome SetExplanation(Guid sasaranId, string description)
    {
        if (!IsEditable)
            return NotEditable();
        if (FindSasaran(sasaranId) is not { } sasaran)
            return Outcome.Fail(Messages.SasaranNotFound);
        if (string.IsNullOrWhiteSpace(description))
            return Outcome.Fail(Messages.ExplanationDescriptionRequired);

        LinkExplanations();
        if (explanations.Count == 0)
            explanations.AddRange(sasarans.Select(SasaranExplanation.For));
        var explanation = ExplanationOf(sasaran);
        if (explanation is null)
        {
            explanation = SasaranExplanation.For(sasaran);
            explanations.Insert(InsertionIndex(sasaran), explanation);
        }

        explanation.Describe(sasaran.Text, description.Trim());
        return Outcome.Ok();
    }

    /// <summary>
    /// Removes the penjelasan of a sasaran: its section of Lampiran 2 stays, with the sasaran and the tables of its
    /// indicators (<see cref="IndicatorTablesFrom"/>).
    /// </summary>
    public Outcome RemoveExplanation(Guid sasaranId)
    {
        if (!IsEditable)
            return NotEditable();
        if (FindSasaran(sasaranId) is not { } sasaran)
            return Outcome.Fail(Messages.SasaranNotFound);
        LinkExplanations();
        if (ExplanationOf(sasaran) is not { } explanation || explanation.Description.Length == 0)
            return Outcome.Fail(Messages.ExplanationNotFound);

        explanation.ClearDescription();
        return Outcome.Ok();
    }

    /// <summary>
    /// The sasaran whose indicators give the explanation's indicator and target tables: the explanation's own
    /// sasaran when the explanation has no tables of its own (it was written in the editor), else null (the
    /// document's own tables are printed as they were read).
    /// </summary>
    public Sasaran? IndicatorTablesFrom(SasaranExplanation explanation) =>
        explanation.Indicators.Count == 0 && explanation.Targets.Count == 0 ? SasaranOf(explanation) : null;

    private SasaranExplanation? ExplanationOf(Sasaran sasaran) =>
        explanations.FirstOrDefault(e => e.SasaranId == sasaran.Id);

    /// <summary>Before the first explanation of a sasaran that comes later; else at the end.</summary>
    private int InsertionIndex(Sasaran sasaran)
    {
        var position = IndexOf(sasaran);
        for (var i = 0; i < explanations.Count; i++)
        {
            if (SasaranOf(explanations[i]) is { } other && IndexOf(other) > position)
                return i;
        }

        return explanations.Count;
    }

    /// <summary>After a sasaran moved, explanations that all belong to a sasaran follow their order.</summary>
    private void OrderExplanationsLikeSasarans()
    {
        var owners = explanations.Select(e => (Explanation: e, Sasaran: SasaranOf(e))).ToList();
        if (owners.Any(o => o.Sasaran is null))
            return;

        var ordered = owners.OrderBy(o => IndexOf(o.Sasaran!)).Select(o => o.Explanation).ToList();
        explanations.Clear();
        explanations.AddRange(ordered);
    }

    private int IndexOf(Sasaran sasaran) => sasarans.IndexOf(sasaran);

    /// <summary>The candidate of the highest score above 0, the first of equals; null when none scores.</summary>
    private static T? Closest<T>(IEnumerable<T> candidates, Func<T, double> score)
        where T : class
    {
        T? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            var value = score(candidate);
            if (value > bestScore)
                (best, bestScore) = (candidate, value);
        }

        return best;
    }

    /// <summary>
    /// How closely the explanation names the sasaran, 0 when it does not: the similarity of the two names (at least
    /// <see cref="NomenclatureName.SimilarityThreshold"/>); else, ranking below any such match, the share of the
    /// shorter name's words found in the longer (at least <see cref="WordShareThreshold"/> of three words or more), for
    /// a description run on after the sasaran, a program named after it in brackets or a word left out.
    /// </summary>
    private static double Score(SasaranExplanation explanation, Sasaran sasaran)
    {
        var key = NomenclatureName.Normalize(sasaran.Text);
        var named = NomenclatureName.Normalize(explanation.Sasaran);
        if (key.Length == 0 || named.Length == 0)
            return 0;

        var whole = NomenclatureName.Match(sasaran.Text, explanation.Sasaran);
        return whole > 0 ? whole : WordShare(key, named) / 2;
    }

    /// <summary>The share of the shorter text's distinct words that the longer one holds, when at least <see cref="WordShareThreshold"/>; else 0.</summary>
    private static double WordShare(string a, string b)
    {
        var first = a.Split(' ').ToHashSet(StringComparer.Ordinal);
        var second = b.Split(' ').ToHashSet(StringComparer.Ordinal);
        var (shorter, longer) = first.Count <= second.Count ? (first, second) : (second, first);
        if (shorter.Count < 3)
            return 0;
        var share = (double)shorter.Count(longer.Contains) / shorter.Count;
        return share >= WordShareThreshold ? share : 0;
    }
}
