using System.Globalization;
using System.Text.Json;
using Kinerja.Documents.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Measurement;

namespace Kinerja.Documents.Interchange;

/// <summary>
/// Reads the interchange format (version <see cref="InterchangeFormat.Version"/>) back into agreements and their
/// findings. Text that is not JSON or not the format gives a <see cref="ReadFailure"/> naming the line and the
/// property, in Indonesian; then the document holds no agreements. Unknown properties are ignored.
/// </summary>
public static class InterchangeReader
{
    public static ImportedDocument Read(string json, string sourceName)
    {
        var text = json.TrimStart('\uFEFF');
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return Failed(sourceName, (int)(e.LineNumber ?? 0) + 1, InterchangeMessages.NotJson);
        }

        using (document)
        {
            var lines = JsonLineMap.Build(text);
            try
            {
                return ReadRoot(document.RootElement, sourceName, lines);
            }
            catch (FormatProblem problem)
            {
                return Failed(sourceName, lines.LineOf(problem.Path), problem.Message);
            }
        }
    }

    private static ImportedDocument Failed(string sourceName, int line, string message) =>
        new(sourceName, [], new Dictionary<Guid, IReadOnlyList<Finding>>(), new ReadFailure(sourceName, line, message));

    private static ImportedDocument ReadRoot(JsonElement root, string sourceName, JsonLineMap lines)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new FormatProblem("$", InterchangeMessages.RootNotObject);

        var version = Integer(Required(root, "$", "formatVersion"), "$.formatVersion");
        if (version != InterchangeFormat.Version)
            throw Problem("$.formatVersion", InterchangeMessages.VersionUnsupported, version, InterchangeFormat.Version);

        var agreements = new List<Agreement>();
        var findings = new Dictionary<Guid, IReadOnlyList<Finding>>();
        var index = 0;
        foreach (var element in Array(Required(root, "$", "agreements"), "$.agreements"))
        {
            var path = Indexed("$.agreements", index++);
            var agreement = ReadAgreement(Object(element, path), path, sourceName, lines.LineOf(path));
            agreements.Add(agreement);
            findings[agreement.Id] = ReadList(element, path, "findings", ReadFinding);
        }

        return new ImportedDocument(sourceName, agreements, findings, null);
    }

    private static Agreement ReadAgreement(JsonElement element, string path, string sourceName, int sourceLine)
    {
        var yearPath = path + ".year";
        var year = Integer(Required(element, path, "year"), yearPath);
        if (year is < 1900 or > 2999)
            throw Problem(yearPath, InterchangeMessages.YearOutOfRange, Display(yearPath), year);

        var kind = Word(element, path, "kind", InterchangeFormat.KindOf, InterchangeFormat.KindWords);
        var office = NonEmptyText(element, path, "office");
        var region = Text(Required(element, path, "region"), path + ".region");
        var first = ReadParty(element, path, "firstParty");
        var second = ReadParty(element, path, "secondParty");
        var agreement = new Agreement(year, kind, office, region, first, second)
        {
            Place = OptionalText(element, path, "place") ?? string.Empty,
            SignedAt = OptionalDate(element, path, "signedAt"),
            SupersedesKey = OptionalText(element, path, "supersedes"),
            SourceName = sourceName,
            SourceLine = sourceLine,
        };

        ReadTargets(agreement, element, path);
        foreach (var line in ReadList(element, path, "budget", ReadBudgetLine, required: true))
            agreement.AddBudgetLine(line);
        foreach (var explanation in ReadList(element, path, "explanations", (row, rowPath) => ReadExplanation(agreement, row, rowPath)))
            agreement.AddExplanation(explanation);
        agreement.LinkExplanations();
        return agreement;
    }

    private static Party ReadParty(JsonElement agreement, string agreementPath, string name)
    {
        var path = agreementPath + "." + name;
        var element = Object(Required(agreement, agreementPath, name), path);
        var nipPath = path + ".nip";
        var nip = OptionalText(element, path, "nip");
        if (nip is not null && (nip.Length == 0 || !nip.All(char.IsAsciiDigit)))
            throw Problem(nipPath, InterchangeMessages.NipNotDigits, Display(nipPath), nip);

        // "titles" is derived from the printed name and is not read back.
        return new Party(NonEmptyText(element, path, "name"), NonEmptyText(element, path, "position"), nip);
    }

    /// <summary>Consecutive rows with the same number, level and sasaran form one sasaran with several indicators.</summary>
    private static void ReadTargets(Agreement agreement, JsonElement element, string agreementPath)
    {
        var listPath = agreementPath + ".targets";
        Sasaran? current = null;
        var index = 0;
        foreach (var row in Array(Required(element, agreementPath, "targets"), listPath))
        {
            var path = Indexed(listPath, index++);
            Object(row, path);
            var number = Text(Required(row, path, "number"), path + ".number");
            var level = Word(row, path, "level", InterchangeFormat.SasaranLevelOf, InterchangeFormat.SasaranLevelWords);
            var text = Text(Required(row, path, "sasaran"), path + ".sasaran");
            var indicatorText = NullableText(Required(row, path, "indicator"), path + ".indicator");
            var value = NullableDecimal(Required(row, path, "value"), path + ".value");
            var unit = NullableText(Required(row, path, "unit"), path + ".unit");
            var targetText = NullableText(Required(row, path, "text"), path + ".text");

            var continues = current is not null && current.Number == number.Trim() && current.Level == level && current.Text == text.Trim();
            if (!continues)
            {
                current = new Sasaran(number, level, text);
                agreement.AddSasaran(current);
            }
            else if (current!.Indicators.Count == 0 || indicatorText is null)
            {
                throw Problem(path, InterchangeMessages.IndicatorAfterEmptySasaran, Display(path));
            }

            if (indicatorText is not null)
                agreement.AddIndicator(current, ReadIndicator(row, path, indicatorText, new TargetValue(value, unit ?? string.Empty, targetText ?? string.Empty)));
        }
    }

    /// <summary>The capaian settings are optional: absent, they are the defaults (higher is better, the unit's aggregation).</summary>
    private static Indicator ReadIndicator(JsonElement row, string path, string text, TargetValue target)
    {
        var polarity = OptionalWord(row, path, "polarity", InterchangeFormat.PolarityOf, InterchangeFormat.PolarityWords) ?? Polarity.HigherIsBetter;
        var formula = OptionalWord(row, path, "lowerIsBetterFormula", InterchangeFormat.LowerIsBetterFormulaOf, InterchangeFormat.LowerIsBetterFormulaWords)
            ?? LowerIsBetterFormula.Difference;
        var aggregation = OptionalWord(row, path, "aggregation", InterchangeFormat.AggregationOf, InterchangeFormat.AggregationWords);
        var content = new IndicatorContent(
            text,
            target,
            polarity,
            aggregation,
            OptionalText(row, path, "definition"),
            OptionalText(row, path, "relevance"),
            OptionalText(row, path, "formula"),
            OptionalText(row, path, "dataSource"),
            OptionalText(row, path, "targetExplanation"),
            formula);
        return Indicator.Read(content, lineageId: OptionalGuid(row, path, "lineage"));
    }

    private static BudgetLine ReadBudgetLine(JsonElement row, string path)
    {
        var level = Word(row, path, "level", InterchangeFormat.BudgetLevelOf, InterchangeFormat.BudgetLevelWords);
        var amountPath = path + ".amount";
        var amountElement = Required(row, path, "amount");
        if (amountElement.ValueKind != JsonValueKind.Number || !amountElement.TryGetInt64(out var amount))
            throw Problem(amountPath, InterchangeMessages.MustBeInteger, Display(amountPath));

        return BudgetLine.Read(
            Text(Required(row, path, "number"), path + ".number"),
            level,
            NonEmptyText(row, path, "name"),
            new Rupiah(amount),
            OptionalText(row, path, "source"),
            OptionalText(row, path, "code"),
            lineageId: OptionalGuid(row, path, "lineage"));
    }

    /// <summary>An explanation linked to the sasaran of the number it names ("linkedSasaran"); else linked by its name once read.</summary>
    private static SasaranExplanation ReadExplanation(Agreement agreement, JsonElement element, string path) => new()
    {
        SasaranId = OptionalText(element, path, "linkedSasaran") is { } number
            ? agreement.Sasarans.FirstOrDefault(s => s.Number == number.Trim())?.Id
            : null,
        Heading = OptionalText(element, path, "heading") ?? string.Empty,
        Sasaran = Text(Required(element, path, "sasaran"), path + ".sasaran"),
        Description = OptionalText(element, path, "description") ?? string.Empty,
        Indicators = ReadList(element, path, "indicators", (row, rowPath) => new IndicatorExplanation
        {
            Indicator = Text(Required(row, rowPath, "indicator"), rowPath + ".indicator"),
            Definition = OptionalText(row, rowPath, "definition") ?? string.Empty,
            Relevance = OptionalText(row, rowPath, "relevance") ?? string.Empty,
            Formula = OptionalText(row, rowPath, "formula") ?? string.Empty,
            DataSource = OptionalText(row, rowPath, "dataSource") ?? string.Empty,
        }),
        Targets = ReadList(element, path, "targets", (row, rowPath) => new TargetExplanation
        {
            Indicator = Text(Required(row, rowPath, "indicator"), rowPath + ".indicator"),
            Target = OptionalText(row, rowPath, "target") ?? string.Empty,
            Explanation = OptionalText(row, rowPath, "explanation") ?? string.Empty,
        }),
    };

    private static Finding ReadFinding(JsonElement element, string path) => new(
        Word(element, path, "severity", InterchangeFormat.SeverityOf, InterchangeFormat.SeverityWords),
        NonEmptyText(element, path, "code"),
        Text(Required(element, path, "message"), path + ".message"),
        OptionalText(element, path, "location") ?? string.Empty);

    /// <summary>A list of objects; an absent optional list is empty.</summary>
    private static List<T> ReadList<T>(JsonElement parent, string parentPath, string name, Func<JsonElement, string, T> read, bool required = false)
    {
        var listPath = parentPath + "." + name;
        JsonElement list;
        if (required)
            list = Required(parent, parentPath, name);
        else if (!parent.TryGetProperty(name, out list) || list.ValueKind == JsonValueKind.Null)
            return [];

        var result = new List<T>();
        var index = 0;
        foreach (var item in Array(list, listPath))
        {
            var path = Indexed(listPath, index++);
            result.Add(read(Object(item, path), path));
        }

        return result;
    }

    private static JsonElement Required(JsonElement parent, string parentPath, string name) =>
        parent.TryGetProperty(name, out var value) ? value : throw Problem(parentPath, InterchangeMessages.Missing, name, parentPath == "$" ? "objek utama" : Display(parentPath));

    private static JsonElement Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw Problem(path, InterchangeMessages.MustBeObject, Display(path));

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw Problem(path, InterchangeMessages.MustBeArray, Display(path));

    private static int Integer(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw Problem(path, InterchangeMessages.MustBeInteger, Display(path));

    private static string Text(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Problem(path, InterchangeMessages.MustBeText, Display(path));

    private static string? NullableText(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null => null,
        _ => throw Problem(path, InterchangeMessages.MustBeTextOrNull, Display(path)),
    };

    private static decimal? NullableDecimal(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetDecimal(out var value) => value,
        JsonValueKind.Null => null,
        _ => throw Problem(path, InterchangeMessages.MustBeNumberOrNull, Display(path)),
    };

    private static string NonEmptyText(JsonElement parent, string parentPath, string name)
    {
        var path = parentPath + "." + name;
        var text = Text(Required(parent, parentPath, name), path);
        return string.IsNullOrWhiteSpace(text) ? throw Problem(path, InterchangeMessages.MustNotBeEmpty, Display(path)) : text;
    }

    private static string? OptionalText(JsonElement parent, string parentPath, string name) =>
        parent.TryGetProperty(name, out var value) ? NullableText(value, parentPath + "." + name) : null;

    private static DateOnly? OptionalDate(JsonElement parent, string parentPath, string name)
    {
        var path = parentPath + "." + name;
        var text = OptionalText(parent, parentPath, name);
        if (text is null)
            return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Problem(path, InterchangeMessages.DateInvalid, Display(path), text);
    }

    private static T Word<T>(JsonElement parent, string parentPath, string name, Func<string, T?> parse, IReadOnlyList<string> allowed)
        where T : struct
    {
        var path = parentPath + "." + name;
        var word = Text(Required(parent, parentPath, name), path);
        return parse(word) ?? throw Problem(path, InterchangeMessages.WordNotAllowed, Display(path), word, string.Join(", ", allowed.Select(a => "\"" + a + "\"")));
    }

    private static T? OptionalWord<T>(JsonElement parent, string parentPath, string name, Func<string, T?> parse, IReadOnlyList<string> allowed)
        where T : struct =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Word(parent, parentPath, name, parse, allowed)
            : null;

    private static Guid? OptionalGuid(JsonElement parent, string parentPath, string name)
    {
        var path = parentPath + "." + name;
        var text = OptionalText(parent, parentPath, name);
        if (text is null)
            return null;
        return Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty
            ? id
            : throw Problem(path, InterchangeMessages.IdInvalid, Display(path), text);
    }

    private static string Indexed(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>The path as a reader of the file sees it: <c>agreements[0].year</c>.</summary>
    private static string Display(string path) => path == "$" ? "$" : path[2..];

    private static FormatProblem Problem(string path, string format, params object[] arguments) =>
        new(path, string.Format(CultureInfo.InvariantCulture, format, arguments));

    /// <summary>Ends the walk at the first problem; caught in <see cref="Read"/> and returned as a <see cref="ReadFailure"/>.</summary>
    private sealed class FormatProblem(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
