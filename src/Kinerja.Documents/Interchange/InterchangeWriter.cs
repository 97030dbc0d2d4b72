using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Documents.Interchange;

/// <summary>
/// Writes agreements and their findings in the interchange format, version <see cref="InterchangeFormat.Version"/>:
/// indented UTF-8 JSON, Indonesian letters unescaped, target values and amounts as exact JSON numbers.
/// </summary>
public static class InterchangeWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The agreements of every document that was read (failed documents contribute none).</summary>
    public static string ToJson(IEnumerable<ImportedDocument> documents)
    {
        var list = documents.ToList();
        return ToJson(list.SelectMany(d => d.Agreements), FindingsIn(list));
    }

    public static string ToJson(IEnumerable<Agreement> agreements, Func<Agreement, IReadOnlyList<Finding>> findingsOf)
    {
        using var stream = new MemoryStream();
        Write(stream, agreements, findingsOf);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, IEnumerable<ImportedDocument> documents)
    {
        var list = documents.ToList();
        Write(stream, list.SelectMany(d => d.Agreements), FindingsIn(list));
    }

    public static void Write(Stream stream, IEnumerable<Agreement> agreements, Func<Agreement, IReadOnlyList<Finding>> findingsOf)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteNumber("formatVersion", InterchangeFormat.Version);
        json.WriteStartArray("agreements");
        foreach (var agreement in agreements)
            WriteAgreement(json, agreement, findingsOf(agreement));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static Func<Agreement, IReadOnlyList<Finding>> FindingsIn(IReadOnlyList<ImportedDocument> documents) =>
        agreement => documents.FirstOrDefault(d => d.Findings.ContainsKey(agreement.Id))?.FindingsOf(agreement) ?? [];

    private static void WriteAgreement(Utf8JsonWriter json, Agreement agreement, IReadOnlyList<Finding> findings)
    {
        json.WriteStartObject();
        json.WriteNumber("year", agreement.Year);
        json.WriteString("kind", InterchangeFormat.Word(agreement.Kind));
        json.WriteString("place", agreement.Place);
        if (agreement.SignedAt is { } signedAt)
            json.WriteString("signedAt", signedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull("signedAt");
        json.WriteString("office", agreement.Office);
        json.WriteString("region", agreement.Region);
        WriteParty(json, "firstParty", agreement.FirstParty);
        WriteParty(json, "secondParty", agreement.SecondParty);
        json.WriteString("supersedes", agreement.SupersedesKey);

        json.WriteStartArray("targets");
        foreach (var sasaran in agreement.Sasarans)
            WriteTargets(json, sasaran);
        json.WriteEndArray();

        json.WriteStartArray("budget");
        foreach (var line in agreement.BudgetLines)
            WriteBudgetLine(json, line);
        json.WriteEndArray();

        json.WriteStartArray("explanations");
        foreach (var explanation in agreement.Explanations)
            WriteExplanation(json, explanation, agreement.SasaranOf(explanation));
        json.WriteEndArray();

        json.WriteStartArray("findings");
        foreach (var finding in findings)
            WriteFinding(json, finding);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter json, string property, Party party)
    {
        json.WriteStartObject(property);
        json.WriteString("name", party.PrintedName);
        json.WriteStartObject("titles");
        json.WriteString("front", party.FrontTitles);
        json.WriteString("back", party.BackTitles);
        json.WriteEndObject();
        json.WriteString("nip", party.NipForExchange);
        json.WriteString("position", party.Position);
        json.WriteEndObject();
    }

    /// <summary>One row per indicator; a sasaran without indicators still gets one row (indicator null).</summary>
    private static void WriteTargets(Utf8JsonWriter json, Sasaran sasaran)
    {
        if (sasaran.Indicators.Count == 0)
        {
            WriteTarget(json, sasaran, null);
            return;
        }

        foreach (var indicator in sasaran.Indicators)
            WriteTarget(json, sasaran, indicator);
    }

    private static void WriteTarget(Utf8JsonWriter json, Sasaran sasaran, Indicator? indicator)
    {
        json.WriteStartObject();
        json.WriteString("number", sasaran.Number);
        json.WriteString("level", InterchangeFormat.Word(sasaran.Level));
        json.WriteString("sasaran", sasaran.Text);
        json.WriteString("indicator", indicator?.Text);
        if (indicator?.Target.Value is { } value)
            json.WriteNumber("value", value);
        else
            json.WriteNull("value");
        json.WriteString("unit", string.IsNullOrEmpty(indicator?.Unit) ? null : indicator.Unit);
        json.WriteString("text", indicator?.Target.Text);
        if (indicator is not null)
        {
            json.WriteString("lineage", indicator.LineageId);
            json.WriteString("polarity", InterchangeFormat.Word(indicator.Polarity));
            json.WriteString("lowerIsBetterFormula", InterchangeFormat.Word(indicator.LowerIsBetterFormula));
            json.WriteString("aggregation", InterchangeFormat.Word(indicator.Aggregation));
            json.WriteString("definition", indicator.Definition);
            json.WriteString("relevance", indicator.Relevance);
            json.WriteString("formula", indicator.Formula);
            json.WriteString("dataSource", indicator.DataSource);
            json.WriteString("targetExplanation", indicator.TargetExplanation);
        }

        json.WriteEndObject();
    }

    private static void WriteBudgetLine(Utf8JsonWriter json, BudgetLine line)
    {
        json.WriteStartObject();
        json.WriteString("lineage", line.LineageId);
        json.WriteString("number", line.Number);
        json.WriteString("level", InterchangeFormat.Word(line.Level));
        json.WriteString("name", line.Name);
        json.WriteString("code", line.Code);
        json.WriteNumber("amount", line.Amount.Value);
        json.WriteString("source", line.Source);
        json.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter json, SasaranExplanation explanation, Sasaran? linked)
    {
        json.WriteStartObject();
        json.WriteString("linkedSasaran", linked?.Number);
        json.WriteString("heading", explanation.Heading);
        json.WriteString("sasaran", explanation.Sasaran);
        json.WriteString("description", explanation.Description);
        json.WriteStartArray("indicators");
        foreach (var indicator in explanation.Indicators)
        {
            json.WriteStartObject();
            json.WriteString("indicator", indicator.Indicator);
            json.WriteString("definition", indicator.Definition);
            json.WriteString("relevance", indicator.Relevance);
            json.WriteString("formula", indicator.Formula);
            json.WriteString("dataSource", indicator.DataSource);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("targets");
        foreach (var target in explanation.Targets)
        {
            json.WriteStartObject();
            json.WriteString("indicator", target.Indicator);
            json.WriteString("target", target.Target);
            json.WriteString("explanation", target.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("severity", InterchangeFormat.Word(finding.Severity));
        json.WriteString("code", finding.Code);
        json.WriteString("message", finding.Message);
        json.WriteString("location", finding.Location);
        json.WriteEndObject();
    }
}
