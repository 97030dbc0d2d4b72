namespace Kinerja.Application.Features.Accounts;

/// <summary>The messages of the account use cases, in Indonesian.</summary>
public static class AccountMessages
{
    public const string UserNameRequired = "Nama pengguna wajib diisi.";
    public const string DisplayNameRequired = "Nama lengkap wajib diisi.";
    public const string OfficeRequired = "Operator dan pejabat harus terhubung dengan satu kantor.";
    public const string PersonRequired = "Pejabat harus terhubung dengan pegawai yang menandatangani.";
    public const string OfficeUnknown = "Kantor yang dipilih tidak ada.";
    public const string PersonUnknown = "Pegawai yang dipilih tidak ada.";
    public const string PasswordsDiffer = "Kedua kata sandi tidak sama.";
    public const string SignInFailed = "Nama pengguna atau kata sandi salah.";
    public const string SetupAlreadyUsed = "Tautan persiapan ini sudah dipakai untuk membuat administrator pertama; masuk dengan akun administrator itu.";
    public const string LockedOut = "Terlalu banyak percobaan masuk yang gagal untuk akun ini dari alamat Anda; coba lagi dalam 15 menit.";
    public const string LockedByAdministrator = "Akun ini dikunci oleh administrator. Hubungi administrator (Bagian Organisasi) untuk membukanya.";
    public const string TooManyAttemptsFromAddress = "Terlalu banyak percobaan masuk dari alamat Anda; tunggu sebentar lalu coba lagi.";
    public const string CommonPassword = "Kata sandi ini termasuk kata sandi yang umum dipakai dan mudah ditebak; pilih yang lain.";
    public const string OwnAdministratorRole = "Anda tidak dapat mencabut peran administrator dari akun Anda sendiri.";
    public const string OwnAccountLock = "Anda tidak dapat mengunci akun Anda sendiri.";
    public const string PasswordRequired = "Kata sandi wajib diisi.";
    public const string CurrentPasswordRequired = "Kata sandi saat ini wajib diisi.";
    public const string NewPasswordSameAsCurrent = "Kata sandi baru harus berbeda dari kata sandi saat ini.";
}
