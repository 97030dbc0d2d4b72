using System.ComponentModel.DataAnnotations;
using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>A budget line as posted: new when <see cref="BudgetLineId"/> is null; the amount as typed ("Rp 1.234.567").</summary>
public sealed class BudgetLineForm
{
    [Display(Name = "Baris anggaran")]
    public Guid? BudgetLineId { get; set; }

    [Display(Name = "Tingkat")]
    public BudgetLevel Level { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Amount { get; set; }

    public string? Source { get; set; }
}
