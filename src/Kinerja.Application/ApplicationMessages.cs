namespace Kinerja.Application;

/// <summary>
/// The messages of the use cases, in Indonesian, in one place. Placeholders are
/// <see cref="string.Format(IFormatProvider, string, object[])"/> arguments.
/// </summary>
public static class ApplicationMessages
{
    public const string DuplicateAgreement = "{0}: dokumen memuat lebih dari satu perjanjian {1} untuk jabatan \"{2}\" tahun {3}; tidak ada yang disimpan.";
    public const string ImportNotAllowed = "Hanya operator kantor dan administrator yang dapat mengimpor dokumen PK.";
    public const string ImportOtherOffice = "{0}: dokumen memuat perjanjian {1}; operator hanya dapat mengimpor perjanjian kantornya sendiri. Tidak ada yang disimpan.";
    public const string ImportRefused = "{0}: tidak ada yang disimpan; {1} perjanjian yang tersimpan tidak dapat diganti oleh impor (lihat keterangannya).";
    public const string StoreFailed = "{0}: perjanjian tidak dapat disimpan, basis data tidak diubah ({1}).";
    public const string NotFound = "Data tidak ditemukan.";
    public const string Forbidden = "Anda tidak berwenang melakukan tindakan ini.";
    public const string AgreementExists = "Perjanjian Kinerja {0} tahun {1} sudah ada.";
    public const string AgreementAlreadyAmended = "Perjanjian ini sudah memiliki Perjanjian Kinerja Perubahan; ubahlah versi terbarunya.";
    public const string OfficeExists = "Kantor \"{0}\" sudah ada.";
    public const string PositionExists = "Jabatan \"{0}\" sudah ada di kantor ini.";
    public const string NipTaken = "NIP {0} sudah dipakai oleh pegawai lain.";
    public const string RegionRequired = "Daerah wajib dipilih.";
    public const string SuperiorNotFound = "Jabatan atasan tidak ditemukan.";
    public const string PersonNotFound = "Pegawai tidak ditemukan.";
    public const string PositionNotFound = "Jabatan tidak ditemukan.";
    public const string YearOutOfRange = "Tahun {0} di luar rentang yang sah.";
    public const string NomenclatureCodeTaken = "Kode {0} sudah dipakai oleh \"{1}\".";
    public const string NomenclatureCodeHasChildren = "Kode {0} tidak dapat diubah: {1} entri lain menyebutnya sebagai induk.";
    public const string NomenclatureParentUnknown = "Induk {0} dengan kode {1} belum ada di katalog; tambahkan dulu.";
    public const string NomenclatureImportParentMissing = "{0}: induk {1} dengan kode {2} tidak ada di berkas maupun di katalog.";

    public const string WorkbookOtherOffice = "PK {0} pada buku kerja milik {1} tahun {2}, bukan {3} tahun {4}.";
    public const string WorkbookSigned = "{0}: sudah ditandatangani; buat PK Perubahan untuk mengubahnya.";
    public const string WorkbookApplied = "{0}: {1} perubahan disimpan.";
    public const string WorkbookNewAgreement = "{0}: PK baru pada buku kerja tidak dibuat dari sini; buat PK-nya lebih dulu.";
    public const string WorkbookSasaranMissing = "{0}: sasaran \"{1}\" tidak ada pada PK; indikator \"{2}\" tidak ditambahkan.";
    public const string WorkbookFailed = "{0}: {1}";
}
