using Kinerja.Domain.Common;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// Lampiran 2, per sasaran. An explanation belongs to the sasaran it names (<see cref="SasaranExplanation.Sasaran"/>,
/// compared as <see cref="NomenclatureName"/> does, so case, punctuation, spelling variants such as "Meningkatkan" for
/// "Meningkatnya", a description run on after the sasaran or a program in brackets do not matter) when each is the
/// other's closest; editing
/// a sasaran's text keeps the link, removing the sasaran removes its explanation. An
/// explanation written in the editor holds the uraian only: its indicator and target tables are the sasaran's
/// indicators (<see cref="IndicatorTablesFrom"/>), so they follow the indicators as they are edited.
/// </summary>
public sealed partial class Agreement
{
    /// <summary>The share of a name's words another must hold to be taken for it when the two are not similar as a whole.</summary>
    private const double WordShareThreshold = 0.8;

    /// <summary>The Lampiran 2 explanation of the sasaran, if it has one.</summary>
    public SasaranExplanation? ExplanationOf(Guid sasaranId) =>
        FindSasaran(sasaranId) is { } sasaran ? ExplanationOf(sasaran) : null;

    /// <summary>The sasaran the explanation names, if it is one of this agreement's.</summary>
    public Sasaran? SasaranOf(SasaranExplanation explanation) =>
        Closest(sasarans, s => Score(explanation, s));

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

        if (Explanations.Count == 0)
            Explanations.AddRange(sasarans.Select(s => new SasaranExplanation { Sasaran = s.Text }));
        var explanation = ExplanationOf(sasaran);
        if (explanation is null)
        {
            explanation = new SasaranExplanation();
            Explanations.Insert(InsertionIndex(sasaran), explanation);
        }

        explanation.Sasaran = sasaran.Text;
        explanation.Description = description.Trim();
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
        if (ExplanationOf(sasaran) is not { } explanation || explanation.Description.Length == 0)
            return Outcome.Fail(Messages.ExplanationNotFound);

        explanation.Description = string.Empty;
        explanation.Indicators.Clear();
        explanation.Targets.Clear();
        return Outcome.Ok();
    }

    /// <summary>
    /// The sasaran whose indicators give the explanation's indicator and target tables: the explanation's own
    /// sasaran when the explanation has no tables of its own (it was written in the editor), else null (the
    /// document's own tables are printed as they were read).
    /// </summary>
    public Sasaran? IndicatorTablesFrom(SasaranExplanation explanation) =>
        explanation.Indicators.Count == 0 && explanation.Targets.Count == 0 ? SasaranOf(explanation) : null;

    private SasaranExplanation? ExplanationOf(Sasaran sasaran)
    {
        var closest = Closest(Explanations, e => Score(e, sasaran));
        return closest is not null && SasaranOf(closest) == sasaran ? closest : null;
    }

    /// <summary>Before the first explanation of a sasaran that comes later; else at the end.</summary>
    private int InsertionIndex(Sasaran sasaran)
    {
        var position = IndexOf(sasaran);
        for (var i = 0; i < Explanations.Count; i++)
        {
            if (SasaranOf(Explanations[i]) is { } other && IndexOf(other) > position)
                return i;
        }

        return Explanations.Count;
    }

    /// <summary>After a sasaran moved, explanations that all belong to a sasaran follow their order.</summary>
    private void OrderExplanationsLikeSasarans()
    {
        var owners = Explanations.Select(e => (Explanation: e, Sasaran: SasaranOf(e))).ToList();
        if (owners.Any(o => o.Sasaran is null))
            return;

        var ordered = owners.OrderBy(o => IndexOf(o.Sasaran!)).Select(o => o.Explanation).ToList();
        Explanations.Clear();
        Explanations.AddRange(ordered);
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
