namespace Kinerja.Persistence;

/// <summary>The messages of the persistence adapter, in Indonesian, in one place.</summary>
public static class PersistenceMessages
{
    public const string UnknownProvider = "Penyedia basis data \"{0}\" tidak dikenal; gunakan \"sqlite\" atau \"postgres\".";
    public const string ConnectionStringMissing = "String koneksi PostgreSQL belum diatur (Database:ConnectionString).";
    public const string ConnectionEmpty = "String koneksi atau berkas basis data kosong.";
    public const string SystemUser = "sistem";

    public const string BackupTargetExists = "Berkas cadangan \"{0}\" sudah ada; pilih nama lain (cadangan lama tidak ditimpa).";
    public const string BackupFolderMissing = "Folder \"{0}\" tidak ada; buat dulu folder untuk cadangan.";
    public const string BackupDatabaseMissing = "Basis data SQLite \"{0}\" tidak ditemukan; periksa path --db. Tidak ada cadangan yang dibuat.";
    public const string BackupNotKinerja = "\"{0}\" bukan basis data Kinerja (tabel riwayat migrasi tidak ada).";
    public const string BackupFileMissing = "Berkas cadangan \"{0}\" tidak ditemukan.";
    public const string BackupNotRecognised = "\"{0}\" bukan cadangan Kinerja: bukan berkas SQLite maupun hasil pg_dump --format=custom.";
    public const string BackupSqliteIntoPostgres = "Cadangan ini berkas SQLite; cadangan SQLite hanya dapat dipulihkan ke basis data SQLite.";
    public const string BackupPostgresIntoSqlite = "Cadangan ini hasil pg_dump; cadangan PostgreSQL hanya dapat dipulihkan ke basis data PostgreSQL.";
    public const string BackupDamaged = "Cadangan \"{0}\" rusak ({1}); basis data tujuan tidak diubah.";
    public const string BackupNewerSchema = "Cadangan berasal dari versi Kinerja yang lebih baru (migrasi {0} tidak dikenal); perbarui Kinerja dulu. Basis data tujuan tidak diubah.";
    public const string BackupTargetNotEmpty = "Basis data tujuan sudah berisi data ({0}); tidak ada yang diubah. Tambahkan --overwrite untuk menggantinya dengan isi cadangan.";
    public const string BackupCannotConnect = "Basis data PostgreSQL tujuan tidak dapat dihubungi; periksa string koneksi dan pastikan basis datanya sudah dibuat.";
    public const string BackupToolMissing = "Program {0} tidak ditemukan; pasang paket postgresql-client (Debian) atau atur KINERJA_PG_BIN ke folder bin PostgreSQL.";
    public const string BackupToolFailed = "{0} gagal (kode {1}): {2}";
}
