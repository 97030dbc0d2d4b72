using Kinerja.Domain.Findings;

namespace Kinerja.Persistence;

/// <summary>
/// A finding made when the agreement's document was read (text that could not be placed), which no later check can make
/// again; the rules' findings are not stored but computed from the stored agreements.
/// </summary>
public sealed class StoredFinding
{
    private StoredFinding()
    {
    }

    public StoredFinding(Guid agreementId, int ordinal, Finding finding)
    {
        AgreementId = agreementId;
        Ordinal = ordinal;
        Severity = finding.Severity;
        Code = finding.Code;
        Message = finding.Message;
        Location = finding.Location;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid AgreementId { get; private set; }

    /// <summary>The position of the finding in the agreement's list.</summary>
    public int Ordinal { get; private set; }

    public Severity Severity { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public string Location { get; private set; } = string.Empty;

    public Finding ToFinding() => new(Severity, Code, Message, Location);
}
