using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>Identity's validation messages in Indonesian.</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Terjadi kesalahan pada akun.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), Format("Nama pengguna \"{0}\" sudah dipakai.", userName));

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), Format("Nama pengguna \"{0}\" tidak sah: gunakan huruf, angka, titik, tanda hubung atau garis bawah.", userName ?? string.Empty));

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), Format("Kata sandi paling sedikit {0} karakter.", length));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Kata sandi harus memuat angka.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Kata sandi harus memuat huruf kecil.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Kata sandi harus memuat huruf besar.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat tanda baca.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), Format("Kata sandi harus memuat paling sedikit {0} karakter yang berbeda.", uniqueChars));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), Format("Pengguna sudah berperan {0}.", role));

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Akun telah diubah orang lain; muat ulang halaman lalu coba lagi.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    private static string Format(string format, object argument) => string.Format(CultureInfo.InvariantCulture, format, argument);
}
