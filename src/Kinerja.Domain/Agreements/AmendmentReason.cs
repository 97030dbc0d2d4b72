namespace Kinerja.Domain.Agreements;

/// <summary>Why a Perjanjian Kinerja Perubahan is made (DOMAIN.md §2). Labels: <see cref="Labels.Of(AmendmentReason)"/>.</summary>
public enum AmendmentReason
{
    /// <summary>The official changes (mutasi/pergantian pejabat).</summary>
    PergantianPejabat,

    /// <summary>Strategy, program, kegiatan or budget change (e.g. APBD Perubahan).</summary>
    PerubahanProgramAnggaran,

    /// <summary>Priorities or assumptions change materially.</summary>
    PerubahanPrioritas,
}
