using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The budget line form as its partial renders it: the line (null for a new one).</summary>
public sealed record BudgetLineFormView(UbahModel Page, BudgetLine? Line)
{
    public string Key => Line is null ? "anggaran-baru" : "anggaran-" + Line.Id;
}
