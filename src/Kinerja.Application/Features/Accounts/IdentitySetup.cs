using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// The account rules shared by the web host and the command line: password strength, lockout after failed sign-ins,
/// unique user names, and the Identity role name of each <see cref="Role"/>.
/// </summary>
public static class IdentitySetup
{
    public const int MinimumPasswordLength = 10;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
    }

    /// <summary>The password rules beyond <see cref="Configure"/>: no common password (<see cref="CommonPasswordValidator"/>).</summary>
    public static IdentityBuilder AddKinerjaPasswordRules(this IdentityBuilder builder) =>
        builder.AddPasswordValidator<CommonPasswordValidator>();

    /// <summary>The Identity role name of <paramref name="role"/>: its English name, stable in the database.</summary>
    public static string RoleName(Role role) => role.ToString();

    public static bool TryParseRole(string name, out Role role) => Enum.TryParse(name, ignoreCase: false, out role);
}
