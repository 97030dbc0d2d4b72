using Kinerja.Persistence;
using Kinerja.Persistence.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// Server-side sign-in sessions (<see cref="UserSession"/>), kept in the database so that every instance sees the
/// same answer at once: a session starts at sign-in, is checked on every signed-in request (one look-up by primary
/// key), is moved on by the cookie's sliding expiration, and ends at sign-out. A renewed security stamp (new
/// password, changed role, locked account) ends all sessions of the account because the check compares the stamp
/// the cookie carries with the account's current one.
/// </summary>
public sealed class UserSessions(KinerjaDbContext db, TimeProvider clock)
{
    /// <summary>How long a session lives without use (the cookie's sliding expiration).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Starts a session for <paramref name="userId"/>; the one this browser held before (if any) ends, as do expired ones.</summary>
    public async Task<Guid> StartAsync(Guid userId, Guid? replacing, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (replacing is { } previous)
            await db.UserSessions.Where(s => s.Id == previous).ExecuteDeleteAsync(cancellationToken);
        await db.UserSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var session = new UserSession(userId, now, now + Lifetime);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }

    /// <summary>
    /// True while the session exists, has not expired, belongs to <paramref name="userId"/> and the account's security
    /// stamp is still <paramref name="securityStamp"/>.
    /// </summary>
    public Task<bool> IsActiveAsync(Guid sessionId, Guid userId, string securityStamp, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return db.UserSessions.AnyAsync(
            s => s.Id == sessionId && s.UserId == userId && s.ExpiresAt > now
                && db.Users.Any(u => u.Id == userId && u.SecurityStamp == securityStamp),
            cancellationToken);
    }

    /// <summary>Moves the session's end on (the cookie was renewed by its sliding expiration).</summary>
    public Task RenewAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var expiresAt = clock.GetUtcNow() + Lifetime;
        return db.UserSessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(s => s.ExpiresAt, expiresAt), cancellationToken);
    }

    /// <summary>Ends one session (sign-out): a copy of its cookie is refused from now on.</summary>
    public Task EndAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
}
