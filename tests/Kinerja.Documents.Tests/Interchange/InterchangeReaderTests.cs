using Kinerja.Documents.Interchange;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Measurement;

namespace Kinerja.Documents.Tests.Interchange;

public class InterchangeReaderTests
{
    private const string Minimal = """
        {
          "formatVersion": 1,
          "agreements": [
            {
              "year": 2025,
              "kind": "awal",
              "office": "Kecamatan Kalaena",
              "region": "Kabupaten Luwu Timur",
              "firstParty": { "name": "H. MARSUKI, S.Pd., M.M.", "position": "CAMAT KALAENA" },
              "secondParty": { "name": "Ir. H. IRWAN BACHRI SYAM, S.T., IPM.", "position": "BUPATI LUWU TIMUR" },
              "targets": [
                { "number": "I.", "level": "strategis", "sasaran": "Meningkatnya Akuntabilitas", "indicator": "Nilai AKIP", "value": 70.05, "unit": "Nilai", "text": "70,05" },
                { "number": "I.", "level": "strategis", "sasaran": "Meningkatnya Akuntabilitas", "indicator": "IKM", "value": 95, "unit": null, "text": "95" }
              ],
              "budget": []
            }
          ]
        }
        """;

    [Fact]
    public void RoundTrip_WriteReadWrite_GivesTheSameJson()
    {
        var first = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat(), SampleAgreements.Sekcam())]);

        var read = InterchangeReader.Read(first, "pk.json");
        var second = InterchangeWriter.ToJson([read]);

        Assert.Null(read.Failure);
        Assert.Equal(first, second);
    }

    [Fact]
    public void RoundTrip_CarriesCapaianSettingsLineageAndExplanationLinks()
    {
        var camat = SampleAgreements.Camat();
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(camat)]);

        var agreement = Assert.Single(InterchangeReader.Read(json, "pk.json").Agreements);

        var settings = agreement.Indicators.Single(i => i.Text == "Jumlah Paket Rapat Koordinasi");
        Assert.Equal((Polarity.LowerIsBetter, LowerIsBetterFormula.Ratio, YearlyAggregation.Average), (settings.Polarity, settings.LowerIsBetterFormula, settings.Aggregation));
        Assert.Equal(("Rapat koordinasi yang dilaksanakan", "Jumlah rapat"), (settings.Definition, settings.Formula));
        Assert.Equal(camat.Indicators.Select(i => i.LineageId), agreement.Indicators.Select(i => i.LineageId));
        Assert.Equal(camat.BudgetLines.Select(b => b.LineageId), agreement.BudgetLines.Select(b => b.LineageId));
        Assert.Equal(["I.", "1."], agreement.Explanations.Select(e => agreement.SasaranOf(e)!.Number));
        Assert.Contains("\"lowerIsBetterFormula\": \"ratio\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineageNotAnId_FailsNamingTheProperty()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Sekcam())]);
        var lineage = System.Text.RegularExpressions.Regex.Replace(json, "\"lineage\": \"[0-9a-f-]+\"", "\"lineage\": \"bukan-id\"");

        var read = InterchangeReader.Read(lineage, "pk.json");

        Assert.Equal("\"agreements[0].targets[0].lineage\" bernilai \"bukan-id\", bukan pengenal (UUID) yang sah.", read.Failure!.Message);
    }

    [Fact]
    public void RoundTrip_KeepsValuesExact()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat())]);

        var read = InterchangeReader.Read(json, "pk.json");

        var agreement = Assert.Single(read.Agreements);
        Assert.Equal(70.05m, agreement.Indicators.First().Target.Value);
        Assert.Equal("70,05 Nilai", agreement.Indicators.First().Target.Text);
        Assert.Equal(2_873_283_457L, agreement.BudgetLines[0].Amount.Value);
        Assert.Equal("7.01.02", agreement.BudgetLines[0].Code);
        Assert.Null(agreement.BudgetLines[1].Source);
        Assert.Equal(AgreementKind.Perubahan, agreement.Kind);
        Assert.Equal(new DateOnly(2025, 10, 1), agreement.SignedAt);
        Assert.Equal("Malili", agreement.Place);
        Assert.Equal("197010241992032005", agreement.FirstParty.Nip);
        Assert.Equal("ANDI MUH. FADLI, S.STP., M.Si.", agreement.FirstParty.PrintedName);
        Assert.Equal(4, agreement.Sasarans.Count);
        Assert.Empty(agreement.Sasarans[2].Indicators);
        Assert.Equal("Penjelasan dengan baris\nkedua dan rumus $\\frac{a}{b}$.", agreement.Explanations[0].Description);
        var finding = Assert.Single(read.FindingsOf(agreement));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("contoh.txt:40", finding.Location);
    }

    [Fact]
    public void ConsecutiveRowsOfOneSasaran_BecomeOneSasaranWithTwoIndicators()
    {
        var read = InterchangeReader.Read(Minimal, "minimal.json");

        Assert.Null(read.Failure);
        var agreement = Assert.Single(read.Agreements);
        var sasaran = Assert.Single(agreement.Sasarans);
        Assert.Equal(SasaranLevel.Strategis, sasaran.Level);
        Assert.Equal(["Nilai AKIP", "IKM"], sasaran.Indicators.Select(i => i.Text));
        Assert.Equal(70.05m, sasaran.Indicators[0].Target.Value);
        Assert.Empty(read.FindingsOf(agreement));
        Assert.Null(agreement.SignedAt);
        Assert.Equal("minimal.json", agreement.SourceName);
        Assert.Equal(4, agreement.SourceLine);
    }

    [Fact]
    public void NotJson_FailsWithTheLine()
    {
        var read = InterchangeReader.Read("{\n  \"formatVersion\": 1,\n  \"agreements\": [ oops ]\n}", "rusak.json");

        Assert.Empty(read.Agreements);
        Assert.NotNull(read.Failure);
        Assert.Equal("rusak.json", read.Failure.SourceName);
        Assert.Equal(3, read.Failure.Line);
        Assert.Contains("bukan JSON", read.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherVersion_IsRejected()
    {
        var read = InterchangeReader.Read("{\n  \"formatVersion\": 2,\n  \"agreements\": []\n}", "v2.json");

        Assert.NotNull(read.Failure);
        Assert.Equal(2, read.Failure.Line);
        Assert.Contains("Versi format 2 tidak didukung", read.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingProperty_NamesItAndTheObjectsLine()
    {
        var json = Minimal.Replace("\"year\": 2025,", string.Empty, StringComparison.Ordinal);

        var read = InterchangeReader.Read(json, "tanpa-tahun.json");

        Assert.Empty(read.Agreements);
        Assert.NotNull(read.Failure);
        Assert.Equal(4, read.Failure.Line);
        Assert.Equal("Properti wajib \"year\" tidak ada pada agreements[0].", read.Failure.Message);
    }

    [Fact]
    public void UnknownWord_ListsTheAllowedOnes()
    {
        var json = Minimal.Replace("\"kind\": \"awal\"", "\"kind\": \"awl\"", StringComparison.Ordinal);

        var read = InterchangeReader.Read(json, "jenis.json");

        Assert.NotNull(read.Failure);
        Assert.Equal(6, read.Failure.Line);
        Assert.Equal("\"agreements[0].kind\" bernilai \"awl\"; yang diperbolehkan: \"awal\", \"perubahan\".", read.Failure.Message);
    }

    [Fact]
    public void WrongType_NamesThePropertyAndLine()
    {
        var json = Minimal.Replace("\"value\": 95,", "\"value\": \"95\",", StringComparison.Ordinal);

        var read = InterchangeReader.Read(json, "nilai.json");

        Assert.NotNull(read.Failure);
        Assert.Equal(13, read.Failure.Line);
        Assert.Contains("agreements[0].targets[1].value", read.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FractionalAmount_IsRejected()
    {
        var json = Minimal.Replace(
            "\"budget\": []",
            "\"budget\": [ { \"number\": \"1.\", \"level\": \"program\", \"name\": \"Program X\", \"amount\": 1.5 } ]",
            StringComparison.Ordinal);

        var read = InterchangeReader.Read(json, "anggaran.json");

        Assert.NotNull(read.Failure);
        Assert.Contains("agreements[0].budget[0].amount", read.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RootThatIsNotAnObject_IsRejected()
    {
        var read = InterchangeReader.Read("[]", "daftar.json");

        Assert.NotNull(read.Failure);
        Assert.Equal(1, read.Failure.Line);
    }
}
