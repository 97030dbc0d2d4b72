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

    /// <summary>Migrates the database, seeds the nomenclature catalogue, and imports the samples into an empty database.</summary>
    public static async Task InitializeKinerjaAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<InitializeDatabase>().ExecuteAsync();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KinerjaWebHost));
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

    public static WebApplication UseKinerja(this WebApplication app)
    {
        // The developer exception page that WebApplication adds in Development sits outside this handler, so it sees
        // no exception unless explicitly asked for (KinerjaWebOptions.DeveloperExceptionPage).
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KinerjaWebOptions>>().Value;
        if (!options.DeveloperExceptionPage)
            app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapRazorPages();
        return app;
    }
}
