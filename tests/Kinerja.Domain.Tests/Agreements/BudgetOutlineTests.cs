using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class BudgetOutlineTests
{
    [Fact]
    public void AddBudgetLine_InTheEditor_IsNumberedByItsLevelLikeARealDocument()
    {
        var agreement = AgreementBuilder.For().Build();

        foreach (var level in new[] { P, K, S, S, K, P, K })
            Assert.True(agreement.AddBudgetLine(Line(level, 1)).Success);

        Assert.Equal(["1.", "1.1.", "1.1.1.", "1.1.2.", "1.2.", "2.", "2.1."], agreement.BudgetLines.Select(l => l.Number));
    }

    [Fact]
    public void RemoveBudgetLine_FirstLine_RenumbersTheRestFromOne()
    {
        var agreement = AgreementBuilder.For().Build();
        foreach (var level in new[] { P, K, S, S, K, P, K })
            agreement.AddBudgetLine(Line(level, 1));

        Assert.True(agreement.RemoveBudgetLine(agreement.BudgetLines[0].Id).Success);

        Assert.Equal(["1.", "1.1.", "1.2.", "2.", "3.", "3.1."], agreement.BudgetLines.Select(l => l.Number));
    }

    [Fact]
    public void MoveAndUpdateBudgetLine_RenumberFromTheNewLevels()
    {
        var agreement = AgreementBuilder.For().Build();
        foreach (var level in new[] { P, K, K })
            agreement.AddBudgetLine(Line(level, 1));

        Assert.True(agreement.UpdateBudgetLine(agreement.BudgetLines[2].Id, Line(S, 1)).Success);
        Assert.Equal(["1.", "1.1.", "1.1.1."], agreement.BudgetLines.Select(l => l.Number));

        Assert.True(agreement.MoveBudgetLine(agreement.BudgetLines[0].Id, 2).Success);
        Assert.Equal(["1.", "1.1.", "2."], agreement.BudgetLines.Select(l => l.Number));
    }

    [Fact]
    public void BudgetTotal_IsTheSumOfTheTopLevelLinesWhateverTheirLevel()
    {
        var agreement = AgreementBuilder.For().Build();
        agreement.AddBudgetLine(Line(K, 50));
        agreement.AddBudgetLine(Line(S, 50));
        agreement.AddBudgetLine(Line(P, 100));
        agreement.AddBudgetLine(Line(K, 100));

        Assert.Equal(new Rupiah(150), agreement.BudgetTotal);
    }

    [Fact]
    public void Outline_KegiatanTableOfMangkutana_HasTheKegiatanAsTopLevel()
    {
        var agreement = AgreementBuilder.For()
            .Kegiatan("Administrasi Keuangan Perangkat Daerah", 2_210_249_677)
            .Kegiatan("Administrasi Umum Perangkat Daerah", 368_136_580)
            .SubKegiatan("Penyediaan Gaji dan Tunjangan ASN", 2_170_964_177)
            .Build();

        var outline = agreement.BudgetOutline;

        Assert.Equal(agreement.BudgetLines.Take(2), outline.Roots);
        Assert.Equal(agreement.BudgetLines[1], outline.ParentOf(agreement.BudgetLines[2]));
        Assert.Null(outline.ParentOf(agreement.BudgetLines[0]));
        Assert.Equal(new Rupiah(2_578_386_257), agreement.BudgetTotal);
    }

    private const BudgetLevel P = BudgetLevel.Program;
    private const BudgetLevel K = BudgetLevel.Kegiatan;
    private const BudgetLevel S = BudgetLevel.SubKegiatan;

    private static BudgetLineContent Line(BudgetLevel level, long amount) =>
        new(level, "Baris " + level, null, new Rupiah(amount), "APBD");
}
