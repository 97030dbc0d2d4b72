namespace Kinerja.Web.Pages.Admin.Pegawai;

/// <summary>The two records of one person the administrator merges: the one kept and the one merged into it (deleted).</summary>
public sealed class MergeForm
{
    public Guid? TetapId { get; set; }

    public Guid? DigabungId { get; set; }
}
