using System.ComponentModel.DataAnnotations;
using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>A sasaran as posted: new when <see cref="SasaranId"/> is null.</summary>
public sealed class SasaranForm
{
    [Display(Name = "Sasaran")]
    public Guid? SasaranId { get; set; }

    [Display(Name = "Tingkat sasaran")]
    public SasaranLevel Level { get; set; }

    public string? Text { get; set; }

    [Display(Name = "Sasaran atasan yang didukung")]
    public Guid? SupportsSasaranId { get; set; }
}
