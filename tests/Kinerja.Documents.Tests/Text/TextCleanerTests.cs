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
}
