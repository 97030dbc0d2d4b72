using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kinerja.Documents.Text;

/// <summary>
/// Cleans a cell or paragraph of extracted text: HTML fragments become plain text (paragraphs and list items on
/// their own lines, table cells separated by " | "), LaTeX formulas become readable, <c>**bold**</c> and
/// <c>*italic*</c> markers go, white space is folded.
/// </summary>
internal static partial class TextCleaner
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "LI", "UL", "OL", "TR", "TABLE", "THEAD", "TBODY", "BR", "H1", "H2", "H3", "H4", "H5", "H6",
    };

    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var s = text;
        if (LooksLikeHtml(s))
            s = HtmlToText(s);
        if (LatexText.LooksLikeLatex(s))
            s = LatexText.ToPlainText(s);
        s = s.Replace("**", string.Empty, StringComparison.Ordinal);
        s = ItalicMarkers().Replace(s, "$1");
        return FoldWhiteSpace(s);
    }

    /// <summary>Removes only the emphasis markers of a line (for headings and short lines).</summary>
    public static string StripMarkers(string text) =>
        ItalicMarkers().Replace(text.Replace("**", string.Empty, StringComparison.Ordinal), "$1").Trim();

    public static bool LooksLikeHtml(string text) => HtmlTag().IsMatch(text);

    private static string HtmlToText(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var builder = new StringBuilder();
        Append(document.Body!, builder);
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                builder.Append(textNode.Data);
                continue;
            }

            if (child is not IElement element)
                continue;

            var name = element.TagName;
            if (name is "TD" or "TH")
            {
                if (builder.Length > 0 && builder[^1] != '\n')
                    builder.Append(" | ");
                Append(element, builder);
                continue;
            }

            var block = BlockElements.Contains(name);
            if (block)
                NewLine(builder);
            Append(element, builder);
            if (block)
                NewLine(builder);
        }
    }

    private static void NewLine(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
            builder.Length--;
        if (builder.Length > 0 && builder[^1] != '\n')
            builder.Append('\n');
    }

    private static string FoldWhiteSpace(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '|').Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"</?(p|ul|ol|li|table|thead|tbody|tr|td|th|br|div|span|i|b|em|strong|u|sup|sub)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")]
    private static partial Regex ItalicMarkers();
}
