namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The agreement page's place and date as posted (the date as an HTML date input sends it).</summary>
public sealed class HeaderForm
{
    public string? Place { get; set; }

    public string? Date { get; set; }
}
