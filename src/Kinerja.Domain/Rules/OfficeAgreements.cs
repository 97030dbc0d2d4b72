using System.Globalization;
using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Rules;

/// <summary>
/// The agreements in force of each office and year: the set that must reconcile together. An agreement superseded
/// by an amendment of the same official (<see cref="AgreementKind.Perubahan"/>, or one that names it in
/// <see cref="Agreement.SupersedesId"/>/<see cref="Agreement.SupersedesKey"/>) is left out.
/// </summary>
public static class OfficeAgreements
{
    public static IEnumerable<IReadOnlyList<Agreement>> InForce(IEnumerable<Agreement> agreements)
    {
        var groups = agreements
            .GroupBy(a => (Office: OfficeKey(a), a.Year))
            .Select(g => g.ToList());
        foreach (var group in groups)
            yield return group.Where(a => !IsSuperseded(a, group)).ToList();
    }

    /// <summary>The office as a key: the register's id when linked, else the name's words ("Kecamatan Kecamatan Mangkutana" = "KECAMATAN MANGKUTANA").</summary>
    public static string OfficeKey(Agreement agreement)
    {
        if (agreement.OfficeId is { } id)
            return id.ToString("N", CultureInfo.InvariantCulture);

        var words = new List<string>();
        foreach (var word in PositionTitle.Words(agreement.Office))
        {
            if (word == "KANTOR" || (words.Count > 0 && words[^1] == word))
                continue;
            words.Add(word);
        }

        return string.Join(' ', words);
    }

    private static bool IsSuperseded(Agreement agreement, List<Agreement> group) =>
        group.Any(other => !ReferenceEquals(other, agreement) && (
            other.SupersedesId == agreement.Id
            || (other.SupersedesKey is not null && string.Equals(other.SupersedesKey, agreement.Key, StringComparison.Ordinal))
            || (other.Kind == AgreementKind.Perubahan && agreement.Kind == AgreementKind.Awal && SameOfficial(agreement, other))));

    private static bool SameOfficial(Agreement a, Agreement b) =>
        LampiranHeadingRule.NamesSameOfficial(a.FirstParty.Position, b.FirstParty.Position, [a.Office, a.Region]);
}
