using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Tests.Text;

/// <summary>
/// The Lampiran 2 sections of the real documents belong to their Lampiran 1 sasaran, as the editor shows them
/// (<see cref="Agreement.ExplanationOf(Guid)"/>), despite capitals, "Meningkatkan" for "Meningkatnya", a description
/// run on or a program in brackets.
/// </summary>
public sealed class SeedExplanationLinkTests
{
    private static List<(Agreement Agreement, Sasaran Sasaran, SasaranExplanation Explanation)> Links(string sample) =>
        Samples.Read(sample).Agreements
            .SelectMany(a => a.Sasarans.Select(s => (Agreement: a, Sasaran: s, Explanation: a.ExplanationOf(s.Id))))
            .Where(l => l.Explanation is not null)
            .Select(l => (l.Agreement, l.Sasaran, l.Explanation!))
            .ToList();

    [Fact]
    public void ExplanationOf_Kalaena_FindsTheSectionInTheSasaransPlace_ForAllButOne()
    {
        var links = Links(Samples.Kalaena);

        Assert.Equal(51, links.Count);
        Assert.All(links, l => Assert.Equal(l.Agreement.Sasarans.ToList().IndexOf(l.Sasaran), l.Agreement.Explanations.ToList().IndexOf(l.Explanation)));
    }

    [Fact]
    public void ExplanationOf_Mangkutana_LinksTheSectionsThatNameASasaran_EachToOne()
    {
        var links = Links(Samples.Mangkutana);

        Assert.Equal(14, links.Count);
        Assert.Equal(links.Count, links.Select(l => l.Explanation).Distinct().Count());
        var ketertiban = Assert.Single(links, l => l.Explanation.Sasaran.StartsWith("TERLAKSANANYA KOORDINASI UPAYA", StringComparison.Ordinal));
        Assert.StartsWith("Terlaksananya koordinasi upaya penyelenggaraan ketenteraman", ketertiban.Sasaran.Text, StringComparison.Ordinal);
    }
}
