namespace Kinerja.Web.Pages.Admin.Nomenklatur;

/// <summary>What the administrator types about a catalogue entry.</summary>
public sealed class EntryForm
{
    public string? Tingkat { get; set; }

    public string? Kode { get; set; }

    public string? Nama { get; set; }

    public string? KodeInduk { get; set; }
}
