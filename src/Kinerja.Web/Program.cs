using Kinerja.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKinerja();

var app = builder.Build();
await app.InitializeKinerjaAsync();
app.UseKinerja();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it (WebApplicationFactory).</summary>
public partial class Program
{
}
