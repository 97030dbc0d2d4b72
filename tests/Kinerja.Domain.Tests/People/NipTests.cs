using Kinerja.Domain.People;

namespace Kinerja.Domain.Tests.People;

public class NipTests
{
    [Theory]
    [InlineData("19701024 199203 2 005")]
    [InlineData("197010241992032005")]
    [InlineData("NIP. 19701024 199203 2 005")]
    public void Validate_ValidNip_ReturnsDigitsAndParts(string printed)
    {
        var result = Nip.Validate(printed);

        Assert.True(result.IsValid);
        Assert.Equal(NipProblem.None, result.Problem);
        Assert.Equal("197010241992032005", result.Nip!.Digits);
        Assert.Equal(new DateOnly(1970, 10, 24), result.Nip.BirthDate);
        Assert.Equal(2, result.Nip.Gender);
        Assert.Equal("19701024 199203 2 005", result.Nip.Grouped);
        Assert.False(result.Nip.IsPppk);
    }

    [Theory]
    [InlineData("19800101A200501 1 001")]
    [InlineData("198001012005011O01")]
    public void Validate_LetterInsideTheDigits_IsLetterProblem(string printed)
    {
        var result = Nip.Validate(printed);

        Assert.False(result.IsValid);
        Assert.Equal(NipProblem.Letter, result.Problem);
    }

    [Fact]
    public void Validate_SeventeenDigits_IsLengthProblem()
    {
        var result = Nip.Validate("19701209 200901 2 00");

        Assert.False(result.IsValid);
        Assert.Equal(NipProblem.Length, result.Problem);
        Assert.Equal(17, result.Digits!.Length);
    }

    [Theory]
    [InlineData("197013241992032005")]
    [InlineData("197002301992032005")]
    [InlineData("000010241992032005")]
    [InlineData("180010241992032005")]
    public void Validate_BadBirthDate_IsBirthDateProblem(string printed)
    {
        Assert.Equal(NipProblem.BirthDate, Nip.Validate(printed).Problem);
    }

    [Fact]
    public void Validate_MonthAboveTwelve_IsPppkAndAccepted()
    {
        var result = Nip.Validate("198505122023211004");

        Assert.True(result.IsValid);
        Assert.True(result.Nip!.IsPppk);
    }

    [Fact]
    public void Validate_MonthZero_IsTmtMonthProblem()
    {
        Assert.Equal(NipProblem.TmtMonth, Nip.Validate("197010241992002005").Problem);
    }

    [Fact]
    public void Validate_TmtBeforeEighteen_IsRejected()
    {
        Assert.Equal(NipProblem.TmtBeforeAdulthood, Nip.Validate("197010241980032005").Problem);
    }

    [Theory]
    [InlineData("197010241992033005", NipProblem.Gender)]
    [InlineData("197010241992032000", NipProblem.Sequence)]
    public void Validate_BadGenderOrSequence_IsReported(string printed, NipProblem expected)
    {
        Assert.Equal(expected, Nip.Validate(printed).Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-")]
    public void Validate_Nothing_IsLengthProblemWithoutDigits(string? printed)
    {
        var result = Nip.Validate(printed);

        Assert.Equal(NipProblem.Length, result.Problem);
        Assert.Null(result.Digits);
    }
}
