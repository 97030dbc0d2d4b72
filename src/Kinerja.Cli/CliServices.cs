using Kinerja.Application.Hosting;
using Kinerja.Documents;
using Kinerja.Documents.Nomenclature;
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

    private static KinerjaDatabaseOptions DefaultDatabaseOptions(string? connection)
    {
        if (!string.IsNullOrWhiteSpace(connection))
            return KinerjaDatabaseOptions.FromConnectionString(connection);

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return KinerjaDatabaseOptions.FromConfiguration(configuration, KinerjaPaths.Root(Directory.GetCurrentDirectory()));
    }
}
