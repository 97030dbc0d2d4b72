namespace Kinerja.Domain.Organisation;

/// <summary>
/// How a person holds a position: definitively, as Pelaksana Tugas (Plt., acting while the position is vacant or
/// its holder unable) or as Pelaksana Harian (Plh., standing in for a holder who is away for a while).
/// </summary>
public enum AssignmentKind
{
    Definitif,
    Plt,
    Plh,
}
