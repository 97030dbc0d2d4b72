using System.Text;
using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Tests.Docx;
using Kinerja.Documents.Text;
using Kinerja.Documents.Xlsx;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Documents.Tests.Robustness;

/// <summary>
/// Damaged documents (seeded, so every run reads the same cases) never make a reader throw: each is read into
/// agreements with findings, or refused with an Indonesian message (a <see cref="Kinerja.Documents.Text.ReadFailure"/> or cell errors),
/// and what is read stays within the limits of <see cref="DocumentLimits"/>.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int Cases = 200;

    private static readonly string[] Texts = Directory.GetFiles(Samples.Folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public void TextReader_OfDamagedSamplesAndGarbage_ReadsOrRefuses()
    {
        for (var i = 0; i < Cases; i++)
        {
            var mutations = new Mutations(1000 + i);
            var text = i % 5 == 4 ? mutations.Garbage(mutations.Random.Next(20_000)) : mutations.Text(Texts[i % Texts.Length]);

            AssertReadOrRefused(Read(Encoding.UTF8.GetBytes(text), i, "pk.txt"), text.Length);
        }
    }

    [Fact]
    public void DocxReader_OfDamagedDocx_ReadsOrRefuses()
    {
        // The Open XML document tree is the cost of each case: small documents, a hand-made one and Kinerja's own.
        var smallest = Samples.Read(Samples.Mangkutana).Agreements.MinBy(a => a.Sasarans.Count + a.BudgetLines.Count)!;
        var packages = new[] { HandMadeDocx.Kecamatan(), DocxExporter.Write([smallest], Samples.Print) };
        for (var i = 0; i < Cases; i++)
        {
            var mutations = new Mutations(2000 + i);
            var package = packages[i % packages.Length];
            var damaged = i % 3 == 0 ? mutations.Bytes(package) : mutations.Part(package, "word/document.xml");

            AssertReadOrRefused(Read(damaged, i, "pk.docx"), damaged.Length * 8);
        }
    }

    [Fact]
    public void XlsxReader_OfDamagedWorkbooks_ReadsOrRefuses()
    {
        var workbook = XlsxExporter.Write(OneAgreementOfEachSample());
        var parts = new[] { "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/sharedStrings.xml", "xl/workbook.xml" };
        for (var i = 0; i < Cases; i++)
        {
            var mutations = new Mutations(3000 + i);
            var damaged = i % 3 == 0 ? mutations.Bytes(workbook) : mutations.Part(workbook, parts[i % parts.Length]);

            XlsxImportResult read;
            try
            {
                read = XlsxImporter.Read(damaged);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"case {i}: {e}");
            }

            Assert.True(read.Succeeded ? read.Agreements.Count > 0 : read.Agreements.Count == 0, $"case {i}");
            Assert.All(read.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        }
    }

    /// <summary>The reading half of the import (format, text form, reader), without the rules that check what was read.</summary>
    private static ReadResult Read(byte[] content, int number, string name)
    {
        try
        {
            var text = DocumentText.Read(content, name);
            return text.Failure is { } failure
                ? new ReadResult([], new Dictionary<Guid, IReadOnlyList<Finding>>(), failure)
                : TextAgreementReader.Read(text.Text!, name);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"case {number}: {e}");
        }
    }

    private static void AssertReadOrRefused(ReadResult read, int inputLength)
    {
        if (read.Failure is { } failure)
        {
            Assert.Empty(read.Agreements);
            Assert.False(string.IsNullOrWhiteSpace(failure.Message));
            return;
        }

        Assert.NotEmpty(read.Agreements);
        foreach (var agreement in read.Agreements)
        {
            Assert.All(agreement.Sasarans, s => Assert.InRange(s.Text.Length, 0, DocumentLimits.FieldCharacters));
            Assert.All(agreement.Sasarans.SelectMany(s => s.Indicators), x => Assert.InRange(x.Text.Length, 0, DocumentLimits.FieldCharacters));
            Assert.All(agreement.Explanations, e => Assert.InRange(e.Description.Length, 0, DocumentLimits.FieldCharacters));
        }

        Assert.InRange(read.ReadingFindings.Values.Sum(f => f.Count), 0, inputLength + 100);
    }

    private static List<Agreement> OneAgreementOfEachSample() =>
        [.. new[] { Samples.Kalaena, Samples.Mangkutana }.Select(s => Samples.Read(s).Agreements[^1])];
}
