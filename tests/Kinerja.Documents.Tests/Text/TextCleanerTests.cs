using Kinerja.Documents.Text;

namespace Kinerja.Documents.Tests.Text;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData(@"$\text{Capaian} = \frac{\text{Realisasi}}{\text{Target}} \times 100$", "Capaian = Realisasi / Target × 100")]
    [InlineData(@"$\frac{1}{9} = \mathbf{N}$", "1 / 9 = N")]
    [InlineData(@"Rumus: $\frac{a+b}{c}$ persen", "Rumus: (a+b) / c persen")]
    [InlineData(@"$A \leq B \%$", "A ≤ B %")]
    public void Clean_TurnsLatexIntoReadableText(string latex, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(latex));

    [Fact]
    public void Clean_TurnsHtmlIntoLinesAndTableCells()
    {
        const string html = "<p>Satu</p> <ul><li>dua</li><li>tiga</li></ul><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>";
        Assert.Equal("Satu\ndua\ntiga\nA | B\n1 | 2", TextCleaner.Clean(html));
    }

    [Theory]
    [InlineData("**PERJANJIAN KINERJA**", "PERJANJIAN KINERJA")]
    [InlineData("*Persentase Fasilitasi*", "Persentase Fasilitasi")]
    [InlineData("  banyak   spasi\t di sini ", "banyak spasi di sini")]
    public void Clean_RemovesMarkersAndFoldsSpace(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(text));

    [Theory]
    [InlineData(Samples.Kalaena)]
    [InlineData(Samples.Mangkutana)]
    public void SimpleHtml_EveryFragmentOfTheSeeds_ReadsAsTheHtmlParserReadsIt(string seed)
    {
        var fragments = Samples.Text(seed).Split('\n').SelectMany(l => l.Split('\t')).Where(TextCleaner.LooksLikeHtml).ToList();
        var simple = 0;
        foreach (var fragment in fragments)
        {
            if (!TextCleaner.TrySimpleHtmlToText(fragment, out var text))
                continue;
            simple++;
            Assert.Equal(TextCleaner.ParsedHtmlToText(fragment), text);
        }

        Assert.True(simple > fragments.Count / 2, $"{simple} of {fragments.Count} fragments took the simple path");
    }

    [Theory]
    [InlineData("<p>Satu</p><p>Dua <b>tebal</b></p>")]
    [InlineData("<ul><li>a</li> <li>b<br/>c</li></ul>")]
    [InlineData("<p>a<ul><li>b</li></ul>tail</p>")]
    [InlineData("<P class=\"x\">Besar</P>")]
    public void SimpleHtml_Fragments_ReadAsTheHtmlParserReadsThem(string html)
    {
        Assert.True(TextCleaner.TrySimpleHtmlToText(html, out var text));
        Assert.Equal(TextCleaner.ParsedHtmlToText(html), text);
    }

    [Theory]
    [InlineData("<p>A &amp; B</p>")]
    [InlineData("<p style=\"a>b\">x</p>")]
    [InlineData("<table><tr><td>1</td></tr></table>")]
    [InlineData("<p>1 < 2</p>")]
    [InlineData("<!-- catatan --><p>x</p>")]
    public void SimpleHtml_EntitiesTablesAndStrayBrackets_GoToTheHtmlParser(string html) =>
        Assert.False(TextCleaner.TrySimpleHtmlToText(html, out _));
}
