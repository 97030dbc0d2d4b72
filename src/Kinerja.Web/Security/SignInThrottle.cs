using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using Kinerja.Application.Features.Accounts;
using Kinerja.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Security;

/// <summary>
/// How the sign-in form resists guessing without letting anyone lock a real user out.
/// <list type="number">
/// <item>Per client address (the forwarded one behind a configured proxy, <see cref="KinerjaWebOptions.TrustedProxies"/>):
/// a token bucket of <see cref="KinerjaWebOptions.SignInAttemptsPerMinute"/> attempts a minute; beyond it the form
/// answers 429 without checking anything.</item>
/// <item>Per account name and client address: after <see cref="IdentitySetup.MaxFailedSignIns"/> wrong passwords
/// within <see cref="IdentitySetup.LockoutDuration"/>, that address may not try that name again until the period
/// after its last failure has passed, even with the right password. Another address (the real user's office) is not
/// affected, so an attacker cannot lock the administrator out; the account itself is never locked by failures
/// (only the administrator locks accounts). Counted for unknown names as for real ones, so the answer does not
/// tell which exist.</item>
/// </list>
/// Both are kept in the memory of each instance: with several instances an attacker gets the allowance once per
/// instance, which keeps guessing slow; the password rules (length, no common password) do the rest.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    /// <summary>Beyond this many tracked name-and-address pairs, expired ones are dropped before a new one is added.</summary>
    private const int PruneAbove = 10_000;

    private readonly TimeProvider clock;
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly ConcurrentDictionary<(string Name, string Address), Failures> failures = new();

    public SignInThrottle(IOptions<KinerjaWebOptions> options, TimeProvider clock)
    {
        this.clock = clock;
        var permits = Math.Max(1, options.Value.SignInAttemptsPerMinute);
        perAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = permits,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>The address a request comes from, as the forwarded-headers middleware left it.</summary>
    public static string AddressOf(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : IPAddress.None.ToString();

    /// <summary>Takes one attempt from the address's allowance; false when it is used up.</summary>
    public bool TryAttempt(string address)
    {
        using var lease = perAddress.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    /// <summary>True when <paramref name="address"/> has failed too often for <paramref name="userName"/> lately.</summary>
    public bool IsBlocked(string userName, string address)
    {
        if (!failures.TryGetValue(Key(userName, address), out var entry))
            return false;
        lock (entry)
            return entry.Count >= IdentitySetup.MaxFailedSignIns && clock.GetUtcNow() < entry.Last + IdentitySetup.LockoutDuration;
    }

    public void RecordFailure(string userName, string address)
    {
        var now = clock.GetUtcNow();
        if (failures.Count > PruneAbove)
            Prune(now);
        var entry = failures.GetOrAdd(Key(userName, address), _ => new Failures());
        lock (entry)
        {
            if (now >= entry.Last + IdentitySetup.LockoutDuration)
                entry.Count = 0;
            entry.Count++;
            entry.Last = now;
        }
    }

    public void RecordSuccess(string userName, string address) => failures.TryRemove(Key(userName, address), out _);

    public void Dispose() => perAddress.Dispose();

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in failures)
        {
            bool expired;
            lock (entry)
                expired = now >= entry.Last + IdentitySetup.LockoutDuration;
            if (expired)
                failures.TryRemove(key, out _);
        }
    }

    private static (string, string) Key(string userName, string address) => (userName.Trim().ToUpperInvariant(), address);

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset Last { get; set; }
    }
}
