namespace Kinerja.Web.Pages.Admin.Pegawai;

/// <summary>What the administrator types about a person: name, titles, NIP.</summary>
public sealed class PersonForm
{
    public string? Nama { get; set; }

    public string? GelarDepan { get; set; }

    public string? GelarBelakang { get; set; }

    public string? Nip { get; set; }
}
