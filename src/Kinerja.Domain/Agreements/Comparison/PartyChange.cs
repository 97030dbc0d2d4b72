namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>A party's name, NIP or position before and after the amendment, as printed.</summary>
public sealed record PartyChange(PartyRole Role, PartyField Field, string? Previous, string? Current);
