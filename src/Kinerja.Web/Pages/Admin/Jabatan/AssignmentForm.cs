using System.ComponentModel.DataAnnotations;
namespace Kinerja.Web.Pages.Admin.Jabatan;

/// <summary>What the administrator types about an assignment: who, how (Definitif, Plt., Plh.), from and to.</summary>
public sealed class AssignmentForm
{
    [Display(Name = "Pegawai")]
    public Guid? PegawaiId { get; set; }

    public string? Jenis { get; set; }

    public string? Mulai { get; set; }

    public string? Sampai { get; set; }
}
