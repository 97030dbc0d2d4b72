using Kinerja.Domain.Nomenclature;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>A stored entry of the nomenclature catalogue with its key (for the administrator's pages).</summary>
public sealed record NomenclatureItem(int Id, NomenclatureEntry Entry);
