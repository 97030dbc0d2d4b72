namespace Kinerja.Persistence.Identity;

/// <summary>
/// The one row that says the one-time set-up link has been used to create the first administrator. Its key is fixed
/// (<see cref="FirstAdministrator"/>), so of several simultaneous set-up requests, on one instance or several,
/// exactly one can insert it; the others' transactions fail before they create an account.
/// </summary>
public sealed class SetupClaim
{
    public const string FirstAdministrator = "first-administrator";

    private SetupClaim()
    {
    }

    public SetupClaim(string userName, DateTimeOffset claimedAt)
    {
        UserName = userName;
        ClaimedAt = claimedAt;
    }

    public string Id { get; private set; } = FirstAdministrator;

    public string UserName { get; private set; } = string.Empty;

    public DateTimeOffset ClaimedAt { get; private set; }
}
