namespace Kinerja.Domain.Findings;

/// <summary>
/// Something a reviewer would flag in an agreement: a stable <see cref="Code"/> (see <see cref="FindingCodes"/>),
/// an Indonesian <see cref="Message"/> and where it is (<see cref="Location"/>, e.g. <c>file.txt:1567</c>).
/// </summary>
public sealed record Finding(Severity Severity, string Code, string Message, string Location);
