using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>The web application on a real Kestrel port on loopback, for a browser to reach.</summary>
public sealed class KinerjaServer : IAsyncDisposable
{
    private readonly KinerjaWebFactory factory;

    public KinerjaServer(TestDatabase database, bool importSamples = true, TimeProvider? clock = null)
    {
        factory = new KinerjaWebFactory(database, importSamples, clock);
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => factory.Services;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
