using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kinerja.Documents.Tests.Interchange;

/// <summary>
/// A small JSON Schema checker for the keywords docs/interchange.schema.json uses: $ref to $defs, type, const,
/// enum, required, properties, items, pattern, minLength, minimum, maximum. Returns the problems found.
/// </summary>
internal sealed class SchemaValidator(JsonElement schema)
{
    public static SchemaValidator Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Interchange", "interchange.schema.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new SchemaValidator(document.RootElement.Clone());
    }

    public JsonElement Schema => schema;

    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var problems = new List<string>();
        Check(schema, instance, "$", problems);
        return problems;
    }

    private void Check(JsonElement node, JsonElement instance, string path, List<string> problems)
    {
        if (node.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            Check(schema.GetProperty("$defs").GetProperty(name), instance, path, problems);
        }

        if (node.TryGetProperty("type", out var type) && !TypeMatches(type, instance))
            problems.Add($"{path}: type {instance.ValueKind} does not match {type.GetRawText()}");

        if (node.TryGetProperty("const", out var constant) && constant.GetRawText() != instance.GetRawText())
            problems.Add($"{path}: {instance.GetRawText()} is not {constant.GetRawText()}");

        if (node.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == instance.GetRawText()))
            problems.Add($"{path}: {instance.GetRawText()} is not one of {allowed.GetRawText()}");

        if (instance.ValueKind == JsonValueKind.String)
        {
            var text = instance.GetString()!;
            if (node.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                problems.Add($"{path}: \"{text}\" does not match {pattern.GetString()}");
            if (node.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                problems.Add($"{path}: shorter than {minLength.GetInt32()}");
        }

        if (instance.ValueKind == JsonValueKind.Number)
        {
            var value = instance.GetDecimal();
            if (node.TryGetProperty("minimum", out var minimum) && value < minimum.GetDecimal())
                problems.Add($"{path}: below {minimum.GetDecimal()}");
            if (node.TryGetProperty("maximum", out var maximum) && value > maximum.GetDecimal())
                problems.Add($"{path}: above {maximum.GetDecimal()}");
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!instance.TryGetProperty(name, out _))
                        problems.Add($"{path}: required property \"{name}\" missing");
                }
            }

            if (node.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (instance.TryGetProperty(property.Name, out var value))
                        Check(property.Value, value, path + "." + property.Name, problems);
                }
            }
        }

        if (instance.ValueKind == JsonValueKind.Array && node.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
                Check(items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), problems);
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement instance) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, instance))
            : TypeMatches(type.GetString()!, instance);

    private static bool TypeMatches(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
