namespace Kinerja.Domain.Reviews;

/// <summary>Why a note was written: a return to the drafter, an evaluator's note, or a plain note.</summary>
public enum ReviewNoteKind
{
    Pengembalian,
    CatatanEvaluasi,
    Catatan,
}
