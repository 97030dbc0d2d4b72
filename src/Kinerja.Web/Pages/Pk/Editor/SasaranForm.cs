using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>A sasaran as posted: new when <see cref="SasaranId"/> is null.</summary>
public sealed class SasaranForm
{
    public Guid? SasaranId { get; set; }

    public SasaranLevel Level { get; set; }

    public string? Text { get; set; }

    public Guid? SupportsSasaranId { get; set; }
}
