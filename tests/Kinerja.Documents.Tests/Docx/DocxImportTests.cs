using System.Text;
using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Tests.Docx;

/// <summary>Uploads judged by their content: a PK typed in Word reads like its text; other formats fail in Indonesian.</summary>
public sealed class DocxImportTests
{
    private static readonly AgreementDocumentImporter Importer = new(new AgreementChecker(DefaultNomenclature.Load()));

    [Fact]
    public void Import_HandMadeDocx_ReadsPartiesPlaceAndDate()
    {
        var document = Importer.Import(HandMadeDocx.Kecamatan(), "wotu.docx");

        Assert.Null(document.Failure);
        var agreement = Assert.Single(document.Agreements);
        Assert.Equal("Kecamatan Wotu", agreement.Office);
        Assert.Equal("Kabupaten Luwu Timur", agreement.Region);
        Assert.Equal(AgreementKind.Awal, agreement.Kind);
        Assert.Equal(2025, agreement.Year);
        Assert.Equal("SUPARMAN, S.Sos., M.Si.", agreement.FirstParty.PrintedName);
        Assert.Equal("198001012005011003", agreement.FirstParty.Nip);
        Assert.Equal("CAMAT WOTU", agreement.FirstParty.Position);
        Assert.Equal("BUPATI LUWU TIMUR", agreement.SecondParty.Position);
        Assert.Equal("Wotu", agreement.Place);
        Assert.Equal(new DateOnly(2025, 1, 3), agreement.SignedAt);
    }

    [Fact]
    public void Import_HandMadeDocx_ReadsTargetsOfWrappedAndMergedCells()
    {
        var agreement = Importer.Import(HandMadeDocx.Kecamatan(), "wotu.docx").Agreements[0];

        Assert.Equal(2, agreement.Sasarans.Count);
        var first = agreement.Sasarans[0];
        Assert.Equal(SasaranLevel.Strategis, first.Level);
        Assert.Equal("Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wotu", first.Text);
        Assert.Equal(2, first.Indicators.Count);
        Assert.Equal(88.5m, first.Indicators[0].Target.Value);
        Assert.Equal(100m, first.Indicators[1].Target.Value);
        Assert.Equal("%", first.Indicators[1].Unit);
        Assert.Equal("Nilai", agreement.Sasarans[1].Indicators[0].Unit);
    }

    [Fact]
    public void Import_HandMadeDocx_ReadsRupiahWithDotsAndSkipsTheTotal()
    {
        var document = Importer.Import(HandMadeDocx.Kecamatan(), "wotu.docx");
        var lines = document.Agreements[0].BudgetLines;

        Assert.Equal(
            ["Program 11990000 APBD", "Kegiatan 11990000 APBD", "Program 112362000 APBD", "Kegiatan 112362000 APBD"],
            lines.Select(l => $"{l.Level} {l.Amount.Value} {l.Source}"));
        Assert.DoesNotContain(document.AllFindings, f => f.Code == FindingCodes.UnplacedText);
        Assert.DoesNotContain(document.AllFindings, f => f.Code.StartsWith("ANGGARAN", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TextBytes_GivesWhatTheTextGives()
    {
        var text = Samples.Text(Samples.Mangkutana);

        var fromBytes = Importer.Import(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "pk.txt");
        var fromText = Importer.Import(text, "pk.txt");

        Assert.Equal(fromText.Agreements.Select(AgreementSnapshot.Of), fromBytes.Agreements.Select(AgreementSnapshot.Of));
    }

    [Fact]
    public void Import_Pdf_FailsWithAnIndonesianMessage()
    {
        var document = Importer.Import("%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray(), "pk.pdf");

        Assert.True(document.Failed);
        Assert.Empty(document.Agreements);
        Assert.Equal("Berkas PDF belum dapat dibaca; unggah teks atau DOCX.", document.Failure!.Message);
        Assert.Equal("pk.pdf", document.Failure.SourceName);
    }

    [Fact]
    public void Import_ZipWithoutWordDocument_Fails()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("readme.txt");

        var document = Importer.Import(buffer.ToArray(), "arsip.zip");

        Assert.True(document.Failed);
        Assert.Contains("bukan dokumen Word", document.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BinaryBytes_Fail()
    {
        var document = Importer.Import(new byte[] { 0xFF, 0xFE, 0x00, 0x81, 0x00 }, "gambar.png");

        Assert.True(document.Failed);
        Assert.Contains("bukan teks UTF-8", document.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DamagedDocx_FailsWithoutThrowing()
    {
        var bytes = HandMadeDocx.Kecamatan();
        var damaged = bytes.Take(bytes.Length / 2).ToArray();

        var document = Importer.Import(damaged, "rusak.docx");

        Assert.True(document.Failed);
    }
}
