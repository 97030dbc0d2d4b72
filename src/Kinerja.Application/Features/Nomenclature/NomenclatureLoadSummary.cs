namespace Kinerja.Application.Features.Nomenclature;

/// <summary>What loading a nomenclature list did to the stored catalogue.</summary>
public sealed record NomenclatureLoadSummary(int Added, int Changed, int Removed, int Unchanged);
