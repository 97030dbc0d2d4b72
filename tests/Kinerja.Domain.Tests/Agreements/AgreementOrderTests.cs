using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class AgreementOrderTests
{
    private static Agreement TwoSasaranThreeLines() =>
        AgreementBuilder.For()
            .Sasaran("Meningkatnya kualitas pelayanan umum", ("Persentase layanan tepat waktu", "100%"), ("Indeks Kepuasan Masyarakat", "82,5"), ("Jumlah pengaduan yang diselesaikan", "12 Laporan"))
            .Sasaran("Meningkatnya akuntabilitas kinerja", ("Nilai AKIP Perangkat Daerah", "76"))
            .Program("Program Penunjang Urusan Pemerintahan Daerah", 3_000_000)
            .Kegiatan("Administrasi Keuangan Perangkat Daerah", 2_000_000)
            .SubKegiatan("Penyediaan Gaji dan Tunjangan ASN", 2_000_000)
            .Build();

    private static string[] Texts(Sasaran sasaran) => sasaran.Indicators.Select(i => i.Text).ToArray();

    [Fact]
    public void MoveIndicator_Down_ChangesOnlyItsSasaransOrder()
    {
        var agreement = TwoSasaranThreeLines();
        var first = agreement.Sasarans[0].Indicators[0];

        Assert.True(agreement.MoveIndicator(first.Id, 1).Success);

        Assert.Equal(["Indeks Kepuasan Masyarakat", "Persentase layanan tepat waktu", "Jumlah pengaduan yang diselesaikan"], Texts(agreement.Sasarans[0]));
        Assert.Equal(["Nilai AKIP Perangkat Daerah"], Texts(agreement.Sasarans[1]));
    }

    [Fact]
    public void MoveIndicator_Up_FromTheEnd()
    {
        var agreement = TwoSasaranThreeLines();
        var last = agreement.Sasarans[0].Indicators[2];

        Assert.True(agreement.MoveIndicator(last.Id, 1).Success);

        Assert.Equal(["Persentase layanan tepat waktu", "Jumlah pengaduan yang diselesaikan", "Indeks Kepuasan Masyarakat"], Texts(agreement.Sasarans[0]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void MoveIndicator_OutsideItsSasaran_IsRefusedAndChangesNothing(int index)
    {
        var agreement = TwoSasaranThreeLines();
        var only = agreement.Sasarans[1].Indicators[0];

        var outcome = agreement.MoveIndicator(only.Id, index);

        Assert.Equal($"Urutan tujuan {index + 1} di luar daftar (1 sampai 1).", outcome.Error);
        Assert.Same(only, Assert.Single(agreement.Sasarans[1].Indicators));
    }

    [Fact]
    public void MoveIndicator_Unknown_IsRefused()
    {
        var agreement = TwoSasaranThreeLines();

        Assert.Equal(Messages.IndicatorNotFound, agreement.MoveIndicator(Guid.CreateVersion7(), 0).Error);
    }

    [Fact]
    public void MoveBudgetLine_Up_ChangesTheTableOrder_KeepingNumbersAndTotal()
    {
        var agreement = TwoSasaranThreeLines();
        var total = agreement.BudgetTotal;
        var gaji = agreement.BudgetLines[2];

        Assert.True(agreement.MoveBudgetLine(gaji.Id, 1).Success);

        Assert.Equal(
            ["Program Penunjang Urusan Pemerintahan Daerah", "Penyediaan Gaji dan Tunjangan ASN", "Administrasi Keuangan Perangkat Daerah"],
            agreement.BudgetLines.Select(b => b.Name));
        Assert.Equal(total, agreement.BudgetTotal);
    }

    [Fact]
    public void MoveBudgetLine_PastTheEndOrUnknown_IsRefused()
    {
        var agreement = TwoSasaranThreeLines();
        var first = agreement.BudgetLines[0];

        Assert.Equal("Urutan tujuan 4 di luar daftar (1 sampai 3).", agreement.MoveBudgetLine(first.Id, 3).Error);
        Assert.Equal(Messages.BudgetLineNotFound, agreement.MoveBudgetLine(Guid.CreateVersion7(), 0).Error);
        Assert.Same(first, agreement.BudgetLines[0]);
    }
}
