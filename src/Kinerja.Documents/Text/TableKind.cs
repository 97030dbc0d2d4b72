namespace Kinerja.Documents.Text;

/// <summary>The kinds of tables a PK document holds, told apart by their header rows.</summary>
internal enum TableKind
{
    /// <summary>Lampiran 1: No | Sasaran | Indikator Kinerja | Target.</summary>
    Targets,

    /// <summary>Lampiran 1: No | Program/Kegiatan/Sub Kegiatan | Anggaran | Ket.</summary>
    Budget,

    /// <summary>Lampiran 2: Indikator | Definisi | Relevansi | Formulasi | Sumber Data.</summary>
    IndicatorExplanations,

    /// <summary>Lampiran 2: No | Indikator | Target | Penjelasan.</summary>
    TargetExplanations,

    /// <summary>Any other table (e.g. the IKM interval table inside an explanation): kept as text.</summary>
    Other,
}
