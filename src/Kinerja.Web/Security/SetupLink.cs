namespace Kinerja.Web.Security;

/// <summary>
/// The full address of the one-time set-up page (<c>/persiapan?token=…</c>) on each address the server listens on,
/// as a browser opens it: a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) becomes <c>localhost</c>.
/// </summary>
public static class SetupLink
{
    public const string Path = "/persiapan";

    public static IReadOnlyList<string> For(IEnumerable<string> listeningAddresses, string token) =>
        listeningAddresses.Select(address => Root(address) + Relative(token)).Distinct().ToList();

    /// <summary>The roots (scheme, host, port) of the listening addresses as a browser opens them.</summary>
    public static IReadOnlyList<string> Roots(IEnumerable<string> listeningAddresses) =>
        listeningAddresses.Select(Root).Distinct().ToList();

    /// <summary>The path alone, for a server that does not say where it listens (an in-memory test server).</summary>
    public static string Relative(string token) => Path + "?token=" + Uri.EscapeDataString(token);

    private static string Root(string address)
    {
        var trimmed = address.TrimEnd('/');
        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
            return trimmed;
        var scheme = trimmed[..(schemeEnd + 3)];
        var hostAndPort = trimmed[(schemeEnd + 3)..];
        var portStart = hostAndPort.LastIndexOf(':');
        var (host, port) = portStart > hostAndPort.LastIndexOf(']') && portStart >= 0
            ? (hostAndPort[..portStart], hostAndPort[portStart..])
            : (hostAndPort, string.Empty);
        return host is "0.0.0.0" or "[::]" or "+" or "*" ? scheme + "localhost" + port : trimmed;
    }
}
