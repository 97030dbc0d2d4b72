using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Tests.Nomenclature;

public class DefaultNomenclatureTests
{
    [Fact]
    public void Entries_HoldTheProgramsAndKegiatanOfKecamatan()
    {
        var catalogue = DefaultNomenclature.Load();

        string[] codes =
        [
            "7.01.01", "7.01.02", "7.01.03", "7.01.04", "7.01.05", "7.01.06",
            "7.01.01.2.01", "7.01.01.2.02", "7.01.01.2.03", "7.01.01.2.05", "7.01.01.2.06", "7.01.01.2.07", "7.01.01.2.08",
            "7.01.01.2.09", "7.01.02.2.04", "7.01.03.2.01", "7.01.04.2.01", "7.01.04.2.02", "7.01.05.2.01", "7.01.06.2.01",
            "7.01.01.2.02.0001",
        ];
        Assert.All(codes, code => Assert.NotNull(catalogue.FindByCode(code)));
    }

    [Fact]
    public void Entries_CodesAreUniqueAndEveryEntryHasItsParent()
    {
        var catalogue = DefaultNomenclature.Load();

        var codes = catalogue.Entries.Where(e => e.Code is not null).Select(e => e.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(
            catalogue.Entries.Where(e => e.Level != BudgetLevel.Program),
            entry => Assert.NotNull(catalogue.ParentOf(entry)));
        Assert.All(
            catalogue.Entries.Where(e => e.Code is null),
            entry => Assert.Equal(BudgetLevel.SubKegiatan, entry.Level));
    }

    [Fact]
    public void Entries_AreReadOnceAndShared()
    {
        Assert.Same(DefaultNomenclature.Entries, DefaultNomenclature.Entries);
    }

    [Fact]
    public void Resolve_EverySeedBudgetLine_FindsAnEntryAtItsLevel()
    {
        var catalogue = DefaultNomenclature.Load();

        var lines = SeedBudgets.Agreements().SelectMany(a => a.BudgetLines).ToList();

        Assert.Equal(115, lines.Count);
        Assert.All(lines, line =>
        {
            var entry = catalogue.Resolve(line.Name, line.Level);
            Assert.True(entry is not null, line.Name);
            Assert.Equal(line.Level, entry.Level);
        });
    }

    [Theory]
    [InlineData("Koordinasi Pelaksanaan Pembangunan Kawasan Pedesaan di Wilayah Kecamatan", "7.01.06.2.01")]
    [InlineData("Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa", "7.01.06.2.01")]
    [InlineData("Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa", "7.01.03.2.01")]
    [InlineData("Harmonisasi Hubungan Dengan Tokoh Agama dan Tokoh Masyarakat", "7.01.04.2.01")]
    [InlineData("Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan Perizinan Non Usaha", "7.01.02.2.04")]
    [InlineData("Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", "7.01.05.2.01")]
    [InlineData("Bimbingan Teknis Implementasi Peraturan Perundang-Undangan", "7.01.01.2.05")]
    [InlineData("Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "7.01.01.2.07")]
    public void ParentOf_SeedSubKegiatan_IsTheKegiatanTheAmountsShow(string subKegiatan, string kegiatan)
    {
        var catalogue = DefaultNomenclature.Load();

        var entry = catalogue.Resolve(subKegiatan, BudgetLevel.SubKegiatan);

        Assert.Equal(kegiatan, catalogue.ParentOf(entry!)?.Code);
    }

    [Fact]
    public void Check_BothSeeds_GiveNoBudgetFinding()
    {
        var checker = new AgreementChecker(DefaultNomenclature.Load());
        var agreements = SeedBudgets.Agreements();
        checker.AssignCodes(agreements);

        var budgetFindings = checker.Check(agreements)
            .SelectMany(p => p.Value)
            .Where(f => f.Code.StartsWith("ANGGARAN_", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(budgetFindings);
    }

    [Fact]
    public void Check_SeedWithOneRupiahOff_GivesExactlyOneBudgetFinding()
    {
        var agreements = SeedBudgets.Agreements();
        var kasubag = agreements.Single(a => a.Office == "Kecamatan Mangkutana" && a.FirstParty.Position == "KEPALA SUB BAGIAN UMUM DAN KEUANGAN");
        var changed = CopyWithOneRupiahMore(kasubag, "Penyediaan Jasa Surat Menyurat");
        agreements[agreements.IndexOf(kasubag)] = changed;

        var findings = new BudgetReconciliationRule(DefaultNomenclature.Load()).Check(agreements).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(changed.Id, finding.AgreementId);
        Assert.Equal(FindingCodes.BudgetKegiatanExceeded, finding.Finding.Code);
    }

    [Fact]
    public void AssignCodes_SeedLines_GetCodesWhereTheCatalogueHasThem()
    {
        var checker = new AgreementChecker(DefaultNomenclature.Load());
        var agreements = SeedBudgets.Agreements();
        checker.AssignCodes(agreements);

        var lines = agreements.SelectMany(a => a.BudgetLines).ToList();
        Assert.All(lines.Where(l => l.Level != BudgetLevel.SubKegiatan), l => Assert.NotNull(l.Code));
        Assert.Equal("7.01.01.2.06.0005", lines.First(l => l.Name == "Penyediaan Barang Cetak dan Penggandaan").Code);
        Assert.Equal("7.01.05.2.01.0008", lines.First(l => l.Name == "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan").Code);
        Assert.Equal("7.01.06.2.01.0001", lines.First(l => l.Name == "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa").Code);
        Assert.All(lines, l => Assert.NotNull(l.Code));
    }

    [Fact]
    public void Entries_AreTheCompleteNomenclatureOfKabupatenKota()
    {
        var entries = DefaultNomenclature.Entries;

        Assert.Equal(2_393, entries.Count(e => e.Level == BudgetLevel.SubKegiatan));
        Assert.Equal(422, entries.Count(e => e.Level == BudgetLevel.Kegiatan));
        Assert.Equal(164, entries.Count(e => e.Level == BudgetLevel.Program));
        Assert.All(entries, e => Assert.NotNull(e.Code));
    }

    [Fact]
    public void Load_PenunjangOfAnyBidang_IsTheTemplateWrittenOut()
    {
        var catalogue = DefaultNomenclature.Load();

        var gaji = catalogue.FindByCode("1.02.01.2.02.0001");

        Assert.Equal("Penyediaan Gaji dan Tunjangan ASN", gaji?.Name);
        Assert.Equal("1.02.01.2.02", catalogue.ParentOf(gaji!)?.Code);
        Assert.Equal("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", catalogue.FindByCode("1.02.01")?.Name);
        Assert.Null(catalogue.FindByCode("X.XX.01"));
        Assert.Equal(101, catalogue.Template.Count(e => e.Level == BudgetLevel.SubKegiatan));
    }

    [Fact]
    public void AssignCodes_PenunjangOfADinas_GetsTheCodesOfItsOwnBidang()
    {
        var checker = new AgreementChecker(DefaultNomenclature.Load());
        var dinas = new Agreement(2025, AgreementKind.Awal, "Dinas Kesehatan", "Kabupaten Luwu Timur", new Party("A", "KEPALA DINAS KESEHATAN", null), new Party("B", "BUPATI LUWU TIMUR", null));
        var sekretaris = new Agreement(2025, AgreementKind.Awal, "Dinas Kesehatan", "Kabupaten Luwu Timur", new Party("C", "SEKRETARIS", null), new Party("A", "KEPALA DINAS KESEHATAN", null));
        dinas.AddBudgetLine(new BudgetLine("1.", BudgetLevel.Program, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", new Domain.Common.Rupiah(10), "APBD"));
        sekretaris.AddBudgetLine(new BudgetLine("1.", BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", new Domain.Common.Rupiah(5), "APBD"));

        checker.AssignCodes([dinas, sekretaris]);

        Assert.Equal("1.02.02", dinas.BudgetLines[0].Code);
        Assert.Equal("1.02.01.2.02.0001", sekretaris.BudgetLines[0].Code);
    }

    private static Agreement CopyWithOneRupiahMore(Agreement source, string lineName)
    {
        var copy = new Agreement(source.Year, source.Kind, source.Office, source.Region, source.FirstParty, source.SecondParty)
        {
            SourceName = source.SourceName,
        };
        foreach (var line in source.BudgetLines)
        {
            var amount = line.Name == lineName ? line.Amount + new Domain.Common.Rupiah(1) : line.Amount;
            copy.AddBudgetLine(new BudgetLine(line.Number, line.Level, line.Name, amount, line.Source, line.SourceLine));
        }

        return copy;
    }
}
