using Kinerja.Documents.Docx;
using Kinerja.Documents.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents;

/// <summary>
/// Reads a PK document and checks it: the one pipeline behind <c>kinerja import</c>, <c>kinerja check</c> and the
/// browser upload. a context list holds agreements already known for the same offices (e.g. stored
/// ones), so that reconciliation spans all agreements of an office and year.
/// </summary>
public sealed class AgreementDocumentImporter(AgreementChecker checker)
{
    public ImportedDocument Import(string text, string sourceName, IReadOnlyList<Agreement>? context = null)
    {
        var read = TextAgreementReader.Read(text, sourceName);
        if (read.Failure is not null)
            return new ImportedDocument(sourceName, [], new Dictionary<Guid, IReadOnlyList<Finding>>(), read.Failure);

        checker.AssignCodes(read.Agreements);

        var all = read.Agreements.Concat((context ?? []).Where(c => read.Agreements.All(a => a.Key != c.Key))).ToList();
        LinkAmendments(read.Agreements, all);
        var checkedFindings = checker.Check(all);
        var findings = new Dictionary<Guid, IReadOnlyList<Finding>>();
        foreach (var agreement in read.Agreements)
        {
            var reading = read.ReadingFindings.TryGetValue(agreement.Id, out var r) ? r : [];
            var rules = checkedFindings.TryGetValue(agreement.Id, out var c) ? c : [];
            findings[agreement.Id] = reading.Concat(rules).ToList();
        }

        return new ImportedDocument(sourceName, read.Agreements, findings, null);
    }

    /// <summary>
    /// Reads an uploaded file of any supported format, judged by its content: UTF-8 text or DOCX (through
    /// <see cref="DocxText"/>, then the same pipeline as text, so the findings are the same). Other formats fail with
    /// an Indonesian message and nothing read.
    /// </summary>
    public ImportedDocument Import(byte[] content, string fileName, IReadOnlyList<Agreement>? context = null)
    {
        var text = DocumentText.Read(content, fileName);
        return text.Failure is { } failure
            ? new ImportedDocument(fileName, [], new Dictionary<Guid, IReadOnlyList<Finding>>(), failure)
            : Import(text.Text!, fileName, context);
    }

    public ImportedDocument Import(Stream content, string fileName, IReadOnlyList<Agreement>? context = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Import(buffer.ToArray(), fileName, context);
    }

    /// <summary>An amendment supersedes the original agreement it replaces (<see cref="Agreement.Replaces"/>), when it is known.</summary>
    private static void LinkAmendments(IEnumerable<Agreement> read, IReadOnlyList<Agreement> all)
    {
        foreach (var amendment in read.Where(a => a.Kind == AgreementKind.Perubahan && a.SupersedesId is null))
        {
            if (all.FirstOrDefault(amendment.Replaces) is { } original)
                amendment.Supersede(original);
        }
    }
}
