using System.Security.Cryptography;

namespace Kinerja.Web.Security;

/// <summary>
/// The one-time token that lets the first administrator be created in the browser (<c>/persiapan</c>). Made at start
/// when no administrator exists, printed in the log, held only in memory, and spent by its first use.
/// </summary>
public sealed class SetupToken
{
    private readonly Lock gate = new();
    private string? token;
    private string? spent;

    public bool IsOpen
    {
        get
        {
            lock (gate)
                return token is not null;
        }
    }

    public string Open()
    {
        lock (gate)
        {
            token ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
            return token;
        }
    }

    /// <summary>True when <paramref name="candidate"/> is the open token (constant-time comparison).</summary>
    public bool Matches(string? candidate)
    {
        lock (gate)
            return MatchesHeld(candidate);
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is the token that was open before it was spent: a request that lost the
    /// race (or a second tab) is told the link has been used rather than that the page does not exist.
    /// </summary>
    public bool WasSpent(string? candidate)
    {
        lock (gate)
            return Equal(spent, candidate);
    }

    private bool MatchesHeld(string? candidate) => Equal(token, candidate);

    private static bool Equal(string? held, string? candidate) =>
        held is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(held), System.Text.Encoding.ASCII.GetBytes(candidate));

    public void Close()
    {
        lock (gate)
        {
            spent = token ?? spent;
            token = null;
        }
    }
}
