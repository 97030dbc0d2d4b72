using System.Globalization;
using System.Text.Json;
using Kinerja.Application.Features.Audit;
using Kinerja.Domain;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Reviews;
using Kinerja.Web.Pages.Pk.Editor;

namespace Kinerja.Web.Pages.Audit;

/// <summary>
/// An audit line as a sentence ("Budi (Operator) mengajukan PK 2025 – CAMAT KALAENA") and its recorded values as
/// people write them (labels of statuses and levels, Rupiah, Indonesian dates and numbers), not as stored JSON.
/// </summary>
public static class AuditText
{
    /// <summary>The writer: "Budi (Operator)", or the name alone for the system.</summary>
    public static string Who(AuditLine line) =>
        line.Role is { } role ? line.Entry.UserName + " (" + Display.Role(role) + ")" : line.Entry.UserName;

    /// <summary>"mengubah indikator "Indeks Kepuasan Masyarakat" pada", "mengajukan": what comes before the PK's title, if any.</summary>
    public static string Action(AuditLine line)
    {
        var words = line.Verb;
        if (line.Subject.Length > 0)
            words += " " + line.Subject;
        if (line.Agreement is not null && line.Subject.Length > 0)
            words += " pada";
        return words;
    }

    public static string Title(AuditAgreement agreement) => Display.Title(agreement.Kind, agreement.Year, agreement.Position);

    /// <summary>A recorded value as people write it; "–" when there is none.</summary>
    public static string Value(string field, JsonElement? value, RegionTime region)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null)
            return "–";
        var name = field[(field.LastIndexOf('.') + 1)..];
        switch (element.ValueKind)
        {
            case JsonValueKind.True:
                return "ya";
            case JsonValueKind.False:
                return "tidak";
            case JsonValueKind.Number when name == "Amount" && element.TryGetInt64(out var rupiah):
                return Display.Rupiah(new Rupiah(rupiah));
            case JsonValueKind.Number when name is "Year" or "EffectiveFromYear":
                return element.GetRawText();
            case JsonValueKind.Number when name == "Size" && element.TryGetInt64(out var bytes):
                return Display.Bytes(bytes);
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                return Display.Number(number);
            case JsonValueKind.String:
                return Text(name, element.GetString()!, region);
            default:
                return element.GetRawText();
        }
    }

    private static string Text(string name, string text, RegionTime region)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Display.Date(date);
        if (text.Length > 20 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) && text[4] == '-')
            return Display.DateTime(at, region);
        return name switch
        {
            "Status" when Enum.TryParse<AgreementStatus>(text, out var status) => Labels.Of(status),
            "Kind" when Enum.TryParse<AssignmentKind>(text, out var assignment) => Labels.Of(assignment),
            "Kind" when Enum.TryParse<ReviewNoteKind>(text, out var note) => Labels.Of(note),
            "Kind" when Enum.TryParse<AgreementKind>(text, out var kind) => Display.Kind(kind),
            "AmendmentReason" when Enum.TryParse<AmendmentReason>(text, out var reason) => Labels.Of(reason),
            "Severity" when Enum.TryParse<Severity>(text, out var severity) => Labels.Of(severity),
            "Level" when Enum.TryParse<BudgetLevel>(text, out var budget) => EditorLabels.Of(budget),
            "Level" when Enum.TryParse<SasaranLevel>(text, out var level) => EditorLabels.Of(level),
            "Polarity" when Enum.TryParse<Polarity>(text, out var polarity) => EditorLabels.Of(polarity),
            "Aggregation" when Enum.TryParse<YearlyAggregation>(text, out var aggregation) => EditorLabels.Of(aggregation),
            _ => text,
        };
    }
}
