using System.ComponentModel.DataAnnotations;
namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The Lampiran 2 penjelasan of a sasaran as posted.</summary>
public sealed class ExplanationForm
{
    [Display(Name = "Sasaran")]
    public Guid SasaranId { get; set; }

    public string? Description { get; set; }
}
