using Kinerja.Documents.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Documents.Tests.Text;

/// <summary>Documents of the same kind written by other offices in other layouts: the reader is not keyed to the seeds.</summary>
public sealed class OtherLayoutTests
{
    private const string Dinas = """
        PERJANJIAN KINERJA TAHUN 2026
        DINAS PENDIDIKAN DAN KEBUDAYAAN
        PEMERINTAH KOTA PALOPO

        Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:
        Nama : Dr. Hj. SITTI RAHMAH, S.Pd., M.Pd.
        NIP : 19750304 200003 2 004
        Jabatan : Plt. KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN
        selanjutnya disebut Pihak Pertama
        Nama : Drs. H. ANDI MAKKULAU, M.Si.
        Jabatan : WALI KOTA PALOPO
        selanjutnya disebut Pihak Kedua
        Pihak Pertama berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini.
        Pihak Kedua akan melakukan supervisi yang diperlukan.

        Palopo, 5 Februari 2026

        LAMPIRAN I
        PERJANJIAN KINERJA PLT. KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN
        No	Sasaran Strategis	Indikator Kinerja	Target
        (1)	(2)	(3)	(4)
        1.	Meningkatnya mutu layanan pendidikan dasar yang	Angka Partisipasi Murni SD	98,25 %
        	merata dan berkeadilan
        		Indeks Kepuasan Masyarakat terhadap layanan pendidikan	82,75 Nilai
        2.	Meningkatnya kompetensi guru	Jumlah Guru yang Mengikuti Pelatihan	1.250 Orang

        No	Program / Kegiatan / Sub Kegiatan	Anggaran	Sumber Dana
        	Program
        1	PROGRAM PENGELOLAAN PENDIDIKAN	Rp 1.250.000.000,00	APBD
        	Kegiatan
        2	Pengelolaan Pendidikan Sekolah Dasar	Rp. 750,000,000 ,-	APBD
        3	Pengelolaan Pendidikan Sekolah Menengah Pertama	500.000.000	DAK

        Catatan tambahan yang tidak dikenal pembaca dan harus dilaporkan, bukan dibuang diam-diam.

        LAMPIRAN II
        PENJELASAN KINERJA
        Penjelasan 1
        Sasaran : Meningkatnya mutu layanan pendidikan dasar
        Yang dimaksud dalam sasaran ini adalah layanan pendidikan dasar yang bermutu.
        NO	URAIAN	RELEVANSI	FORMULASI	SUMBER DATA
        1.	Angka Partisipasi Murni SD	Menggambarkan akses	$\frac{\text{Siswa usia 7-12}}{\text{Penduduk usia 7-12}} \times 100$	Dapodik
        NO	TARGET	PENJELASAN
        1.	98,25	Sesuai Renstra
        """;

    private static ReadResult Read() => TextAgreementReader.Read(Dinas, "dinas.txt");

    [Fact]
    public void Read_TakesOfficeRegionYearAndPlaceFromAnotherLayout()
    {
        var agreement = Assert.Single(Read().Agreements);
        Assert.Equal("Dinas Pendidikan dan Kebudayaan", agreement.Office);
        Assert.Equal("Kota Palopo", agreement.Region);
        Assert.Equal(2026, agreement.Year);
        Assert.Equal(AgreementKind.Awal, agreement.Kind);
        Assert.Equal("Palopo", agreement.Place);
        Assert.Equal(new DateOnly(2026, 2, 5), agreement.SignedAt);
    }

    [Fact]
    public void Read_TakesTheNipFromThePartyBlockAndKeepsActingTitle()
    {
        var agreement = Read().Agreements[0];
        Assert.Equal("197503042000032004", agreement.FirstParty.Nip);
        Assert.Equal("Plt. KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", agreement.FirstParty.Position);
        Assert.Equal("Dr. Hj.", agreement.FirstParty.FrontTitles);
        Assert.Equal("SITTI RAHMAH", agreement.FirstParty.Name);
        Assert.Equal("WALI KOTA PALOPO", agreement.SecondParty.Position);
    }

    [Fact]
    public void Read_JoinsWrappedRowsAndReadsDecimalsAndThousands()
    {
        var agreement = Read().Agreements[0];
        Assert.Equal(2, agreement.Sasarans.Count);
        var first = agreement.Sasarans[0];
        Assert.Equal("Meningkatnya mutu layanan pendidikan dasar yang merata dan berkeadilan", first.Text);
        Assert.Equal(2, first.Indicators.Count);
        Assert.Equal(98.25m, first.Indicators[0].Target.Value);
        Assert.Equal("Indeks Kepuasan Masyarakat terhadap layanan pendidikan", first.Indicators[1].Text);
        Assert.Equal(82.75m, first.Indicators[1].Target.Value);
        Assert.Equal("Nilai", first.Indicators[1].Unit);
        Assert.Equal(1250m, agreement.Sasarans[1].Indicators[0].Target.Value);
        Assert.All(agreement.Sasarans, s => Assert.Equal(SasaranLevel.Strategis, s.Level));
    }

    [Fact]
    public void Read_ReadsEveryWayOfWritingRupiahAndTheSectionRows()
    {
        var budget = Read().Agreements[0].BudgetLines;
        Assert.Equal([1_250_000_000L, 750_000_000L, 500_000_000L], budget.Select(b => b.Amount.Value));
        Assert.Equal([BudgetLevel.Program, BudgetLevel.Kegiatan, BudgetLevel.Kegiatan], budget.Select(b => b.Level));
        Assert.Equal("DAK", budget[2].Source);
    }

    [Fact]
    public void Read_TurnsFormulasIntoPlainTextAndFillsTheIndicator()
    {
        var indicator = Read().Agreements[0].Sasarans[0].Indicators[0];
        Assert.Equal("Siswa usia 7-12 / Penduduk usia 7-12 × 100", indicator.Formula);
        Assert.Equal("Dapodik", indicator.DataSource);
        Assert.Equal("Sesuai Renstra", indicator.TargetExplanation);
    }

    [Fact]
    public void Read_ReportsWhatItCannotPlace()
    {
        var result = Read();
        var finding = Assert.Single(result.ReadingFindings.SelectMany(f => f.Value));
        Assert.Equal(FindingCodes.UnplacedText, finding.Code);
        Assert.Equal("dinas.txt:34", finding.Location);
        Assert.Contains("Catatan tambahan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordsTheLampiranHeadingWithTheActingTitle()
    {
        var heading = Read().Agreements[0].LampiranHeadings.First();
        Assert.Equal("PLT. KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", heading.NamedPosition);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("halo\ndunia", 1)]
    public void Read_FailsOnWhatIsNotAnAgreement(string text, int line)
    {
        var result = TextAgreementReader.Read(text, "x.txt");
        Assert.NotNull(result.Failure);
        Assert.Equal(line, result.Failure!.Line);
        Assert.StartsWith("x.txt:1: ", result.Failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.Agreements);
    }

    [Fact]
    public void Read_FailsWhenAnAgreementHasNoParties()
    {
        var result = TextAgreementReader.Read("PERJANJIAN KINERJA TAHUN 2025\nKECAMATAN X\n\nDalam rangka mewujudkan manajemen pemerintahan\nNama : A\n", "y.txt");
        Assert.NotNull(result.Failure);
        Assert.Equal(4, result.Failure!.Line);
        Assert.Contains("Pihak Pertama", result.Failure.Message, StringComparison.Ordinal);
    }
}
