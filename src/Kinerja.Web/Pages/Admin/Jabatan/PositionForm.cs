using System.ComponentModel.DataAnnotations;
namespace Kinerja.Web.Pages.Admin.Jabatan;

/// <summary>What the administrator types about a position: office, title, eselon, direct superior.</summary>
public sealed class PositionForm
{
    [Display(Name = "Kantor")]
    public Guid? KantorId { get; set; }

    public string? Nama { get; set; }

    public string? Eselon { get; set; }

    [Display(Name = "Atasan langsung")]
    public Guid? AtasanId { get; set; }
}
