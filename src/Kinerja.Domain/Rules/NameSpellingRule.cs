using System.Globalization;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.People;

namespace Kinerja.Domain.Rules;

/// <summary>
/// One person must be written one way. Across the agreements given, the names of the parties and of the signature
/// blocks are grouped by valid NIP (a name without one belongs to the party of its role in its agreement); a group
/// with several spellings of the name itself (titles aside: "S.PD"/"S.Pd" is no finding) gives one warning per
/// extra spelling, on the agreement where that spelling appears. The most frequent spelling is taken as the right one.
/// </summary>
public sealed class NameSpellingRule : IAgreementSetRule
{
    public IEnumerable<AgreementFinding> Check(IReadOnlyList<Agreement> agreements)
    {
        var groups = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var agreement in agreements)
        {
            foreach (var occurrence in OccurrencesIn(agreement))
            {
                if (occurrence.Comparable.Length == 0)
                    continue;
                if (!groups.TryGetValue(occurrence.GroupKey, out var list))
                {
                    groups[occurrence.GroupKey] = list = [];
                    order.Add(occurrence.GroupKey);
                }

                list.Add(occurrence);
            }
        }

        foreach (var key in order)
        {
            var occurrences = groups[key];
            var spellings = occurrences
                .GroupBy(o => o.Comparable, StringComparer.Ordinal)
                .Select((g, index) => (First: g.First(), Count: g.Count(), Index: index))
                .ToList();
            if (spellings.Count < 2)
                continue;

            var reference = spellings.OrderByDescending(s => s.Count).ThenBy(s => s.Index).First().First;
            foreach (var (variant, _, _) in spellings.Where(s => !ReferenceEquals(s.First, reference)))
            {
                var message = variant.Nip is not null
                    ? RuleText.Format(Messages.NameSpelledDifferently, Nip.Validate(variant.Nip).Nip?.Grouped ?? variant.Nip, reference.Printed, variant.Printed)
                    : RuleText.Format(Messages.NameSpelledDifferentlyNoNip, variant.Position, reference.Printed, variant.Printed);
                yield return new AgreementFinding(
                    variant.Agreement.Id,
                    new Finding(Severity.Warning, FindingCodes.NameSpelledDifferently, message, FindingLocation.Of(variant.Agreement, variant.Line)));
            }
        }
    }

    private static IEnumerable<Occurrence> OccurrencesIn(Agreement agreement)
    {
        var first = Of(agreement, agreement.FirstParty, PartyRole.First);
        var second = Of(agreement, agreement.SecondParty, PartyRole.Second);
        yield return first;
        yield return second;

        foreach (var signature in agreement.SignatureNames)
        {
            var party = signature.Role == PartyRole.First ? first : second;
            var nip = Nip.Validate(signature.NipAsPrinted).Nip?.Digits;
            var name = PersonName.Parse(signature.PrintedName);
            yield return new Occurrence(
                agreement,
                nip is null ? party.GroupKey : "NIP:" + nip,
                nip ?? party.Nip,
                party.Position,
                name.Comparable,
                name.Printed,
                signature.SourceLine);
        }
    }

    private static Occurrence Of(Agreement agreement, Party party, PartyRole role)
    {
        var key = party.Nip is not null
            ? "NIP:" + party.Nip
            : string.Create(CultureInfo.InvariantCulture, $"{agreement.Id:N}/{role}/{PositionTitle.Normalize(party.Position)}");
        return new Occurrence(agreement, key, party.Nip, party.Position, party.ParsedName.Comparable, party.PrintedName, party.SourceLine);
    }

    private sealed record Occurrence(
        Agreement Agreement,
        string GroupKey,
        string? Nip,
        string Position,
        string Comparable,
        string Printed,
        int? Line);
}
