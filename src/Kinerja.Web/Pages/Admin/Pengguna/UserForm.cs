using System.ComponentModel.DataAnnotations;
namespace Kinerja.Web.Pages.Admin.Pengguna;

/// <summary>What the administrator types about an account: names, role, office and register person.</summary>
public sealed class UserForm
{
    public string? NamaPengguna { get; set; }

    public string? NamaLengkap { get; set; }

    public string? Peran { get; set; }

    [Display(Name = "Kantor")]
    public Guid? KantorId { get; set; }

    [Display(Name = "Pegawai")]
    public Guid? PegawaiId { get; set; }

    public string? KataSandi { get; set; }

    public string? UlangiKataSandi { get; set; }
}
