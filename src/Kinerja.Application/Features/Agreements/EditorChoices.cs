using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// What the PK editor offers to choose from: the nomenclature catalogue (codes and names of programs, kegiatan and
/// sub kegiatan), the known units, and the sasaran of the superior's agreement of the same year that a sasaran can
/// support (empty when the superior has no readable agreement).
/// </summary>
public sealed record EditorChoices(IReadOnlyList<NomenclatureEntry> Nomenclature, IReadOnlyList<string> Units, IReadOnlyList<Sasaran> SuperiorSasarans, string? SuperiorPosition);
