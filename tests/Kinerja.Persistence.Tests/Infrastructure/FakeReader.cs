using Kinerja.Documents;
using Kinerja.Documents.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>
/// Stands in for <see cref="AgreementDocumentImporter"/> while the text reader is being written: a document's text
/// names which agreements it holds; every read builds fresh instances, as a real reader does.
/// </summary>
internal sealed class FakeReader
{
    private readonly Dictionary<string, Func<IReadOnlyList<Agreement>>> documents = new(StringComparer.Ordinal);

    /// <summary>The findings each agreement gets; by default <see cref="TestAgreements.FindingsFor"/>.</summary>
    public Func<Agreement, IReadOnlyList<Finding>> Findings { get; set; } = TestAgreements.FindingsFor;

    /// <summary>The context each read was given, in order.</summary>
    public List<IReadOnlyList<Agreement>> Contexts { get; } = [];

    public FakeReader Document(string text, params Func<Agreement>[] agreements)
    {
        documents[text] = () => agreements.Select(build => build()).ToList();
        return this;
    }

    public ImportedDocument Import(string text, string sourceName, IReadOnlyList<Agreement> context)
    {
        Contexts.Add(context);
        if (!documents.TryGetValue(text, out var build))
            return new ImportedDocument(sourceName, [], new Dictionary<Guid, IReadOnlyList<Finding>>(), new ReadFailure(sourceName, 1, "Bukan dokumen Perjanjian Kinerja."));

        var agreements = build();
        foreach (var agreement in agreements)
            agreement.ReadFromFile(sourceName);
        return new ImportedDocument(sourceName, agreements, agreements.ToDictionary(a => a.Id, Findings), null);
    }
}
