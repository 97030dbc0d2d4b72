namespace Kinerja.Domain;

/// <summary>
/// Every message the core shows a user, in Indonesian, in one place. Placeholders are
/// <see cref="string.Format(IFormatProvider, string, object[])"/> arguments.
/// </summary>
public static class Messages
{
    public const string AmountEmpty = "Anggaran kosong.";
    public const string AmountInvalid = "Anggaran \"{0}\" bukan jumlah Rupiah yang sah.";
    public const string NumberEmpty = "Angka kosong.";
    public const string NumberInvalid = "\"{0}\" bukan angka yang sah.";
    public const string DateEmpty = "Tanggal kosong.";
    public const string DateInvalid = "\"{0}\" bukan tanggal yang sah (contoh: 2 Januari 2025).";

    public const string NipLength = "NIP {0} ({1}) tidak 18 digit, melainkan {2} digit.";
    public const string NipBirthDate = "NIP {0} ({1}): delapan digit pertama bukan tanggal lahir yang sah.";
    public const string NipTmtMonth = "NIP {0} ({1}): bulan TMT CPNS tidak sah.";
    public const string NipTmtBeforeAdulthood = "NIP {0} ({1}): TMT CPNS kurang dari 18 tahun setelah tanggal lahir.";
    public const string NipGender = "NIP {0} ({1}): digit jenis kelamin harus 1 atau 2.";
    public const string NipSequence = "NIP {0} ({1}): nomor urut tidak boleh 000.";
    public const string UnitContradictsIndicator = "Satuan target \"{0}\" bertentangan dengan indikator \"{1}\" yang diukur dalam {2}.";
    public const string SasaranMissing = "Sasaran untuk indikator \"{0}\" tidak diisi.";
    public const string IndicatorMissing = "Indikator kinerja untuk sasaran \"{0}\" tidak diisi.";
    public const string TargetMissing = "Target untuk indikator \"{0}\" tidak diisi atau bukan angka.";
    public const string TargetDiffersInLampiran2 = "Target indikator \"{0}\" di Lampiran 2 ({1}) berbeda dengan Lampiran 1 ({2}).";
    public const string LampiranNamesOtherOfficial = "Judul {0} menyebut \"{1}\", padahal Pihak Pertama adalah {2}.";
    public const string BudgetProgramNotReconciled = "Anggaran {0} {1} tidak sama dengan jumlah kegiatannya {2} (selisih {3}).";
    public const string BudgetKegiatanNotReconciled = "Anggaran kegiatan {0} {1} tidak sama dengan jumlah sub kegiatannya {2} (selisih {3}).";
    public const string BudgetKegiatanExceeded = "Jumlah sub kegiatan {0} dalam perjanjian ini ({1}) melebihi anggaran kegiatannya {2} (selisih {3}).";
    public const string BudgetAmountsDisagree = "Anggaran \"{0}\" tertulis {1} di satu perjanjian dan {2} di perjanjian lain.";
    public const string BudgetLineUnknown = "\"{0}\" tidak ditemukan dalam katalog nomenklatur; tidak dapat direkonsiliasi.";
    public const string NameSpelledDifferently = "NIP {0} tertulis dengan nama \"{1}\" dan \"{2}\".";
    public const string NameSpelledDifferentlyNoNip = "{0} tertulis dengan nama \"{1}\" dan \"{2}\".";
    public const string SecondPartyNotSuperior = "Pihak Kedua ({0}) bukan atasan langsung {1}; seharusnya {2}.";
    public const string DocumentEmpty = "Berkas kosong.";
    public const string NotAnAgreement = "Bukan dokumen Perjanjian Kinerja: tidak ada kalimat pembuka \"Dalam rangka mewujudkan manajemen pemerintahan ...\".";
    public const string PartiesMissing = "Perjanjian yang dimulai di baris {0} tidak memuat Nama dan Jabatan Pihak Pertama dan Pihak Kedua.";
    public const string OfficeMissing = "Perjanjian yang dimulai di baris {0} tidak menyebut perangkat daerahnya (mis. \"KECAMATAN ...\").";
    public const string YearMissing = "Perjanjian di baris {0} tidak menyebut tahun maupun tanggal penandatanganan.";
    public const string UnplacedText = "Baris tidak dapat ditempatkan: \"{0}\".";
}
