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

    /// <summary>Spends the token: true for the one caller that presented it first.</summary>
    public bool TrySpend(string? candidate)
    {
        lock (gate)
        {
            if (!MatchesHeld(candidate))
                return false;
            token = null;
            return true;
        }
    }

    private bool MatchesHeld(string? candidate) =>
        token is not null && candidate is not null
            && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(token), System.Text.Encoding.ASCII.GetBytes(candidate));

    public void Close()
    {
        lock (gate)
            token = null;
    }
}
