using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Text;

/// <summary>
/// Reads the text form of PK documents (text extracted from the PDF: tab-separated table rows, wrapped rows,
/// HTML fragments, LaTeX formulas) into agreements. A general reader of this kind of document: nothing is
/// keyed to a particular file. What it cannot place becomes a finding.
/// </summary>
public static class TextAgreementReader
{
    public static ReadResult Read(string text, string sourceName) => Placeholder<Agreement>(text, sourceName);

    private static ReadResult Placeholder<T>(string text, string sourceName) =>
        throw new NotImplementedException("Being written.");
}
