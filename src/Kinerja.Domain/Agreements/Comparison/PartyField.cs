namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>The part of a party an amendment can change.</summary>
public enum PartyField
{
    Name,
    Nip,
    Position,
}
