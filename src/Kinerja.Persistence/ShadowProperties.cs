namespace Kinerja.Persistence;

/// <summary>Columns the model keeps beside the domain types' own properties.</summary>
public static class ShadowProperties
{
    /// <summary>The natural key of an agreement (<c>Agreement.Key</c>), kept in a unique column.</summary>
    public const string NaturalKey = "NaturalKey";

    /// <summary>The content fingerprint of an agreement as it was inserted (see <see cref="Kinerja.Domain.Agreements.AgreementFingerprint"/>).</summary>
    public const string ContentHash = "ContentHash";

    /// <summary>The position of a sasaran, indicator or budget line in its parent's list.</summary>
    public const string Ordinal = "Ordinal";

    /// <summary>The agreement a sasaran or budget line belongs to.</summary>
    public const string AgreementId = "AgreementId";

    /// <summary>The sasaran an indicator belongs to.</summary>
    public const string SasaranId = "SasaranId";

    /// <summary>The surrogate key of a nomenclature entry.</summary>
    public const string Id = "Id";
}
