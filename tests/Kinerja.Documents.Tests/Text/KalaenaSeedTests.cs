using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Tests.Text;

/// <summary>The original 2025 PKs of Kecamatan Kalaena, read to the last Rupiah and target.</summary>
public sealed class KalaenaSeedTests
{
    private static readonly IReadOnlyList<Agreement> Agreements = Samples.Read(Samples.Kalaena).Agreements;

    [Fact]
    public void Read_PaperDocuments_AreSigned() =>
        Assert.All(Agreements, a => Assert.Equal(AgreementStatus.Signed, a.Status));

    [Fact]
    public void Read_FindsSevenAgreementsOfKalaenaIn2025()
    {
        Assert.Equal(7, Agreements.Count);
        Assert.All(Agreements, a =>
        {
            Assert.Equal(2025, a.Year);
            Assert.Equal(AgreementKind.Awal, a.Kind);
            Assert.Equal("Kecamatan Kalaena", a.Office);
            Assert.Equal("Kabupaten Luwu Timur", a.Region);
            Assert.Equal(new DateOnly(2025, 1, 2), a.SignedAt);
        });
        Assert.Equal("Malili", Agreements[0].Place);
        Assert.All(Agreements.Skip(1), a => Assert.Equal("Kalaena", a.Place));
    }

