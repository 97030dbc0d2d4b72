using System.Text;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// Refuses common passwords wherever a password is set (the one-time set-up, the administrator's page, the user's own
/// change, the command line): Identity runs it with its other password rules. The list and its sources are in
/// Resources/common-passwords.txt (embedded). A password is common when its core is on the list: lower-cased, without
/// leading and trailing digits and punctuation, with common letter swaps undone, so that "Password12",
/// "p@ssw0rd2025" and "2025indonesia!" are refused like "password" and "indonesia".
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<KinerjaUser>
{
    private const string ResourceName = "Kinerja.Application.Features.Accounts.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<KinerjaUser> manager, KinerjaUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = AccountMessages.CommonPassword })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var lowered = password.Trim().ToLowerInvariant();
        return Words.Value.Contains(lowered) || Words.Value.Contains(Core(lowered));
    }

    /// <summary>The password without leading and trailing digits and punctuation, common letter swaps undone.</summary>
    internal static string Core(string lowered)
    {
        var core = lowered.Trim(Decoration);
        var text = new StringBuilder(core.Length);
        foreach (var c in core)
        {
            text.Append(c switch
            {
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                _ => c,
            });
        }

        return text.ToString();
    }

    private static readonly char[] Decoration = "0123456789!@#$%^&*()-_=+.,;:?/\\|~`'\" ".ToCharArray();

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Missing embedded resource " + ResourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
                words.Add(word.ToLowerInvariant());
        }

        return words;
    }
}
