using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Tests.Text;

/// <summary>The amended 2025 PKs of Kecamatan Mangkutana, read to the last Rupiah and target.</summary>
public sealed class MangkutanaSeedTests
{
    private static readonly IReadOnlyList<Agreement> Agreements = Samples.Read(Samples.Mangkutana).Agreements;

    [Fact]
    public void Read_PaperDocuments_AreSigned() =>
        Assert.All(Agreements, a => Assert.Equal(AgreementStatus.Signed, a.Status));

    [Fact]
    public void Read_FindsEightAmendedAgreementsOfMangkutana()
    {
        Assert.Equal(8, Agreements.Count);
        Assert.All(Agreements, a =>
        {
            Assert.Equal(2025, a.Year);
            Assert.Equal(AgreementKind.Perubahan, a.Kind);
            Assert.Equal("Kecamatan Mangkutana", a.Office);
            Assert.Equal("Kabupaten Luwu Timur", a.Region);
            Assert.Equal(new DateOnly(2025, 10, 1), a.SignedAt);
            Assert.Equal("Luwu Timur", a.Place);
        });
    }

    [Theory]
    [InlineData(0, "DARMAWATI, SE", "197010241992032005", "CAMAT", "Ir. H. Irwan Bachri Syam, ST, IPM", null, "BUPATI")]
    [InlineData(1, "SAMUEL N, SIP", "197911122006041008", "SEKRETARIS CAMAT", "DARMAWATI, SE", "197010241992032005", "CAMAT")]
    [InlineData(2, "WILLIAM TUMIWANG ,S.M", "197703172010011008", "KEPALA SEKSI PEMERINTAHAN UMUM", "DARMAWATI, SE", "197010241992032005", "CAMAT")]
    [InlineData(3, "AHMAD, S.AN", "197203212008011002", "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN DESA", "DARMAWATI, SE", "197010241992032005", "CAMAT")]
    [InlineData(4, "MUSLIM, S.PD", "197502152006041011", "KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", "DARMAWATI, SE", "197010241992032005", "CAMAT")]
    [InlineData(5, "WARSISALIPADANG, SE, M.SI", "19701209 200901 2 00", "KEPALA SEKSI PELAYANAN PUBLIK", "DARMAWATI, SE", "197010241992032005", "CAMAT")]
    [InlineData(6, "MERI, S.PI", "197810052008012019", "KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "SAMUEL N, SIP", "197911122006041008", "SEKRETARIS CAMAT")]
    [InlineData(7, "MANSYUR, S.SOS", "197601052008011015", "KEPALA SUB BAGIAN UMUM DAN KEUANGAN", "SAMUEL N, SIP", "197911122006041008", "SEKRETARIS CAMAT")]
    public void Read_GivesPartiesWithTheirNip(int index, string first, string firstNip, string firstPosition, string second, string? secondNip, string secondPosition)
    {
        var agreement = Agreements[index];
        Assert.Equal(first, agreement.FirstParty.PrintedName);
        Assert.Equal(firstNip, agreement.FirstParty.NipAsPrinted);
        Assert.Equal(firstPosition, agreement.FirstParty.Position);
        Assert.Equal(second, agreement.SecondParty.PrintedName);
        Assert.Equal(secondNip, agreement.SecondParty.NipAsPrinted);
        Assert.Equal(secondPosition, agreement.SecondParty.Position);
    }

    [Fact]
    public void Read_GivesValidNipsAsDigitsAndKeepsTheSeventeenDigitOneAsPrinted()
    {
        Assert.Equal("197010241992032005", Agreements[0].FirstParty.Nip);
        Assert.Null(Agreements[5].FirstParty.Nip);
        Assert.Equal("19701209200901200", Agreements[5].FirstParty.NipForExchange);
    }

    public static TheoryData<int, string> Budgets => new()
    {
        { 0, "P 10745500, P 68188400, P 12680600, P 27348100, P 14221800, P 2873283457" },
        { 1, "P 2873283457, K 32603700, K 2210249677, K 15112000, K 23277200, K 368136580, K 52636000, K 114988300, K 56280000" },
        { 2, "K 27348100, S 27348100, S 6240900" },
        { 3, "K 68188400, K 14221800, S 12241800, S 55946600, S 7980900" },
        { 4, "K 8444600, K 4236000, S 4533600, S 3911000, S 4236000" },
        { 5, "K 10745500, S 10745500" },
        { 6, "K 32603700, K 23277200, S 15409900, S 6155700, S 3109500, S 7928600, S 4887200, S 18390000" },
        { 7, "K 2210249677, K 15112000, K 368136580, K 52636000, K 114988300, K 56280000, S 2170964177, S 39285500, S 15112000, S 3191500, S 5986080, S 6623000, S 4800000, S 199470000, S 148066000, S 13376000, S 24192000, S 15068000, S 13511300, S 45017000, S 7500000, S 48960000, S 25460000, S 8110000, S 20880000, S 1830000" },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Read_GivesEveryBudgetLineWithItsLevelAndAmount(int index, string expected) =>
        Assert.Equal(expected, SeedFormat.Budget(Agreements[index]));

    public static TheoryData<int, string> Targets => new()
    {
        { 0, "70.05 Nilai, 87.5 Nilai, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %" },
        { 1, "100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 100 %" },
        { 2, "100 %, 12 Dokumen, 22 Dokumen" },
        { 3, "100 %, 100 %, 10 Lembaga Kemasyarakatan, 12 Laporan, 12 Laporan" },
        { 4, "100 %, 100 %, 8 Laporan, 4 Laporan, 4 Laporan" },
        { 5, "100 %, 11 Dokumen" },
        { 6, "100 %, 100 %, 3 Dokumen, 2 Dokumen, 2 Dokumen, 10 Laporan, 12 Dokumen, 5 Orang" },
        { 7, "100 %, 100 %, 100 %, 100 %, 100 %, 100 %, 25 Orang/Bulan, 18 Laporan, 4 Laporan, 1 Paket, 1 Paket, 1 Paket, 48 Jenis, 12 Laporan, 12 Laporan, 2 Unit, 3 Unit, 5 Unit, 12 Laporan, 12 Laporan, 2 Laporan, 12 Laporan, 4 Unit, 13 Unit, 3 Unit, 3 Unit" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Read_GivesEveryTargetWithItsUnit(int index, string expected) =>
        Assert.Equal(expected, SeedFormat.Targets(Agreements[index]));

    [Fact]
    public void Read_JoinsRowsWrappedOverSeveralLines()
    {
        var umum = Agreements[7];
        var laporan = umum.Sasarans.Single(s => s.Number == "8");
        Assert.EndsWith("(Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD)", laporan.Text, StringComparison.Ordinal);
        Assert.Equal(SasaranLevel.SubKegiatan, laporan.Level);
        Assert.Equal("-", Agreements[7].Sasarans.Single(s => s.Number == "13").Text[..1]);
    }

    [Fact]
    public void Read_TakesLevelsFromTheNamesInBrackets()
    {
        Assert.Equal("Strategis Strategis Program Program Program Program Program Program", string.Join(' ', Agreements[0].Sasarans.Select(s => s.Level)));
        Assert.Equal("Kegiatan Kegiatan SubKegiatan SubKegiatan SubKegiatan", string.Join(' ', Agreements[3].Sasarans.Select(s => s.Level)));
    }

    [Fact]
    public void Read_KeepsSignatureNamesForSpellingChecks()
    {
        Assert.Contains(Agreements[1].SignatureNames, s => s.PrintedName == "SAMUEL NASRANI, S.IP" && s.Role == PartyRole.First);
        Assert.Contains(Agreements[2].SignatureNames, s => s.PrintedName == "WILLIAM TUMUWANG, S.M" && s.NipAsPrinted == "197703172010011008");
        Assert.Equal("KEPALA SEKSI PELAYANAN UMUM", Agreements[5].LampiranHeadings.Single().NamedPosition);
    }

    [Fact]
    public void Read_PlacesEveryLine()
    {
        var result = Samples.Read(Samples.Mangkutana);
        Assert.Empty(result.ReadingFindings.SelectMany(f => f.Value));
    }
}
