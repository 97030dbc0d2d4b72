using Kinerja.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Hosting;

/// <summary>
/// The address printed in QR codes and absolute links. Never the Host header of an arbitrary request, which anyone can
/// set: <see cref="KinerjaWebOptions.PublicBaseUrl"/> when configured (what a deployment should do); else, when
/// <c>AllowedHosts</c> names the hosts (host filtering then refuses requests for any other host), the request's own
/// host; else the address the server listens on (<c>http://localhost:5000</c> on a developer's machine).
/// </summary>
public sealed class PublicAddress(IOptions<KinerjaWebOptions> options, IConfiguration configuration, IServer server)
{
    public string BaseUrl(HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            return options.Value.PublicBaseUrl.TrimEnd('/');
        if (HostsAreFiltered(configuration))
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return (SetupLink.Roots(listening).FirstOrDefault() ?? "http://localhost") + request.PathBase;
    }

    /// <summary>True when <c>AllowedHosts</c> lists hosts rather than allowing any (<c>*</c>, the default).</summary>
    public static bool HostsAreFiltered(IConfiguration configuration)
    {
        var hosts = configuration["AllowedHosts"];
        return !string.IsNullOrWhiteSpace(hosts)
            && hosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(h => h != "*");
    }
}
