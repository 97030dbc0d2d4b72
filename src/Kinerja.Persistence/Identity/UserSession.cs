namespace Kinerja.Persistence.Identity;

/// <summary>
/// One signed-in browser session of an account. The sign-in cookie names it; a request is signed in only while its
/// row exists, has not expired and the account's security stamp is still the one the cookie carries. Signing out
/// deletes the row, so a copy of the cookie taken before stops working at once, on every instance that shares the
/// database; a new password, a changed role or a lock renew the stamp and so end all sessions of the account.
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
    }

    public UserSession(Guid userId, DateTimeOffset startedAt, DateTimeOffset expiresAt)
    {
        UserId = userId;
        StartedAt = startedAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid UserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Moved on when the cookie's sliding expiration renews it.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }
}
