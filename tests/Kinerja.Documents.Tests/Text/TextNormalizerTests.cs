using Kinerja.Documents.Text;

namespace Kinerja.Documents.Tests.Text;

/// <summary>The bounded edit distance agrees with the full one wherever the bound matters.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("LAMPIRAN", "LAPORAN", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    public void Levenshtein_KnownPairs_GiveTheirDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, TextNormalizer.Levenshtein(a, b));
        Assert.Equal(expected, TextNormalizer.Levenshtein(a, b, expected));
        Assert.Equal(Math.Min(expected, 2), TextNormalizer.Levenshtein(a, b, 1));
    }

    [Fact]
    public void Levenshtein_Bounded_IsTheDistanceOrOneMoreThanTheBound()
    {
        var random = new Random(20251125);
        for (var n = 0; n < 3000; n++)
        {
            var a = Word(random);
            var b = random.Next(3) == 0 ? Word(random) : Mutate(a, random);
            var full = TextNormalizer.Levenshtein(a, b);
            var max = random.Next(0, 12);

            Assert.Equal(full <= max ? full : max + 1, TextNormalizer.Levenshtein(a, b, max));
        }
    }

    [Fact]
    public void KeySimilarity_AtOrAboveTheThreshold_IsExact()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var a = Word(random);
            var b = Mutate(a, random);
            var exact = TextNormalizer.KeySimilarity(a, b, 0);
            foreach (var threshold in new[] { 0.8, 0.85, 0.9 })
            {
                var bounded = TextNormalizer.KeySimilarity(a, b, threshold);
                Assert.Equal(exact >= threshold, bounded >= threshold);
                if (exact >= threshold)
                    Assert.Equal(exact, bounded);
            }
        }
    }

    private static string Word(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 40)).Select(_ => "ABCDE "[random.Next(6)]).ToArray());

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        for (var edits = random.Next(0, 6); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, 'X');
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                        chars[at] = 'Y';
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
