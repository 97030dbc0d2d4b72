namespace Kinerja.Web.Pages.Admin;

/// <summary>The messages of the administrator's pages, in Indonesian, in one place. Placeholders are format arguments.</summary>
public static class AdminMessages
{
    public const string Required = "{0} wajib diisi.";
    public const string ConfirmRemoveAssignment = "Hapus penugasan {0}? Tindakan ini tidak dapat dibatalkan.";
    public const string ConfirmRemoveScale = "Hapus skala capaian yang berlaku mulai tahun {0}?";
    public const string ConfirmMergePeople = "Gabungkan pegawai yang dipilih? Penugasan, pihak PK dan akunnya dipindahkan ke pegawai yang dipertahankan, lalu datanya dihapus. Tindakan ini tidak dapat dibatalkan.";
    public const string ConfirmMergePosition = "Gabungkan jabatan yang dipilih ke {0}? Penugasan, bawahan dan pihak PK-nya dipindahkan ke jabatan ini, lalu jabatan itu dihapus. Tindakan ini tidak dapat dibatalkan.";
    public const string ConfirmLock = "Kunci akun ini? Pemiliknya tidak dapat masuk sampai akunnya dibuka kembali.";
    public const string RoleRequired = "Peran wajib dipilih.";
    public const string OfficeRequired = "Kantor wajib dipilih.";
    public const string PersonRequired = "Pegawai wajib dipilih.";
    public const string MergedPositionRequired = "Jabatan yang digabungkan wajib dipilih.";
    public const string KindRequired = "Jenis penugasan wajib dipilih.";
    public const string LevelRequired = "Tingkat wajib dipilih: program, kegiatan atau sub kegiatan.";
    public const string DateInvalid = "{0} bukan tanggal yang sah.";
    public const string UserCreated = "Akun {0} dibuat. Sampaikan kata sandinya kepada pengguna secara langsung.";
    public const string UserChanged = "Akun {0} diubah.";
    public const string UserLocked = "Akun {0} dikunci.";
    public const string UserUnlocked = "Akun {0} dibuka kembali.";
    public const string PasswordSet = "Kata sandi baru akun {0} disimpan. Sampaikan kepada pengguna secara langsung (bukan lewat surel).";
    public const string EntrySaved = "Entri {0} disimpan.";
    public const string NomenclatureFileMissing = "Pilih berkas nomenklatur (.csv) yang akan dimuat.";
    public const string NomenclatureFileNotCsv = "Berkas \"{0}\" bukan daftar nomenklatur CSV (.csv).";
    public const string NomenclatureLoaded = "Nomenklatur dari {0} dimuat: {1} entri ditambahkan, {2} diubah, {3} dihapus, {4} tetap.";
    public const string OfficeSaved = "Kantor {0} disimpan.";
    public const string PositionSaved = "Jabatan {0} disimpan.";
    public const string PersonSaved = "Pegawai {0} disimpan.";
    public const string PeopleMerged = "{0} digabungkan ke {1}.";
    public const string PositionsMerged = "{0} digabungkan ke jabatan ini.";
    public const string AssignmentSaved = "Penugasan disimpan.";
    public const string AssignmentDeleted = "Penugasan dihapus.";
    public const string BudgetApprovalSaved = "Tanggal pengesahan DPA {0} tahun {1} disimpan.";
    public const string ScaleSaved = "Skala capaian {0} yang berlaku mulai tahun {1} disimpan.";
    public const string ScaleRemoved = "Skala capaian yang berlaku mulai tahun {0} dihapus; tahun itu kembali memakai skala sebelumnya.";
    public const string PercentInvalid = "{0} \"{1}\" bukan angka yang sah, mis. 90,5.";
    public const string BandMinimum = "Batas bawah kategori ke-{0}";
    public const string DisplayCap = "Batas tampilan";
    public const string PreviewTarget = "Target";
    public const string PreviewRealisation = "Realisasi";
    public const string PreviewUndefined = "Capaian tidak dapat dihitung: target 0, atau realisasi 0 dengan rumus target ÷ realisasi.";
}
