using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The budget line form as its partial renders it: the line (null for a new one) and its place among the agreement's <paramref name="Count"/> lines.</summary>
public sealed record BudgetLineFormView(UbahModel Page, BudgetLine? Line, int Index = 0, int Count = 0)
{
    public string Key => Line is null ? "anggaran-baru" : "anggaran-" + Line.Id;
}
