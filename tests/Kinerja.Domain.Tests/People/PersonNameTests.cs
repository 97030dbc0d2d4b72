using Kinerja.Domain.People;

namespace Kinerja.Domain.Tests.People;

public class PersonNameTests
{
    [Fact]
    public void Parse_FrontAndBackTitles_AreKeptApart()
    {
        var name = PersonName.Parse("Ir. H. IRWAN BACHRI SYAM, S.T., IPM.");

        Assert.Equal("Ir. H.", name.FrontTitles);
        Assert.Equal("IRWAN BACHRI SYAM", name.Name);
        Assert.Equal("S.T., IPM.", name.BackTitles);
    }

    [Fact]
    public void Parse_BackTitleWithoutComma_IsRecognised()
    {
        var name = PersonName.Parse("SAMUEL N. SIP");

        Assert.Equal("SAMUEL N", name.Name);
        Assert.Equal("SIP", name.BackTitles);
    }

    [Fact]
    public void Parse_SpaceBeforeComma_IsTolerated()
    {
        var name = PersonName.Parse("WILLIAM TUMIWANG ,S.M");

        Assert.Equal("WILLIAM TUMIWANG", name.Name);
        Assert.Equal("S.M", name.BackTitles);
    }

    [Fact]
    public void Parse_NameInParentheses_DropsThem()
    {
        var name = PersonName.Parse("(SAMUEL NASRANI, S.IP)");

        Assert.Equal("SAMUEL NASRANI", name.Name);
        Assert.Equal("S.IP", name.BackTitles);
    }

    [Fact]
    public void Parse_BoldMarkers_AreRemoved()
    {
        Assert.Equal("MARSUKI", PersonName.Parse("**H. MARSUKI, S.Pd., M.M.**").Name);
    }

    [Theory]
    [InlineData("MUSLIM, S.PD", "MUSLIM, S.Pd")]
    [InlineData("SAMUEL N, SIP", "SAMUEL N. S.IP")]
    [InlineData("AHMAD, S.AN", "AHMAD, S. AN")]
    [InlineData("Ir. H. Irwan Bachri Syam, ST, IPM", "Ir. H. IRWAN BACHRI SYAM, S.T., IPM.")]
    public void Comparable_TitlesDiffer_SameName(string a, string b)
    {
        Assert.Equal(PersonName.Parse(a).Comparable, PersonName.Parse(b).Comparable);
    }

    [Fact]
    public void Comparable_NameDiffers_DifferentName()
    {
        Assert.NotEqual(PersonName.Parse("WILLIAM TUMIWANG ,S.M").Comparable, PersonName.Parse("WILLIAM TUMUWANG, S.M").Comparable);
    }

    [Fact]
    public void Parse_Empty_GivesEmptyName()
    {
        Assert.Equal(string.Empty, PersonName.Parse("  ").Name);
    }

    [Theory]
    [InlineData("Ir. H. Irwan Bachri Syam, ST, IPM", "Ir. H. IRWAN BACHRI SYAM, ST, IPM")]
    [InlineData("DARMAWATI, SE", "DARMAWATI, SE")]
    [InlineData("**H. MARSUKI, S.Pd., M.M.**", "H. MARSUKI, S.Pd., M.M.")]
    [InlineData("Nursan", "NURSAN")]
    public void ForSignature_UpperCasesTheNameAndKeepsTheTitles(string printed, string expected) =>
        Assert.Equal(expected, PersonName.Parse(printed).ForSignature);
}
