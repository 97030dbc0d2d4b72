using Kinerja.Documents;
using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Rules;

namespace Kinerja.Cli;

/// <summary>What the commands need from outside: the importer and where the database is. Tests may replace parts.</summary>
public sealed class CliServices
{
    /// <summary>The document pipeline: the text reader and the checker with the default nomenclature catalogue.</summary>
    public Func<AgreementDocumentImporter> CreateImporter { get; init; } =
        () => new AgreementDocumentImporter(new AgreementChecker(DefaultNomenclature.Load()));
}
