using Kinerja.Application;
using Kinerja.Application.Features.Samples;
using Kinerja.Application.Features.Setup;
using Kinerja.Application.Hosting;
using Kinerja.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Kinerja.Web.Hosting;

/// <summary>How the web host is put together: services, start-up work and the request pipeline.</summary>
public static class KinerjaWebHost
{
    public static WebApplicationBuilder AddKinerja(this WebApplicationBuilder builder)
    {
        var root = KinerjaPaths.Root(builder.Environment.ContentRootPath);
        builder.Services.AddKinerjaPersistence(builder.Configuration, root);

        // One clock for the application, in the region's time zone (Kinerja:TimeZone): "today" is computed from it only.
        var region = KinerjaWebOptions.RegionTimeOf(builder.Configuration);
        builder.Services.AddSingleton(region);
        builder.Services.AddSingleton<TimeProvider>(new Domain.Common.RegionClock(TimeProvider.System, region));
        builder.Services.AddKinerjaApplication();
        builder.Services.Configure<KinerjaWebOptions>(builder.Configuration.GetSection(KinerjaWebOptions.SectionName));
        builder.Services.PostConfigure<KinerjaWebOptions>(options =>
            options.SamplesDirectory = Path.GetFullPath(
                string.IsNullOrWhiteSpace(options.SamplesDirectory) ? KinerjaPaths.Samples(root) : options.SamplesDirectory, root));
        builder.Services.AddKinerjaIdentity();
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<KinerjaWebOptions>>((forwarded, web) => ConfigureForwardedHeaders(forwarded, web.Value));
        builder.Services.AddScoped<Documents.AgreementDocuments>();
        builder.Services.AddSingleton(services => new Kinerja.Documents.Pdf.PdfRenderer(new Kinerja.Documents.Pdf.PdfRendererOptions
        {
            ExecutablePath = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KinerjaWebOptions>>().Value.ChromiumPath,
        }));
        builder.Services.AddRazorPages(options =>
        {
            // Signed-in users only, except what the public may read.
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToFolder("/Status");
            options.Conventions.AllowAnonymousToFolder("/Publik");
            options.Conventions.AllowAnonymousToFolder("/Kantor");
            options.Conventions.AllowAnonymousToPage("/Akun/Masuk");
            options.Conventions.AllowAnonymousToPage("/Akun/Persiapan");
        });
        builder.Services.PostConfigure<MvcOptions>(UseIndonesianValidationMessages);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddSingleton<DatabaseStartup>();
        return builder;
    }

