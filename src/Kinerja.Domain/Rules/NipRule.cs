using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.People;

namespace Kinerja.Domain.Rules;

/// <summary>
/// Every NIP printed for a party or under a signature must be a valid civil-servant number (DOMAIN.md §7). A NIP
/// the document does not print is not a finding; the same printed NIP is reported once per agreement.
/// </summary>
public sealed class NipRule : IAgreementRule
{
    public IEnumerable<Finding> Check(Agreement agreement)
    {
        var printed = new List<(string Nip, string Name, int? Line)>();
        foreach (var party in new[] { agreement.FirstParty, agreement.SecondParty })
        {
            if (party.NipAsPrinted is not null)
                printed.Add((party.NipAsPrinted, party.PrintedName, party.SourceLine));
        }

        foreach (var signature in agreement.SignatureNames)
        {
            if (!string.IsNullOrWhiteSpace(signature.NipAsPrinted))
                printed.Add((signature.NipAsPrinted.Trim(), signature.PrintedName.Trim(), signature.SourceLine));
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (nip, name, line) in printed)
        {
            var validation = Nip.Validate(nip);
            if (validation.IsValid || !reported.Add(validation.Digits ?? nip))
                continue;

            var (code, message) = CodeAndMessage(validation.Problem);
            var digitCount = validation.Digits?.Length ?? 0;
            yield return new Finding(
                Severity.Error,
                code,
                RuleText.Format(message, nip, name, digitCount),
                FindingLocation.Of(agreement, line));
        }
    }

    /// <summary>The Indonesian message for an invalid NIP printed as <paramref name="nip"/> for <paramref name="name"/>.</summary>
    public static string Describe(NipValidation validation, string nip, string name) =>
        RuleText.Format(CodeAndMessage(validation.Problem).Message, nip, name, validation.Digits?.Length ?? 0);

    private static (string Code, string Message) CodeAndMessage(NipProblem problem) => problem switch
    {
        NipProblem.Length => (FindingCodes.NipLength, Messages.NipLength),
        NipProblem.BirthDate => (FindingCodes.NipBirthDate, Messages.NipBirthDate),
        NipProblem.TmtMonth => (FindingCodes.NipTmtMonth, Messages.NipTmtMonth),
        NipProblem.TmtBeforeAdulthood => (FindingCodes.NipTmtBeforeAdulthood, Messages.NipTmtBeforeAdulthood),
        NipProblem.Gender => (FindingCodes.NipGender, Messages.NipGender),
        NipProblem.Letter => (FindingCodes.NipLetter, Messages.NipLetter),
        _ => (FindingCodes.NipSequence, Messages.NipSequence),
    };
}
