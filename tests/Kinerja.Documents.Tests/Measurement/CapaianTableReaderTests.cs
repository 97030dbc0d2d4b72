using System.Text;
using Kinerja.Documents.Measurement;
using Kinerja.Testing;
using MiniExcelLibs;

namespace Kinerja.Documents.Tests.Measurement;

public sealed class CapaianTableReaderTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Csv_SemicolonSeparated_WithIndonesianNumbers_IsReadAsPrinted()
    {
        var table = CapaianTableReader.Read(Utf8(
            "\uFEFFNo;Indikator Kinerja;Satuan;Arah;Target;Realisasi;Capaian (%)\n" +
            "1;Indeks Kepuasan Masyarakat;Indeks;Makin tinggi makin baik;82,5;88,94;107,81\n" +
            ";;;;;;\n" +
            "2;Persentase pengaduan yang tidak ditindaklanjuti;%;Makin rendah makin baik;10;8;120\n"));

        Assert.False(table.Refused);
        Assert.Equal(2, table.Rows.Count);
        var first = table.Rows[0];
        Assert.Equal((1, "Indeks Kepuasan Masyarakat", "Indeks", "Makin tinggi makin baik", "82,5", "88,94", "107,81"),
            (first.Row, first.Indicator, first.Unit, first.Direction, first.Target, first.Realisation, first.PublishedCapaian));
        Assert.Equal(2, table.Rows[1].Row);
    }

    [Fact]
    public void Csv_CommaSeparated_WithQuotedDecimalCommas_AndHeadersInAnyCase()
    {
        var table = CapaianTableReader.Read(Utf8(
            "no,INDIKATOR  KINERJA,satuan,arah,TARGET,realisasi\r\n" +
            "1,\"Nilai AKIP\",Nilai,naik,\"70,05\",\"1.234,56\"\r\n"));

        var row = Assert.Single(table.Rows);
        Assert.Equal("70,05", row.Target);
        Assert.Equal("1.234,56", row.Realisation);
        Assert.Null(row.PublishedCapaian);
    }

    [Fact]
    public void Xlsx_FirstSheet_NumbersKeepTheirExactValue()
    {
        using var stream = new MemoryStream();
        var rows = new[]
        {
            new Dictionary<string, object?> { ["No"] = 1, ["Indikator Kinerja"] = "Pertumbuhan ekonomi", ["Satuan"] = "%", ["Arah"] = "Makin tinggi makin baik", ["Target"] = 2, ["Realisasi"] = -1.41, ["Capaian"] = -70.5 },
            new Dictionary<string, object?> { ["No"] = 2, ["Indikator Kinerja"] = "Rasio", ["Satuan"] = "rasio", ["Arah"] = "naik", ["Target"] = 0.018, ["Realisasi"] = 0.018169, ["Capaian"] = "n/a" },
        };
        stream.SaveAs(rows);

        var table = CapaianTableReader.Read(stream.ToArray());

        Assert.False(table.Refused, table.Refusal);
        Assert.Equal("-1,41", table.Rows[0].Realisation);
        Assert.Equal("-70,5", table.Rows[0].PublishedCapaian);
        Assert.Equal("0,018", table.Rows[1].Target);
        Assert.Equal("0,018169", table.Rows[1].Realisation);
    }

    [Fact]
    public void MissingRequiredColumns_AreNamed()
    {
        var table = CapaianTableReader.Read(Utf8("No;Uraian;Satuan;Target\n1;x;%;10\n"));
        Assert.True(table.Refused);
        Assert.Contains("Indikator Kinerja, Realisasi", table.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x4E, 0x6F, 0x3B, 0xE9, 0x74, 0x0A })]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    public void UnreadableFiles_AreRefusedInIndonesian(byte[] content)
    {
        var table = CapaianTableReader.Read(content);
        Assert.True(table.Refused);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void AHeaderWithoutDataRows_IsRefused() =>
        Assert.True(CapaianTableReader.Read(Utf8("Indikator Kinerja;Target;Realisasi\n")).Refused);

    [Fact]
    public void AWorkbookBomb_IsRefusedBeforeItIsRead()
    {
        var table = CapaianTableReader.Read(ZipBombs.Xlsx());
        Assert.True(table.Refused);
    }
}
