using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class OfficeBudgetTests
{
    private const string Program = "Program Pemberdayaan Masyarakat Desa dan Kelurahan";
    private const string Kegiatan = "Koordinasi Kegiatan Pemberdayaan Desa";
    private const string Partisipasi = "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa";
    private const string Efektifitas = "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan";

    private static List<Agreement> Office(long efektifitas = 97_218_000, long secondProgram = 112_362_000) =>
    [
        AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR").Program(Program, 112_362_000).Kegiatan(Kegiatan, 112_362_000).Build(),
        AgreementBuilder.For("KEPALA SEKSI PELAYANAN UMUM").SubKegiatan(Partisipasi, 15_144_000).Build(),
        AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM").SubKegiatan(Efektifitas, efektifitas).Program(Program, secondProgram).Build(),
    ];

    [Fact]
    public void Of_SubKegiatanInTwoAgreements_HangBelowTheCamatsKegiatanAndReconcile()
    {
        var budget = OfficeBudget.Of(TestCatalogue.Kecamatan(), Office());

        var program = Assert.Single(budget.Roots);
        Assert.Equal(BudgetLevel.Program, program.Entry.Level);
        Assert.Equal(2, program.Lines.Count);
        var kegiatan = Assert.Single(program.Children);
        Assert.Equal(new Rupiah(112_362_000), kegiatan.ChildrenSum);
        Assert.Equal(Rupiah.Zero, kegiatan.Difference);
        Assert.Equal(["KEPALA SEKSI PELAYANAN UMUM", "KEPALA SEKSI PEMERINTAHAN UMUM"], kegiatan.Children.Select(c => Assert.Single(c.Lines).Agreement.FirstParty.Position));
        Assert.Null(kegiatan.Children[0].Difference);
        Assert.Equal(new Rupiah(112_362_000), budget.Total);
    }

    [Fact]
    public void Of_SubKegiatanOneMillionOver_IsThatDifferenceOnTheKegiatanOnly()
    {
        var budget = OfficeBudget.Of(TestCatalogue.Kecamatan(), Office(efektifitas: 98_218_000));

        var differing = Assert.Single(budget.Items, i => i.Difference is { Value: not 0 });

        Assert.Equal(BudgetLevel.Kegiatan, differing.Entry.Level);
        Assert.Equal(new Rupiah(-1_000_000), differing.Difference);
    }

    [Fact]
    public void Of_EntryListedWithTwoAmounts_KeepsTheMostFrequentAndNamesTheOther()
    {
        var agreements = Office(secondProgram: 100_000_000);
        agreements.Add(AgreementBuilder.For("SEKRETARIS CAMAT").Program(Program, 112_362_000).Build());

        var program = Assert.Single(OfficeBudget.Of(TestCatalogue.Kecamatan(), agreements).Roots);

        Assert.Equal(new Rupiah(112_362_000), program.Amount);
        Assert.Equal("KEPALA SEKSI PEMERINTAHAN UMUM", Assert.Single(program.Disagreeing).Agreement.FirstParty.Position);
    }

    [Fact]
    public void Of_LineTheCatalogueDoesNotKnow_IsUnknownAndCountsWhereTheDocumentPlacesIt()
    {
        var agreement = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR").Program(Program, 5_000).Program("Program Tidak Dikenal Sama Sekali", 7_000).Build();

        var budget = OfficeBudget.Of(TestCatalogue.Kecamatan(), [agreement]);

        Assert.Equal("Program Tidak Dikenal Sama Sekali", Assert.Single(budget.Unknown).Line.Name);
        Assert.Equal(new Rupiah(12_000), budget.Total);
        Assert.Equal(agreement.BudgetTotal, budget.Total);
    }
}
