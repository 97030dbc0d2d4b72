using System.Text;
using Kinerja.Documents.Text;
using Kinerja.Domain.Findings;

namespace Kinerja.Documents.Tests.Robustness;

/// <summary>
/// Issue 11: two opening sentences and nothing else crashed the reader (ArgumentOutOfRangeException), and the same line
/// repeated took time growing with the square of the input (26 s for 1 MB). Now such input is refused with an Indonesian
/// message, and a megabyte of it is read through.
/// </summary>
public sealed class MalformedTextTests
{
    private const string Opening = "Dalam rangka mewujudkan manajemen pemerintahan yang efektif";

    [Fact]
    public void Read_TwoOpeningSentencesAlone_IsRefusedWithAnIndonesianMessage()
    {
        var read = TextAgreementReader.Read(Opening + "\n" + Opening + "\n", "pembuka.txt");

        Assert.Empty(read.Agreements);
        Assert.Equal("Perjanjian yang dimulai di baris 1 tidak memuat Nama dan Jabatan Pihak Pertama dan Pihak Kedua.", read.Failure!.Message);
    }

    [Fact]
    public void Read_AMegabyteOfTheOpeningSentence_IsRefused()
    {
        var read = TextAgreementReader.Read(Repeated(Opening, 1024 * 1024), "pembuka.txt");

        Assert.Empty(read.Agreements);
        Assert.Equal(1, read.Failure!.Line);
    }

    [Fact]
    public void Read_AMegabyteOfDescriptionAfterASample_KeepsTheFieldBoundedAndReportsTheRest()
    {
        var text = Samples.Text(Samples.Mangkutana) + "\n" + Repeated("Kalimat penjelasan yang terus berulang tanpa akhir.", 1024 * 1024);

        var read = TextAgreementReader.Read(text, "panjang.txt");

        Assert.Null(read.Failure);
        var last = read.Agreements[^1];
        Assert.All(last.Explanations, e => Assert.InRange(e.Description.Length, 0, DocumentLimits.FieldCharacters));
        Assert.Contains(read.ReadingFindings[last.Id], f => f.Code == FindingCodes.UnplacedText && f.Message.Contains("Kalimat penjelasan", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AMegabyteOfWrappedTableRows_KeepsTheCellBounded()
    {
        var lines = Samples.Text(Samples.Mangkutana).Split('\n');
        var header = Array.FindIndex(lines, l => l.Contains('\t', StringComparison.Ordinal) && l.Contains("INDIKATOR", StringComparison.OrdinalIgnoreCase) && l.Contains("TARGET", StringComparison.OrdinalIgnoreCase));
        var text = string.Join('\n', lines.Take(header + 1)) + "\n" + Repeated("\tlanjutan sasaran yang terbungkus\tindikator lanjutan\t", 1024 * 1024);

        var read = TextAgreementReader.Read(text, "panjang.txt");

        Assert.Null(read.Failure);
        Assert.All(read.Agreements.SelectMany(a => a.Sasarans), s => Assert.InRange(s.Text.Length, 0, DocumentLimits.FieldCharacters));
    }

    private static string Repeated(string line, int size)
    {
        var builder = new StringBuilder(size + line.Length + 1);
        while (builder.Length < size)
            builder.Append(line).Append('\n');
        return builder.ToString();
    }
}
