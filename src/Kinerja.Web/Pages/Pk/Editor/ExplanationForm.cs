namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The Lampiran 2 penjelasan of a sasaran as posted.</summary>
public sealed class ExplanationForm
{
    public Guid SasaranId { get; set; }

    public string? Description { get; set; }
}
