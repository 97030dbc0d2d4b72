namespace Kinerja.Domain.Rules;

/// <summary>
/// Who is the direct superior of a position (DOMAIN.md §2). The default for a kecamatan: Camat → Bupati;
/// Sekretaris Camat and Kepala Seksi → Camat; Kepala Sub Bagian → Sekretaris Camat.
/// </summary>
public sealed class PositionHierarchy
{
    public static readonly PositionHierarchy Kecamatan = new();

    /// <summary>The expected superior's position for <paramref name="position"/>, or null when unknown.</summary>
    public string? SuperiorOf(string position) =>
        throw new NotImplementedException("Filled in by the rules work.");

    /// <summary>True when <paramref name="superiorPosition"/> is the direct superior of <paramref name="position"/>; null when unknown.</summary>
    public bool? IsDirectSuperior(string position, string superiorPosition) =>
        throw new NotImplementedException("Filled in by the rules work.");
}
