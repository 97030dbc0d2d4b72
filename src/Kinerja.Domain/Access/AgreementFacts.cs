using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Access;

/// <summary>What access to an agreement depends on: its office, status and the people who sign it.</summary>
public sealed record AgreementFacts(Guid? OfficeId, AgreementStatus Status, Guid? FirstPartyPersonId, Guid? SecondPartyPersonId)
{
    public static AgreementFacts Of(Agreement agreement) =>
        new(agreement.OfficeId, agreement.Status, agreement.FirstParty.PersonId, agreement.SecondParty.PersonId);
}
