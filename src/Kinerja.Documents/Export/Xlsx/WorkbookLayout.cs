namespace Kinerja.Documents.Export.Xlsx;

/// <summary>
/// The sheets and column headings of the targets-and-budget workbook: what <see cref="XlsxExporter"/> writes and
/// <see cref="Kinerja.Documents.Xlsx.XlsxImporter"/> reads back. Headings are matched by name, so columns may be
/// moved; the level words are those of the Lampiran tables.
/// </summary>
public static class WorkbookLayout
{
    public const string AgreementSheet = "Perjanjian";
    public const string TargetSheet = "Target";
    public const string BudgetSheet = "Anggaran";

    public const string Office = "Kantor";
    public const string Region = "Wilayah";
    public const string Year = "Tahun";
    public const string Kind = "Jenis";
    public const string Position = "Jabatan";
    public const string FirstParty = "Pihak Pertama";
    public const string FirstPartyNip = "NIP Pihak Pertama";
    public const string SecondPartyPosition = "Jabatan Pihak Kedua";
    public const string SecondParty = "Pihak Kedua";
    public const string SecondPartyNip = "NIP Pihak Kedua";
    public const string Place = "Tempat";
    public const string Date = "Tanggal";

    public const string Number = "No";
    public const string Level = "Tingkat";
    public const string Sasaran = "Sasaran";
    public const string Indicator = "Indikator Kinerja";
    public const string Target = "Target";
    public const string Unit = "Satuan";

    public const string Code = "Kode";
    public const string Name = "Nama";
    public const string Amount = "Anggaran";
    public const string Source = "Sumber Dana";

    public const string Awal = "Awal";
    public const string Perubahan = "Perubahan";
    public const string Strategis = "Strategis";
    public const string Program = "Program";
    public const string Kegiatan = "Kegiatan";
    public const string SubKegiatan = "Sub Kegiatan";

    public static readonly string[] AgreementColumns =
        [Office, Region, Year, Kind, Position, FirstParty, FirstPartyNip, SecondPartyPosition, SecondParty, SecondPartyNip, Place, Date];

    public static readonly string[] TargetColumns = [Position, Number, Level, Sasaran, Indicator, Target, Unit];

    public static readonly string[] BudgetColumns = [Position, Number, Level, Code, Name, Amount, Source];
}