    [Theory]
    [InlineData(0, "H. MARSUKI, S.Pd., M.M.", "CAMAT KALAENA", "Ir. H. IRWAN BACHRI SYAM, S.T., IPM.", "BUPATI LUWU TIMUR")]
    [InlineData(1, "BURHANUDDIN, S.H.", "SEKRETARIS CAMAT", "H. MARSUKI, S.Pd., M.M.", "CAMAT KALAENA")]
    [InlineData(2, "SUMANGERUKKA, S.P.", "KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", "H. MARSUKI, S.Pd., M.M.", "CAMAT KALAENA")]
    [InlineData(3, "MULIANI, S.E., M.M.", "KEPALA SEKSI PELAYANAN UMUM", "H. MARSUKI, S.Pd., M.M.", "CAMAT KALAENA")]
    [InlineData(4, "HARTATI, S.AN", "KEPALA SEKSI PEMERINTAHAN UMUM", "H. MARSUKI, S.Pd., M.M.", "CAMAT KALAENA")]
    [InlineData(5, "NURSAN, S.Sos.", "KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "BURHANUDDIN, S.H.", "SEKRETARIS CAMAT")]
    [InlineData(6, "I MADE ASTAWA, S.E.", "KEPALA SUB BAGIAN UMUM DAN KEUANGAN", "BURHANUDDIN, S.H.", "SEKRETARIS CAMAT")]
    public void Read_GivesBothPartiesOfEachAgreement(int index, string first, string firstPosition, string second, string secondPosition)
    {
        var agreement = Agreements[index];
        Assert.Equal(first, agreement.FirstParty.PrintedName);
        Assert.Equal(firstPosition, agreement.FirstParty.Position);
        Assert.Equal(second, agreement.SecondParty.PrintedName);
        Assert.Equal(secondPosition, agreement.SecondParty.Position);
        Assert.Null(agreement.FirstParty.NipAsPrinted);
        Assert.Null(agreement.SecondParty.NipAsPrinted);
    }

    [Fact]
    public void Read_SeparatesTitlesFromTheName()
    {
        var bupati = Agreements[0].SecondParty;
        Assert.Equal("Ir. H.", bupati.FrontTitles);
        Assert.Equal("IRWAN BACHRI SYAM", bupati.Name);
        Assert.Equal("S.T., IPM.", bupati.BackTitles);
    }

    public static TheoryData<int, string> Budgets => new()
    {
        { 0, "P 11990000, K 11990000, P 112362000, K 112362000, P 30375000, K 22235000, K 8140000, P 23672500, K 23672500, P 21499500, K 21499500" },
        { 1, "P 2558336300, K 42810500, K 1856527300, K 14860000, K 40078500, K 258706000, K 306686000, K 38668000" },
        { 2, "S 14617000, S 7618000, S 8140000" },
        { 3, "S 11990000, S 15144000, S 97218000, S 10043000" },
        { 4, "S 23672500, S 11456500" },
        { 5, "S 15811500, S 7002000, S 6798500, S 13198500, S 8265500, S 31813000" },
        { 6, "S 1831572000, S 24955300, S 14860000, S 3067000, S 8671000, S 18240000, S 5880000, S 101200000, S 121648000, S 18612000, S 50814000, S 8300000, S 228960000, S 25538000, S 860000, S 12270000" },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Read_GivesEveryBudgetLineWithItsLevelAndAmount(int index, string expected)
    {
        Assert.Equal(expected, SeedFormat.Budget(Agreements[index]));
        Assert.All(Agreements[index].BudgetLines, b => Assert.Equal("APBD", b.Source));
    }

    public static TheoryData<int, string> Targets => new()
    {
        { 0, "95, 76, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %" },
        { 1, "100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %" },
        { 2, "4 Laporan, 4 Laporan, 4 Laporan" },
        { 3, "12 Dokumen, 5 Lembaga Kemasyarakatan, 12 Laporan, 7 Laporan" },
        { 4, "12 Dokumen, 14 Dokumen" },
        { 5, "2 Dokumen, 2 Dokumen, 2 Dokumen, 10 Laporan, 12 Dokumen, 3 Orang" },
        { 6, "15 Orang/Bulan, 12 Dokumen, 12 Dokumen, 10 Paket, 20 Paket, 4 Orang, 48 Dokumen, 12 Laporan, 12 Laporan, 12 Laporan, 12 Laporan, 2 Laporan, 12 Laporan, 7 Unit, 2 Unit, 19 Unit" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Read_GivesEveryTargetWithItsUnit(int index, string expected) =>
        Assert.Equal(expected, SeedFormat.Targets(Agreements[index]));

    [Fact]
    public void Read_GivesSasaranLevelsFromTheTables()
    {
        Assert.Equal("Strategis Strategis Program Kegiatan Program Kegiatan Program Kegiatan Kegiatan Program Kegiatan Program Kegiatan",
            string.Join(' ', Agreements[0].Sasarans.Select(s => s.Level)));
        Assert.Equal("Program Kegiatan Kegiatan Kegiatan Kegiatan Kegiatan Kegiatan Kegiatan",
            string.Join(' ', Agreements[1].Sasarans.Select(s => s.Level)));
        Assert.All(Agreements.Skip(2).SelectMany(a => a.Sasarans), s => Assert.Equal(SasaranLevel.SubKegiatan, s.Level));
        Assert.Equal("1.1.", Agreements[0].Sasarans[3].Number);
    }

    [Fact]
    public void Read_KeepsTheLampiranHeadingsAsPrinted()
    {
        Assert.Equal("SEKRETARIS CAMAT KALAENA", Agreements[0].LampiranHeadings.Single(h => h.Lampiran == "Lampiran 2").NamedPosition);
        Assert.Equal("KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", Agreements[6].LampiranHeadings.Single(h => h.Lampiran == "Lampiran 1").NamedPosition);
    }

    [Fact]
    public void Read_FillsLampiran2IntoTheIndicators()
    {
        var ikm = Agreements[0].Sasarans[0].Indicators[0];
        Assert.Equal("Indeks Kepuasan Masyarakat (IKM)", ikm.Text);
        Assert.StartsWith("Indeks Kepuasan Masyarakat merupakan alat ukur", ikm.Definition, StringComparison.Ordinal);
        Assert.Contains("Nilai IKM (Indeks Kepuasan Masyarakat) = Total dari Nilai Persepsi Tertimbang × 25", ikm.Formula, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", ikm.Formula, StringComparison.Ordinal);
        Assert.DoesNotContain("\\frac", ikm.Formula, StringComparison.Ordinal);
        Assert.Equal("Hasil Kuesioner", ikm.DataSource);
        Assert.Equal("Target tersebut sesuai target yang telah ditetapkan dalam Renstra", ikm.TargetExplanation);
        Assert.Equal(52, Agreements.Sum(a => a.Explanations.Count));
    }

    [Fact]
    public void Read_ReadsTheLampiran2TargetThatDiffersFromLampiran1()
    {
        var bimtek = Agreements[5].Explanations.SelectMany(e => e.Targets).Single(t => t.Indicator.Contains("bimbingan teknis", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("4 Orang", bimtek.Target);
        Assert.Equal(3m, Agreements[5].Sasarans[5].Indicators[0].Target.Value);
    }

    [Fact]
    public void Read_PlacesEveryLine()
    {
        var result = Samples.Read(Samples.Kalaena);
        Assert.Empty(result.ReadingFindings.SelectMany(f => f.Value));
    }
}
