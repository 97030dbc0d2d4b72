namespace Kinerja.Domain.Agreements;

/// <summary>A heading of a Lampiran that names the official it belongs to ("LAMPIRAN 2 PERJANJIAN KINERJA CAMAT ...").</summary>
public sealed class LampiranHeading
{
    public string Lampiran { get; set; } = string.Empty;

    /// <summary>The position the heading names, as printed.</summary>
    public string NamedPosition { get; set; } = string.Empty;

    public int? SourceLine { get; set; }
}

/// <summary>A name printed in a signature block, kept to compare its spelling with the party's.</summary>
public sealed class SignatureName
{
    public PartyRole Role { get; set; }

    public string PrintedName { get; set; } = string.Empty;

    public string? NipAsPrinted { get; set; }

    public int? SourceLine { get; set; }
}
