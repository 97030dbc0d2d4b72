using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// What an editor enters for a line of the anggaran table: level, name, nomenclature code, amount and source of
/// funds; <see cref="Number"/> as it should print (null: the next number, or unchanged when updating).
/// </summary>
public sealed record BudgetLineContent(BudgetLevel Level, string Name, string? Code, Rupiah Amount, string? Source, string? Number = null);
