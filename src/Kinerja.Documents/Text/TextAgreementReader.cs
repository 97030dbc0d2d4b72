using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;

namespace Kinerja.Documents.Text;

/// <summary>
/// Reads the text form of PK documents (text extracted from the PDF: tab-separated table rows, wrapped rows,
/// HTML fragments, LaTeX formulas) into agreements. A general reader of this kind of document: nothing is
/// keyed to a particular file. An agreement begins at its title block, found above each opening sentence
/// "Dalam rangka mewujudkan ..."; what the reader cannot place becomes a finding.
/// </summary>
public static partial class TextAgreementReader
{
    public static ReadResult Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > DocumentLimits.TextCharacters)
            return Fail(sourceName, 1, string.Format(CultureInfo.InvariantCulture, DocumentMessages.TextTooLong, IndonesianNumber.Format(DocumentLimits.TextCharacters)));
        if (Math.Max(text.AsSpan().Count('\n'), text.AsSpan().Count('\r')) >= DocumentLimits.TextLines)
            return Fail(sourceName, 1, string.Format(CultureInfo.InvariantCulture, DocumentMessages.TextTooManyLines, IndonesianNumber.Format(DocumentLimits.TextLines)));

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select((line, index) => SourceLine.Parse(index + 1, line))
            .ToList();

        if (lines.FirstOrDefault(l => l.Text.Length > DocumentLimits.LineCharacters) is { } longLine)
            return Fail(sourceName, longLine.Number, string.Format(CultureInfo.InvariantCulture, DocumentMessages.LineTooLong, longLine.Number, IndonesianNumber.Format(DocumentLimits.LineCharacters)));

        if (lines.All(l => l.IsBlank))
            return Fail(sourceName, 1, Messages.DocumentEmpty);

        var statements = lines.Select((line, index) => (line, index))
            .Where(x => !x.line.IsTableRow && OpeningSentence().IsMatch(x.line.Text))
            .Select(x => x.index)
            .ToList();
        if (statements.Count == 0)
            return Fail(sourceName, 1, Messages.NotAnAgreement);

        // A title block ends above its opening sentence and begins below the previous one (which may itself read as a
        // title line: "... manajemen pemerintahan ..."), so each line is walked over at most once.
        var starts = statements.Select((s, i) => i == 0 ? 0 : TitleBlockStart(lines, s, statements[i - 1] + 1)).ToList();

        // The cover and each title block say what the agreement is; a block that does not say falls back on the cover.
        var cover = DocumentHeader.Read(lines.Take(statements[0]));
        var agreements = new List<Agreement>();
        var findings = new Dictionary<Guid, IReadOnlyList<Finding>>();
        for (var i = 0; i < statements.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : lines.Count;
            var segment = lines.GetRange(starts[i], end - starts[i]);
            var statementIndex = statements[i] - starts[i];
            var header = DocumentHeader.Read(segment.Take(statementIndex)).Or(cover);
            var (agreement, agreementFindings, failure) = new AgreementSegmentReader(segment, statementIndex, header, sourceName).Read();
            if (failure is not null)
                return new ReadResult([], new Dictionary<Guid, IReadOnlyList<Finding>>(), failure);
            agreements.Add(agreement!);
            findings[agreement!.Id] = agreementFindings;
        }

        return new ReadResult(agreements, findings, null);
    }

    /// <summary>Walks up from the opening sentence over the title lines above it, not above <paramref name="floor"/>.</summary>
    private static int TitleBlockStart(List<SourceLine> lines, int statement, int floor)
    {
        var start = statement;
        for (var i = statement - 1; i >= floor; i--)
        {
            if (lines[i].IsBlank)
                continue;
            if (lines[i].IsTableRow || !DocumentHeader.IsTitleLine(lines[i].Text))
                break;
            start = i;
        }

        return start;
    }

    private static ReadResult Fail(string sourceName, int line, string message) =>
        new([], new Dictionary<Guid, IReadOnlyList<Finding>>(), new ReadFailure(sourceName, line, message));

    [GeneratedRegex(@"^\s*\**\s*Dalam rangka mewujudkan", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningSentence();
}
