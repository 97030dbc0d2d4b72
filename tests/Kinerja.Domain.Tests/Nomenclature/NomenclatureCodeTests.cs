using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Tests.Nomenclature;

public class NomenclatureCodeTests
{
    [Theory]
    [InlineData("7.01.01", BudgetLevel.Program, true)]
    [InlineData("7.01.01.2.02", BudgetLevel.Kegiatan, true)]
    [InlineData("7.01.01.2.02.0001", BudgetLevel.SubKegiatan, true)]
    [InlineData(" 7.01.01 ", BudgetLevel.Program, true)]
    [InlineData("7.01.01.2.02", BudgetLevel.Program, false)]
    [InlineData("7.1.1", BudgetLevel.Program, false)]
    [InlineData("7.01.01.02", BudgetLevel.Kegiatan, false)]
    [InlineData("7.01.01.2.02.01", BudgetLevel.SubKegiatan, false)]
    [InlineData("7.01.01.2.02.0001", BudgetLevel.Kegiatan, false)]
    [InlineData("7.01.0l", BudgetLevel.Program, false)]
    public void IsValid_ChecksTheFormatOfTheLevel(string code, BudgetLevel level, bool valid) =>
        Assert.Equal(valid, NomenclatureCode.IsValid(code, level));

    [Fact]
    public void Check_OfAProgramWithAKegiatanCode_GivesAnExampleInIndonesian()
    {
        var errors = NomenclatureCode.Check(new NomenclatureEntry("7.01.01.2.02", BudgetLevel.Program, "Program", null));

        Assert.Equal(["Kode program \"7.01.01.2.02\" tidak sesuai format, contoh: 7.01.01."], errors);
    }

    [Fact]
    public void Check_OfASubKegiatanWithoutCode_NeedsAWellFormedKegiatanCode()
    {
        Assert.Empty(NomenclatureCode.Check(new NomenclatureEntry(null, BudgetLevel.SubKegiatan, "Sub", "7.01.01.2.02")));
        Assert.Equal(
            ["Sub kegiatan tanpa kode harus menyebut kode kegiatannya."],
            NomenclatureCode.Check(new NomenclatureEntry(null, BudgetLevel.SubKegiatan, "Sub", null)));
        Assert.Equal(
            ["Kode kegiatan \"7.01.01\" tidak sesuai format, contoh: 7.01.01.2.02."],
            NomenclatureCode.Check(new NomenclatureEntry(null, BudgetLevel.SubKegiatan, "Sub", "7.01.01")));
    }

    [Fact]
    public void Check_OfAKegiatanWithoutCodeOrName_SaysBoth()
    {
        var errors = NomenclatureCode.Check(new NomenclatureEntry(" ", BudgetLevel.Kegiatan, " ", "7.01.01"));

        Assert.Equal(["Kode kegiatan wajib diisi.", "Nama program, kegiatan atau sub kegiatan wajib diisi."], errors);
    }
}
