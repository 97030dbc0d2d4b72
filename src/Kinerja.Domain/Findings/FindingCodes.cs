namespace Kinerja.Domain.Findings;

/// <summary>The stable codes of findings. Codes never change meaning; messages may be reworded.</summary>
public static class FindingCodes
{
    public const string NipLength = "NIP_PANJANG";
    public const string NipBirthDate = "NIP_TANGGAL_LAHIR";
    public const string NipTmtMonth = "NIP_BULAN_TMT";
    public const string NipTmtBeforeAdulthood = "NIP_TMT_TERLALU_DINI";
    public const string NipGender = "NIP_JENIS_KELAMIN";
    public const string NipSequence = "NIP_NOMOR_URUT";
    public const string NipLetter = "NIP_HURUF";
    public const string NipMissing = "NIP_TIDAK_ADA";
    public const string UnitContradictsIndicator = "SATUAN_BERTENTANGAN";
    public const string SasaranMissing = "SASARAN_KOSONG";
    public const string IndicatorMissing = "INDIKATOR_KOSONG";
    public const string AgreementEmpty = "PK_KOSONG";
    public const string DuplicateIndicator = "INDIKATOR_GANDA";
    public const string TargetMissing = "TARGET_KOSONG";
    public const string TargetDiffersInLampiran2 = "TARGET_LAMPIRAN_BERBEDA";
    public const string LampiranNamesOtherOfficial = "LAMPIRAN_PEJABAT_LAIN";
    public const string BudgetProgramNotReconciled = "ANGGARAN_PROGRAM_TIDAK_SESUAI";
    public const string BudgetKegiatanNotReconciled = "ANGGARAN_KEGIATAN_TIDAK_SESUAI";
    public const string BudgetKegiatanExceeded = "ANGGARAN_SUB_KEGIATAN_MELEBIHI";
    public const string BudgetAmountsDisagree = "ANGGARAN_BERBEDA_ANTAR_PK";
    public const string BudgetLineUnknown = "ANGGARAN_TIDAK_DIKENAL";
    public const string BudgetCodeUnknown = "KODE_NOMENKLATUR_TIDAK_DIKENAL";
    public const string NameSpelledDifferently = "NAMA_BERBEDA";
    public const string SecondPartyNotSuperior = "PIHAK_KEDUA_BUKAN_ATASAN";
    public const string UnplacedText = "TEKS_TIDAK_TERBACA";

    /// <summary>
    /// True for the findings made while reading a document (text the reader could not place), which no later check of
    /// the stored agreement can make again: they are stored with the agreement at import, the others are recomputed.
    /// </summary>
    public static bool FromReading(string code) => code == UnplacedText;

    // Review of a published capaian table (kinerja capaian).
    public const string ReviewCapaianWrong = "CAPAIAN_TIDAK_SESUAI";
    public const string ReviewDirectionReversed = "CAPAIAN_ARAH_TERBALIK";
    public const string ReviewAlternativeFormula = "CAPAIAN_RUMUS_ALTERNATIF";
    public const string ReviewUnroundedRealisation = "CAPAIAN_DARI_REALISASI_TAK_DIBULATKAN";
    public const string ReviewRealisationNotNumber = "REALISASI_BUKAN_ANGKA";
    public const string ReviewTargetNotNumber = "TARGET_BUKAN_ANGKA";
    public const string ReviewNoRatio = "CAPAIAN_TIDAK_TERHITUNG";
    public const string ReviewPublishedNotNumber = "CAPAIAN_TERTULIS_BUKAN_ANGKA";
    public const string ReviewDirectionMissing = "ARAH_TIDAK_DIKENAL";
}
