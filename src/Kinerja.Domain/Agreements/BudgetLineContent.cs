using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// What an editor enters for a line of the anggaran table: level, name, nomenclature code, amount and source of
/// funds. The number it prints with follows from its level and place in the table (<see cref="BudgetOutline"/>).
/// </summary>
public sealed record BudgetLineContent(BudgetLevel Level, string Name, string? Code, Rupiah Amount, string? Source);
