using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Nomenclature;

/// <summary>
/// One entry of the nomenclature catalogue (Kepmendagri 050-5889/2021): a program, kegiatan or sub kegiatan.
/// A sub kegiatan whose 4-digit code is not yet recorded still names its kegiatan by <see cref="ParentCode"/>.
/// </summary>
public sealed record NomenclatureEntry(string? Code, BudgetLevel Level, string Name, string? ParentCode);
