namespace Kinerja.Documents.Export;

/// <summary>
/// The standard wording of a Perjanjian Kinerja (PermenPANRB 53/2014; DOMAIN.md §2) and the labels of its pages, as
/// every exported document prints them. Format arguments are in braces.
/// </summary>
public static class AgreementWording
{
    public const string Title = "PERJANJIAN KINERJA TAHUN {0}";
    public const string AmendmentTitle = "PERJANJIAN KINERJA PERUBAHAN TAHUN {0}";

    public const string Opening =
        "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, " +
        "kami yang bertanda tangan di bawah ini:";

    public const string NameLabel = "Nama";
    public const string NipLabel = "NIP";
    public const string PositionLabel = "Jabatan";
    public const string FirstPartyRole = "selanjutnya disebut PIHAK PERTAMA.";
    public const string SecondPartyRole = "selaku atasan Pihak Pertama, selanjutnya disebut PIHAK KEDUA.";

    public const string Promise =
        "Pihak Pertama berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja " +
        "jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target " +
        "kinerja tersebut menjadi tanggung jawab kami.";

    public const string Supervision =
        "Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari " +
        "perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.";

    public const string PlaceAndDate = "{0}, {1}";
    public const string FirstPartyLabel = "PIHAK PERTAMA,";
    public const string SecondPartyLabel = "PIHAK KEDUA,";
    public const string NipLine = "NIP {0}";

    public const string LampiranHeading = "LAMPIRAN {0}";
    public const string LampiranAgreement = "PERJANJIAN KINERJA {0}";
    public const string LampiranAmendment = "PERJANJIAN KINERJA PERUBAHAN {0}";
    public const string LampiranYear = "TAHUN {0}";
    public const string PerformanceTable = "TABEL KINERJA";
    public const string ExplanationTitle = "PENJELASAN KINERJA";

    public const string NumberColumn = "No";
    public const string SasaranColumn = "Sasaran";
    public const string IndicatorColumn = "Indikator Kinerja";
    public const string TargetColumn = "Target";
    public const string BudgetNameColumn = "Program/Kegiatan/Sub Kegiatan";
    public const string AmountColumn = "Anggaran";
    public const string SourceColumn = "Ket";
    public const string Total = "Jumlah";

    public const string SasaranStrategis = "Sasaran Strategis";
    public const string SasaranProgram = "Sasaran Program";
    public const string SasaranKegiatan = "Sasaran Kegiatan";
    public const string SasaranSubKegiatan = "Sasaran Sub Kegiatan";
    public const string Program = "Program";
    public const string Kegiatan = "Kegiatan";
    public const string SubKegiatan = "Sub Kegiatan";

    public const string ExplanationSection = "Sasaran {0}";
    public const string SasaranLine = "Sasaran: {0}";
    public const string DescriptionLabel = "Penjelasan:";
    public const string IndicatorsLabel = "Indikator Kinerja";
    public const string TargetsLabel = "Target Kinerja";
    public const string DefinitionColumn = "Definisi";
    public const string RelevanceColumn = "Relevansi";
    public const string FormulaColumn = "Formulasi";
    public const string DataSourceColumn = "Sumber Data";
    public const string TargetExplanationColumn = "Target Kinerja";
    public const string ExplanationColumn = "Penjelasan";
    public const string Empty = "-";
}
