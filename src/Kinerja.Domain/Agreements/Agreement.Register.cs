namespace Kinerja.Domain.Agreements;

/// <summary>
/// Links to the organisation register (office, person, position) and provenance. They are bookkeeping, not what the
/// agreement says: the register links an agreement read or signed at any status, and merging two people or two
/// positions in the register relinks every agreement that names them. The content stays as it was signed.
/// </summary>
public sealed partial class Agreement
{
    /// <summary>Links the agreement to its office in the register.</summary>
    public void LinkOffice(Guid officeId) => OfficeId = officeId;

    /// <summary>Links a party to the person and the position of the register (null: not known there).</summary>
    public void LinkParty(PartyRole role, Guid? personId, Guid? positionId) =>
        (role == PartyRole.First ? FirstParty : SecondParty).LinkedTo(personId, positionId);

    /// <summary>After two people were merged in the register: the parties that named <paramref name="merged"/> name <paramref name="kept"/>.</summary>
    public void ReplacePerson(Guid merged, Guid kept)
    {
        foreach (var party in new[] { FirstParty, SecondParty }.Where(p => p.PersonId == merged))
            party.LinkedTo(kept, party.PositionId);
    }

    /// <summary>
    /// Names the file a reader read this agreement from, when the file is known only after the agreement was built
    /// (a reader that marks a paper document as signed before its caller knows the file name). Provenance, not content:
    /// an agreement that already names its file keeps it.
    /// </summary>
    public void ReadFromFile(string sourceName)
    {
        if (Status is not (AgreementStatus.Draft or AgreementStatus.Signed) || SignedOn is not null)
            throw new InvalidOperationException("Only a reader names the file of the agreement it read.");
        sourceNameOfRead = sourceName;
    }

    /// <summary>After two positions were merged in the register: the parties that named <paramref name="merged"/> name <paramref name="kept"/>.</summary>
    public void ReplacePosition(Guid merged, Guid kept)
    {
        foreach (var party in new[] { FirstParty, SecondParty }.Where(p => p.PositionId == merged))
            party.LinkedTo(party.PersonId, kept);
    }
}
