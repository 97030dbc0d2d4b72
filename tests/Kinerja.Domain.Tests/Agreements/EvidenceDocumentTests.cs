using System.Text;
using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class EvidenceDocumentTests
{
    private static readonly DateTimeOffset At = new(2025, 1, 2, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_Pdf_KeepsContentAndHash()
    {
        var content = Encoding.ASCII.GetBytes("%PDF-1.7\nabc");

        var evidence = EvidenceDocument.Create(Guid.CreateVersion7(), "C:\\scan\\pk camat.pdf", content, At, null, " Operator ").Value!;

        Assert.Equal(("pk camat.pdf", "application/pdf", 12L, "Operator"), (evidence.FileName, evidence.ContentType, evidence.Size, evidence.UploadedByName));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), evidence.Reference);
    }

    [Theory]
    [InlineData("pk-\u202Efdp.exe", "pk-fdp.exe")]
    [InlineData("\u2067scan\u2069 camat\u200E.pdf", "scan camat.pdf")]
    [InlineData("pk\u0000\u001B[31m\u0085.pdf", "pk[31m.pdf")]
    [InlineData("\uFEFFpk\u200B.pdf", "pk.pdf")]
    public void Create_DropsControlAndDirectionCharactersFromTheName(string uploaded, string stored)
    {
        var evidence = EvidenceDocument.Create(Guid.CreateVersion7(), uploaded, Encoding.ASCII.GetBytes("%PDF-1.7\nabc"), At, null, "x").Value!;

        Assert.Equal(stored, evidence.FileName);
    }

    [Fact]
    public void Create_NotPdf_IsRefusedInIndonesian()
    {
        var outcome = EvidenceDocument.Create(Guid.CreateVersion7(), "scan.pdf", Encoding.ASCII.GetBytes("PK\u0003\u0004docx"), At, null, "x");

        Assert.Equal("Berkas bukti \"scan.pdf\" bukan PDF; unggah hasil pindaian perjanjian yang ditandatangani dalam format PDF.", outcome.Error);
    }

    [Fact]
    public void Create_OverTheLimit_IsRefused()
    {
        var content = new byte[EvidenceDocument.MaxSize + 1];
        Encoding.ASCII.GetBytes("%PDF-").CopyTo(content, 0);

        var outcome = EvidenceDocument.Create(Guid.CreateVersion7(), "scan.pdf", content, At, null, "x");

        Assert.Equal("Berkas bukti \"scan.pdf\" berukuran 25 MB; paling besar 25 MB. Perkecil resolusi pindaian (mis. 200 dpi, hitam putih) lalu unggah lagi.", outcome.Error);
    }

    [Fact]
    public void Create_ExactlyAtTheLimit_IsAccepted()
    {
        var content = new byte[EvidenceDocument.MaxSize];
        Encoding.ASCII.GetBytes("%PDF-").CopyTo(content, 0);

        Assert.True(EvidenceDocument.Create(Guid.CreateVersion7(), "scan.pdf", content, At, null, "x").Success);
    }

    [Fact]
    public void Create_EmptyOrUnnamed_IsRefused()
    {
        Assert.Equal(Messages.EvidenceEmpty, EvidenceDocument.Create(Guid.CreateVersion7(), "a.pdf", [], At, null, "x").Error);
        Assert.Equal(Messages.EvidenceFileNameRequired, EvidenceDocument.Create(Guid.CreateVersion7(), " ", Encoding.ASCII.GetBytes("%PDF-"), At, null, "x").Error);
    }

    [Theory]
    [InlineData(1_572_864, "1,5 MB")]
    [InlineData(849_920, "830 KB")]
    public void FormatSize_IsIndonesian(long bytes, string text) => Assert.Equal(text, EvidenceDocument.FormatSize(bytes));
}