    /// <summary>
    /// A value that cannot be bound (a tampered id "abc", a date "31-02-2025", a number "1.2.3", a missing value) and
    /// a DataAnnotations attribute without a message of its own answer in Indonesian (<see cref="WebMessages"/>).
    /// </summary>
    internal static void UseIndonesianValidationMessages(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(name => Format(WebMessages.BindingValueMissingFor, name));
        messages.SetMissingKeyOrValueAccessor(() => WebMessages.BindingValueMissing);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => WebMessages.BindingBodyMissing);
        messages.SetValueMustNotBeNullAccessor(_ => WebMessages.BindingValueMissing);
        messages.SetAttemptedValueIsInvalidAccessor((value, name) => Format(WebMessages.BindingValueInvalidFor, value, name));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Format(WebMessages.BindingValueInvalid, value));
        messages.SetUnknownValueIsInvalidAccessor(name => Format(WebMessages.BindingUnknownValueInvalidFor, name));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => WebMessages.BindingUnknownValueInvalid);
        messages.SetValueIsInvalidAccessor(value => Format(WebMessages.BindingValueInvalid, value));
        messages.SetValueMustBeANumberAccessor(name => Format(WebMessages.BindingNumberRequiredFor, name));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => WebMessages.BindingNumberRequired);
        options.ModelMetadataDetailsProviders.Add(new IndonesianValidationMetadataProvider());
    }

    private static string Format(string format, params object?[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arguments);

    /// <summary>
    /// Believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from <see cref="KinerjaWebOptions.TrustedProxies"/>
    /// only (addresses or CIDR networks); the Host header is never taken from a proxy.
    /// </summary>
    internal static void ConfigureForwardedHeaders(Microsoft.AspNetCore.Builder.ForwardedHeadersOptions forwarded, KinerjaWebOptions web)
    {
        forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
            | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in web.TrustedProxies)
        {
            if (System.Net.IPNetwork.TryParse(proxy, out var network))
                forwarded.KnownIPNetworks.Add(network);
            else if (System.Net.IPAddress.TryParse(proxy, out var address))
                forwarded.KnownProxies.Add(address);
            else
                throw new InvalidOperationException($"Kinerja:TrustedProxies: \"{proxy}\" is neither an address nor a network (e.g. 10.0.0.0/8).");
        }
    }

    /// <summary>
    /// Migrates the database, seeds the nomenclature catalogue, and imports the samples into an empty database. When
    /// the database cannot be reached, the application starts anyway (pages answer 503) and this work is retried in
    /// the background with growing pauses (<see cref="DatabaseStartup"/>).
    /// </summary>
    public static async Task InitializeKinerjaAsync(this WebApplication app)
    {
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KinerjaWebHost));
        try
        {
            startup.CountAttempt();
            await InitializeOnceAsync(app, logger);
            startup.MarkReady();
        }
        catch (Exception e) when (DatabaseStartup.IsUnavailable(e))
        {
            logger.LogWarning(
                "Basis data tidak dapat dihubungi saat mulai ({Message}). Halaman menjawab 503 (pemeliharaan) sambil mencoba lagi.", e.Message);
            _ = Task.Run(() => RetryAsync(app, startup, logger, app.Lifetime.ApplicationStopping));
        }
    }

    private static async Task RetryAsync(WebApplication app, DatabaseStartup startup, ILogger logger, CancellationToken stopping)
    {
        var pause = DatabaseStartup.FirstPause;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(pause, stopping);
                startup.CountAttempt();
                await InitializeOnceAsync(app, logger);
                startup.MarkReady();
                logger.LogInformation("Basis data tersambung setelah {Attempts} percobaan; Kinerja siap.", startup.Attempts);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (DatabaseStartup.IsUnavailable(e))
            {
                pause = DatabaseStartup.NextPause(pause);
                logger.LogWarning("Basis data masih belum dapat dihubungi ({Message}); mencoba lagi dalam {Seconds} detik.", e.Message, pause.TotalSeconds);
            }
        }
    }

    private static async Task InitializeOnceAsync(WebApplication app, ILogger logger)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<InitializeDatabase>().ExecuteAsync();
        await KinerjaIdentity.OpenSetupWhenNeededAsync(app, services, logger);

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KinerjaWebOptions>>().Value;
        if (!options.ImportSamples || options.SamplesDirectory is null)
            return;

        var result = await services.GetRequiredService<ImportSamples>().ExecuteAsync(options.SamplesDirectory);
        if (result is null)
            return;
        foreach (var file in result.Files)
        {
            if (file.Failure is { } failure)
                logger.LogWarning("Sample {File} not imported: {Failure}", file.SourceName, failure);
            else
                logger.LogInformation("Sample {File}: {Count} agreements imported", file.SourceName, file.Agreements.Count);
        }
    }

    /// <summary>
    /// Until the start-up work is done (<see cref="DatabaseStartup"/>), every page but <c>/health</c> answers 503 with
    /// the maintenance page and <c>Retry-After</c>; the status page itself is let through.
    /// </summary>
    private static Task AnswerMaintenanceUntilTheDatabaseIsReady(HttpContext context, RequestDelegate next)
    {
        var startup = context.RequestServices.GetRequiredService<DatabaseStartup>();
        if (startup.IsReady || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
            return next(context);

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "30";
        return Task.CompletedTask;
    }

    public static WebApplication UseKinerja(this WebApplication app)
    {
        // The developer exception page that WebApplication adds in Development sits outside this handler, so it sees
        // no exception unless explicitly asked for (KinerjaWebOptions.DeveloperExceptionPage).
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KinerjaWebOptions>>().Value;
        // First the client's real address and scheme behind a trusted proxy (sign-in limits, Secure cookies), then
        // the headers every response carries, errors and static files included.
        if (options.TrustedProxies.Count > 0)
            app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!options.DeveloperExceptionPage)
            app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseStaticFiles();
        app.Use(AnswerMaintenanceUntilTheDatabaseIsReady);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapRazorPages();
        return app;
    }
}
