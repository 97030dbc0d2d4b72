using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Kinerja.Documents.Export.Html;

/// <summary>HTML encoding of every piece of text the print view writes: markup characters escaped, letters kept readable.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Encoder.Encode(text);
}
