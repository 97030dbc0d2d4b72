namespace Kinerja.Application.Features.Nomenclature;

/// <summary>How a list of entries meets the stored catalogue (<see cref="NomenclatureStore"/>).</summary>
public enum NomenclatureLoadMode
{
    /// <summary>Only entries not yet stored are added; nothing stored changes (the shipped list at start).</summary>
    AddMissing,

    /// <summary>New entries are added, stored ones take the list's name and parent; an entry without a code that the list now codes goes.</summary>
    Merge,

    /// <summary>As <see cref="Merge"/>, and stored entries the list does not hold are removed.</summary>
    Replace,
}
