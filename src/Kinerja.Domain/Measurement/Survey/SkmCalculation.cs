using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Measurement.Survey;

/// <summary>
/// Indeks Kepuasan Masyarakat from survey answers (PermenPANRB 14/2017, DOMAIN.md §5):
/// <c>NRR(unsur) = Σ answers / respondents who answered that unsur</c>; <c>SKM = Σ NRR × 1/9</c> with the exact
/// weight (dividing by nine, not multiplying by 0,111); <c>IKM = SKM × 25</c>, rounded to two decimals.
/// A blank answer (null) leaves the respondent out of that unsur only.
/// </summary>
public static class SkmCalculation
{
    /// <summary>Checks one respondent's answers: nine of them, each blank or 1–4.</summary>
    public static Outcome Validate(IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != SkmUnsur.Count)
            return Outcome.Fail(Format(Messages.SkmAnswerCount, SkmUnsur.Count, answers.Count));
        var errors = new List<string>();
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is { } answer && answer is < SkmUnsur.LowestAnswer or > SkmUnsur.HighestAnswer)
                errors.Add(Format(Messages.SkmAnswerOutOfRange, SkmUnsur.Names[i], answer));
        }

        if (errors.Count == 0 && answers.All(a => a is null))
            errors.Add(Messages.SkmAnswersEmpty);
        return errors.Count == 0 ? Outcome.Ok() : Outcome.Fail(errors);
    }

    /// <summary>The survey's figures; throws when a respondent's answers do not pass <see cref="Validate"/>.</summary>
    public static SkmResult Compute(IReadOnlyList<IReadOnlyList<int?>> respondents)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        var sums = new int[SkmUnsur.Count];
        var answered = new int[SkmUnsur.Count];
        foreach (var answers in respondents)
        {
            var valid = Validate(answers);
            if (!valid.Success)
                throw new ArgumentException(valid.Error, nameof(respondents));
            for (var i = 0; i < SkmUnsur.Count; i++)
            {
                if (answers[i] is { } answer)
                {
                    sums[i] += answer;
                    answered[i]++;
                }
            }
        }

        var nrr = Enumerable.Range(0, SkmUnsur.Count)
            .Select(i => answered[i] == 0 ? (decimal?)null : (decimal)sums[i] / answered[i])
            .ToList();
        if (nrr.Any(n => n is null))
            return new SkmResult(respondents.Count, answered, nrr, null, null, null);

        var skm = nrr.Sum(n => n!.Value) / SkmUnsur.Count;
        var ikm = decimal.Round(skm * 25, 2, MidpointRounding.AwayFromZero);
        return new SkmResult(respondents.Count, answered, nrr, skm, ikm, ServiceQuality.Of(ikm));
    }

    /// <summary>
    /// The smallest number of respondents for a population of <paramref name="population"/> people served
    /// (Krejcie and Morgan, 1970): <c>⌈3,841·N·0,25 / (0,0025·(N−1) + 3,841·0,25)⌉</c>, e.g. 100 → 80, 1.000 → 278.
    /// The formula is rounded up (a minimum); for 100.000 it gives 383 where the printed table of the article, and the
    /// copies of it in guidance, show 384.
    /// </summary>
    public static int MinimumSample(int population)
    {
        if (population <= 0)
            throw new ArgumentOutOfRangeException(nameof(population), population, "The population served must be positive.");
        const decimal chiSquare = 3.841m;
        const decimal proportion = 0.25m;
        const decimal margin = 0.0025m;
        var sample = chiSquare * population * proportion / ((margin * (population - 1)) + (chiSquare * proportion));
        return (int)decimal.Ceiling(sample);
    }

    private static string Format(string message, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, message, arguments);
}
