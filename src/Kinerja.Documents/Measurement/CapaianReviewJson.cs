using System.Text.Encodings.Web;
using System.Text.Json;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Measurement.Review;

namespace Kinerja.Documents.Measurement;

/// <summary>
/// The review of a capaian table as JSON, the form <c>kinerja capaian --json</c> prints:
/// <c>{"rows":[{"row":1,"indicator":"…","unit":"…","direction":"higher|lower","target":82.5,"realisasi":88.94,
/// "capaian":107.81,"category":"Sangat Baik","publishedCapaian":107.81,"findings":[{"severity":"error|warning|info",
/// "code":"…","message":"…"}]}]}</c>. A figure that has no value is <c>null</c>.
/// </summary>
public static class CapaianReviewJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<ReviewedCapaian> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("rows");
            foreach (var row in rows)
                WriteRow(json, row);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRow(Utf8JsonWriter json, ReviewedCapaian row)
    {
        json.WriteStartObject();
        json.WriteNumber("row", row.Row);
        json.WriteString("indicator", row.Indicator);
        json.WriteString("unit", row.Unit);
        json.WriteString("direction", row.Direction == Polarity.HigherIsBetter ? "higher" : "lower");
        Number(json, "target", row.Target);
        Number(json, "realisasi", row.Realisation);
        Number(json, "capaian", row.Capaian);
        if (row.Category is null)
            json.WriteNull("category");
        else
            json.WriteString("category", row.Category);
        Number(json, "publishedCapaian", row.PublishedCapaian);
        json.WriteStartArray("findings");
        foreach (var finding in row.Findings)
        {
            json.WriteStartObject();
            json.WriteString("severity", Severity(finding.Severity));
            json.WriteString("code", finding.Code);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
            json.WriteNumber(name, number);
        else
            json.WriteNull(name);
    }

    private static string Severity(Severity severity) => severity switch
    {
        Domain.Findings.Severity.Error => "error",
        Domain.Findings.Severity.Warning => "warning",
        _ => "info",
    };
}
