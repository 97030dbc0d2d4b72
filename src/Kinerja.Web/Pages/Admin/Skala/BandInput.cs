namespace Kinerja.Web.Pages.Admin.Skala;

/// <summary>One row of the scale form as typed: a category name and its lower bound in percent (blank on the last row).</summary>
public sealed class BandInput
{
    public string? Nama { get; set; }

    public string? BatasBawah { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Nama) && string.IsNullOrWhiteSpace(BatasBawah);
}
