namespace Kinerja.Documents.Interchange;

/// <summary>The Indonesian messages of <see cref="InterchangeReader"/>; placeholders are format arguments.</summary>
internal static class InterchangeMessages
{
    public const string NotJson = "Isi berkas bukan JSON yang sah (periksa tanda kurung, koma dan tanda kutip di sekitar baris ini).";
    public const string RootNotObject = "Isi berkas harus berupa objek JSON dengan \"formatVersion\" dan \"agreements\".";
    public const string Missing = "Properti wajib \"{0}\" tidak ada pada {1}.";
    public const string VersionUnsupported = "Versi format {0} tidak didukung; yang didukung adalah versi {1}.";
    public const string MustBeObject = "\"{0}\" harus berupa objek.";
    public const string MustBeArray = "\"{0}\" harus berupa daftar (array).";
    public const string MustBeText = "\"{0}\" harus berupa teks.";
    public const string MustBeTextOrNull = "\"{0}\" harus berupa teks atau null.";
    public const string MustBeInteger = "\"{0}\" harus berupa bilangan bulat.";
    public const string MustBeNumberOrNull = "\"{0}\" harus berupa angka atau null.";
    public const string MustNotBeEmpty = "\"{0}\" tidak boleh kosong.";
    public const string YearOutOfRange = "\"{0}\" bernilai {1}, bukan tahun yang wajar.";
    public const string WordNotAllowed = "\"{0}\" bernilai \"{1}\"; yang diperbolehkan: {2}.";
    public const string DateInvalid = "\"{0}\" bernilai \"{1}\", bukan tanggal berformat yyyy-mm-dd.";
    public const string NipNotDigits = "\"{0}\" bernilai \"{1}\"; NIP ditulis dengan angka saja, tanpa spasi.";
    public const string IdInvalid = "\"{0}\" bernilai \"{1}\", bukan pengenal (UUID) yang sah.";
    public const string IndicatorAfterEmptySasaran = "\"{0}\": sasaran ini sudah tercatat tanpa indikator pada baris sebelumnya.";
}
