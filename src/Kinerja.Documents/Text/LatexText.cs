using System.Text;

namespace Kinerja.Documents.Text;

/// <summary>
/// Turns the LaTeX formulas of extracted documents (<c>$\frac{\text{A}}{\text{B}} \times 100$</c>) into readable
/// plain text (<c>A / B × 100</c>).
/// </summary>
internal static class LatexText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["times"] = "×",
        ["cdot"] = "·",
        ["div"] = "÷",
        ["leq"] = "≤",
        ["le"] = "≤",
        ["geq"] = "≥",
        ["ge"] = "≥",
        ["neq"] = "≠",
        ["sum"] = "Σ",
        ["pm"] = "±",
        ["approx"] = "≈",
        ["%"] = "%",
        [","] = " ",
        [";"] = " ",
        [" "] = " ",
        ["quad"] = " ",
        ["qquad"] = " ",
        ["left"] = string.Empty,
        ["right"] = string.Empty,
    };

    public static bool LooksLikeLatex(string text) =>
        text.Contains('$', StringComparison.Ordinal) &&
        (text.Contains('\\', StringComparison.Ordinal) || text.Contains('=', StringComparison.Ordinal));

    /// <summary>Converts every <c>$...$</c> span; text outside the spans is kept.</summary>
    public static string ToPlainText(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf('$', i);
            if (start < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            var end = text.IndexOf('$', start + 1);
            if (end < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, start - i);
            result.Append(Convert(text[(start + 1)..end]));
            i = end + 1;
        }

        return Collapse(result.ToString());
    }

    private static string Convert(string latex)
    {
        var position = 0;
        return Collapse(ReadSequence(latex, ref position, stopAtBrace: false));
    }

    private static string ReadSequence(string s, ref int i, bool stopAtBrace)
    {
        var output = new StringBuilder();
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '}' && stopAtBrace)
            {
                i++;
                return output.ToString();
            }

            if (c == '{')
            {
                i++;
                output.Append(ReadSequence(s, ref i, stopAtBrace: true));
                continue;
            }

            if (c == '\\')
            {
                i++;
                output.Append(ReadCommand(s, ref i));
                continue;
            }

            if (c is '^' or '_')
            {
                i++;
                var argument = ReadArgument(s, ref i);
                output.Append(c == '^' ? "^" + argument : argument);
                continue;
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }

    private static string ReadCommand(string s, ref int i)
    {
        if (i >= s.Length)
            return string.Empty;

        if (!char.IsLetter(s[i]))
        {
            var symbol = s[i].ToString();
            i++;
            return Symbols.TryGetValue(symbol, out var mapped) ? mapped : symbol;
        }

        var start = i;
        while (i < s.Length && char.IsLetter(s[i]))
            i++;
        var name = s[start..i];

        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                var numerator = Collapse(ReadArgument(s, ref i));
                var denominator = Collapse(ReadArgument(s, ref i));
                return $"{Group(numerator)} / {Group(denominator)}";
            case "text" or "mathrm" or "mathbf" or "textbf" or "mathit" or "textit" or "operatorname" or "mbox":
                return ReadArgument(s, ref i);
            case "sqrt":
                return "√(" + ReadArgument(s, ref i) + ")";
            default:
                return Symbols.TryGetValue(name, out var mapped) ? " " + mapped + " " : name;
        }
    }

    private static string ReadArgument(string s, ref int i)
    {
        while (i < s.Length && s[i] == ' ')
            i++;
        if (i >= s.Length)
            return string.Empty;
        if (s[i] == '{')
        {
            i++;
            return ReadSequence(s, ref i, stopAtBrace: true);
        }

        if (s[i] == '\\')
        {
            i++;
            return ReadCommand(s, ref i);
        }

        return s[i++].ToString();
    }

    /// <summary>Parenthesises a fraction part that holds an operator, so "a + b / c" is not misread.</summary>
    private static string Group(string part) =>
        part.IndexOfAny(['+', '-', '×', '÷', '/', '·']) >= 0 && !(part.StartsWith('(') && part.EndsWith(')'))
            ? "(" + part + ")"
            : part;

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
