using Kinerja.Application.Hosting;
using Kinerja.Documents;
using Kinerja.Documents.Nomenclature;
using Kinerja.Documents.Pdf;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.Extensions.Configuration;

namespace Kinerja.Cli;

/// <summary>What the commands need from outside: the importer and where the database is. Tests may replace parts.</summary>
public sealed class CliServices
{
    /// <summary>The document pipeline: the text reader and the checker with the default nomenclature catalogue.</summary>
    public Func<AgreementDocumentImporter> CreateImporter { get; init; } =
        () => new AgreementDocumentImporter(new AgreementChecker(DefaultNomenclature.Load()));

    /// <summary>
    /// The database for <c>--db CONNECTION</c> when given, else the configured one: environment variables
    /// <c>Database__Provider</c>, <c>Database__ConnectionString</c>, by default the SQLite file <c>data/kinerja.db</c>
    /// under the repository root (the same file the web application uses).
    /// </summary>
    public Func<string?, KinerjaDatabaseOptions> DatabaseOptions { get; init; } = DefaultDatabaseOptions;

    /// <summary>
    /// Reads a new password: at a terminal, twice without echo (null when they differ); from a pipe, the first line.
    /// Null when empty. Prompts go to the error writer so that standard output stays clean.
    /// </summary>
    public Func<TextWriter, string?> ReadPassword { get; init; } = ReadPasswordFromConsole;

    /// <summary>
    /// Who the export acts as: the system. The CLI runs on the server with direct access to the database (whoever
    /// can run it can read the database file or its connection string anyway), so it reads every agreement, as an
    /// administrator does; access rules guard the web, where users are remote.
    /// </summary>
    public Actor Actor { get; init; } = Actor.With([Role.Administrator], name: "kinerja (baris perintah)");

    /// <summary>Headless Chromium for <c>export --format pdf</c>: <c>/usr/bin/chromium</c> by default.</summary>
    public PdfRendererOptions PdfRenderer { get; init; } = new();

    /// <summary>
    /// The address the QR code of printed documents points to: <c>Kinerja__PublicBaseUrl</c>, else
    /// <c>http://localhost:5000</c> (the web application's default address).
    /// </summary>
    public string PublicBaseUrl { get; init; } =
        Environment.GetEnvironmentVariable("Kinerja__PublicBaseUrl") is { Length: > 0 } url ? url : "http://localhost:5000";

    /// <summary>
    /// The date printed on generated documents: today in the region's time zone, <c>Kinerja__TimeZone</c> (WIB, WITA or
    /// WIT; WITA when unset), as the web application reads it.
    /// </summary>
    public TimeProvider Clock { get; init; } =
        new RegionClock(TimeProvider.System, RegionTime.FromSetting(Environment.GetEnvironmentVariable("Kinerja__TimeZone")));

    /// <summary>
    /// The database of <c>--db CONNECTION</c> (or the configured one) for a command; null, with the Indonesian reason
    /// written to <paramref name="error"/>, when the connection cannot be used.
    /// </summary>
    internal KinerjaDatabaseOptions? ResolveDatabase(string? connection, TextWriter error)
    {
        try
        {
            return DatabaseOptions(connection);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            error.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, CliMessages.DatabaseFailed, connection ?? string.Empty, e.Message));
            return null;
        }
    }

    private static string? ReadPasswordFromConsole(TextWriter prompt)
    {
        if (Console.IsInputRedirected)
            return NullIfEmpty(Console.In.ReadLine());

        prompt.Write(CliMessages.AdminPasswordPrompt);
        var first = ReadHidden();
        prompt.WriteLine();
        prompt.Write(CliMessages.AdminPasswordRepeatPrompt);
        var second = ReadHidden();
        prompt.WriteLine();
        return first == second ? NullIfEmpty(first) : null;
    }

    private static string ReadHidden()
    {
        var text = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                    text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        return text.ToString();
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static KinerjaDatabaseOptions DefaultDatabaseOptions(string? connection)
    {
        if (!string.IsNullOrWhiteSpace(connection))
            return KinerjaDatabaseOptions.FromConnectionString(connection);

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return KinerjaDatabaseOptions.FromConfiguration(configuration, KinerjaPaths.Root(Directory.GetCurrentDirectory()));
    }
}
