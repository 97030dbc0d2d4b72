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

    private static string HtmlToText(string html) =>
        TrySimpleHtmlToText(html, out var simple) ? simple : ParsedHtmlToText(html);

    /// <summary>Any fragment, through the HTML parser.</summary>
    internal static string ParsedHtmlToText(string html)
    {
        // A fragment parsed in the context of a body element: no document is built per cell.
        var context = ContextDocument.Value!.Body!;
        var builder = new StringBuilder();
        foreach (var node in Parser.ParseFragment(html, context))
        {
            if (node is IText text)
                builder.Append(text.Data);
            else if (node is IElement element)
                AppendElement(element, builder);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The common fragment (paragraphs, lists, line breaks, emphasis; no tables, entities, comments or stray '&lt;')
    /// without building a DOM: every block tag, opening or closing, is a line boundary and text is kept as is, which is
    /// what the DOM walk below gives for such fragments. Anything else goes to the HTML parser.
    /// </summary>
    internal static bool TrySimpleHtmlToText(string html, out string text)
    {
        text = string.Empty;
        if (html.AsSpan().IndexOfAny('&', '\r', '\0') >= 0)
            return false;

        var builder = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var position = 0;
        while (position < html.Length)
        {
            var start = html.IndexOf('<', position);
            if (start < 0)
            {
                builder.Append(html, position, html.Length - position);
                break;
            }

            builder.Append(html, position, start - position);
            var tag = SimpleTag().Match(html, start);
            if (!tag.Success || tag.Index != start)
                return false;
            var name = tag.Groups["name"].Value.ToUpperInvariant();
            if (name != "BR")
            {
                // Tags must nest: an end tag that does not close the innermost element is left to the parser.
                if (tag.Value[1] != '/')
                    open.Push(name);
                else if (open.Count == 0 || open.Pop() != name)
                    return false;
            }

            if (BlockElements.Contains(name))
                NewLine(builder);
            position = start + tag.Length;
        }

        // Elements left open close at the end of the fragment.
        if (open.Any(BlockElements.Contains))
            NewLine(builder);
        text = builder.ToString();
        return true;
    }

    private static readonly ThreadLocal<AngleSharp.Html.Dom.IHtmlDocument> ContextDocument =
        new(() => Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>"));

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
                builder.Append(textNode.Data);
            else if (child is IElement element)
                AppendElement(element, builder);
        }
    }

    private static void AppendElement(IElement element, StringBuilder builder)
    {
        var name = element.TagName;
        if (name is "TD" or "TH")
        {
            if (builder.Length > 0 && builder[^1] != '\n')
                builder.Append(" | ");
            Append(element, builder);
            return;
        }

        var block = BlockElements.Contains(name);
        if (block)
            NewLine(builder);
        Append(element, builder);
        if (block)
            NewLine(builder);
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

    /// <summary>A start or end tag of the simple fragment: block and inline elements outside tables, attributes without '&lt;' or '&gt;'.</summary>
    [GeneratedRegex(@"\G</?(?<name>p|div|li|ul|ol|br|h[1-6]|span|i|b|em|strong|u|sup|sub)(?:\s(?:[^<>""']|""[^""<>]*""|'[^'<>]*')*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex SimpleTag();

    [GeneratedRegex(@"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")]
    private static partial Regex ItalicMarkers();
}
