namespace Kinerja.Persistence;

/// <summary>The messages of the persistence adapter, in Indonesian, in one place.</summary>
public static class PersistenceMessages
{
    public const string UnknownProvider = "Penyedia basis data \"{0}\" tidak dikenal; gunakan \"sqlite\" atau \"postgres\".";
    public const string ConnectionStringMissing = "String koneksi PostgreSQL belum diatur (Database:ConnectionString).";
    public const string ConnectionEmpty = "String koneksi atau berkas basis data kosong.";
    public const string SystemUser = "sistem";
}
