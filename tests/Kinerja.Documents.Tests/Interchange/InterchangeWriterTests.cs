using System.Text.Json;
using Kinerja.Documents.Interchange;

namespace Kinerja.Documents.Tests.Interchange;

public class InterchangeWriterTests
{
    [Fact]
    public void Output_MatchesTheSchema()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat(), SampleAgreements.Sekcam())]);

        using var document = JsonDocument.Parse(json);
        var problems = SchemaValidator.Load().Validate(document.RootElement);

        Assert.Empty(problems);
    }

    [Fact]
    public void Output_WritesEveryRequiredPropertyOfTheSchema()
    {
        var schema = SchemaValidator.Load().Schema;
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat())]);
        using var document = JsonDocument.Parse(json);
        var agreement = document.RootElement.GetProperty("agreements")[0];

        AssertHasRequired(schema, document.RootElement);
        AssertHasRequired(schema.GetProperty("$defs").GetProperty("agreement"), agreement);
        AssertHasRequired(schema.GetProperty("$defs").GetProperty("party"), agreement.GetProperty("firstParty"));
        AssertHasRequired(schema.GetProperty("$defs").GetProperty("target"), agreement.GetProperty("targets")[0]);
        AssertHasRequired(schema.GetProperty("$defs").GetProperty("budgetLine"), agreement.GetProperty("budget")[0]);
        AssertHasRequired(schema.GetProperty("$defs").GetProperty("explanation"), agreement.GetProperty("explanations")[0]);
        AssertHasRequired(schema.GetProperty("$defs").GetProperty("finding"), agreement.GetProperty("findings")[0]);
    }

    [Fact]
    public void Decimals_AreWrittenExactly()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat(), SampleAgreements.Sekcam())]);

        Assert.Contains("\"value\": 70.05,", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 87.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 2873283457,", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement.GetProperty("agreements")[0].GetProperty("targets")[0].GetProperty("value");
        Assert.Equal("70.05", value.GetRawText());
        Assert.Equal(70.05m, value.GetDecimal());
    }

    [Fact]
    public void Agreement_FieldsUseTheFormatsWords()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat())]);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var agreement = root.GetProperty("agreements")[0];

        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal("perubahan", agreement.GetProperty("kind").GetString());
        Assert.Equal("2025-10-01", agreement.GetProperty("signedAt").GetString());
        Assert.Equal("kecamatan-mangkutana/2025/camat-mangkutana/awal", agreement.GetProperty("supersedes").GetString());
        Assert.Equal(
            ["strategis", "strategis", "program", "kegiatan", "subKegiatan", "subKegiatan"],
            agreement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("level").GetString()));
        Assert.Equal(
            ["program", "kegiatan", "subKegiatan"],
            agreement.GetProperty("budget").EnumerateArray().Select(t => t.GetProperty("level").GetString()));
        Assert.Equal("info", agreement.GetProperty("findings")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Party_HasPrintedNameTitlesAndNipDigits()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat(), SampleAgreements.Sekcam())]);
        using var document = JsonDocument.Parse(json);
        var camat = document.RootElement.GetProperty("agreements")[0];
        var sekcam = document.RootElement.GetProperty("agreements")[1];

        var bupati = camat.GetProperty("secondParty");
        Assert.Equal("Ir. H. IRWAN BACHRI SYAM, S.T., IPM.", bupati.GetProperty("name").GetString());
        Assert.Equal("Ir. H.", bupati.GetProperty("titles").GetProperty("front").GetString());
        Assert.Equal("S.T., IPM.", bupati.GetProperty("titles").GetProperty("back").GetString());
        Assert.Equal(JsonValueKind.Null, bupati.GetProperty("nip").ValueKind);
        Assert.Equal("197010241992032005", camat.GetProperty("firstParty").GetProperty("nip").GetString());
        Assert.Equal("1980010120050120", sekcam.GetProperty("firstParty").GetProperty("nip").GetString());
    }

    [Fact]
    public void SasaranWithoutIndicator_IsOneRowWithNulls()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat())]);
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement.GetProperty("agreements")[0].GetProperty("targets")[3];

        Assert.Equal("Sasaran tanpa indikator", row.GetProperty("sasaran").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("indicator").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("value").ValueKind);
    }

    [Fact]
    public void Text_KeepsLettersAndSymbolsUnescaped()
    {
        var json = InterchangeWriter.ToJson([SampleAgreements.Document(SampleAgreements.Camat())]);

        Assert.Contains("Ketenteraman & Ketertiban <Umum>", json, StringComparison.Ordinal);
        Assert.Contains("\\\"trantibum\\\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedDocuments_ContributeNoAgreements()
    {
        var failed = new ImportedDocument("halo.txt", [], new Dictionary<Guid, IReadOnlyList<Domain.Findings.Finding>>(), new global::Kinerja.Documents.Text.ReadFailure("halo.txt", 1, "Bukan PK."));

        var json = InterchangeWriter.ToJson([failed]);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(0, document.RootElement.GetProperty("agreements").GetArrayLength());
    }

    private static void AssertHasRequired(JsonElement schemaNode, JsonElement instance)
    {
        foreach (var name in schemaNode.GetProperty("required").EnumerateArray().Select(r => r.GetString()!))
            Assert.True(instance.TryGetProperty(name, out _), $"\"{name}\" missing");
    }
}
