namespace Kinerja.Documents.Interchange;

/// <summary>The JSON interchange format (docs/interchange.md, docs/interchange.schema.json).</summary>
public static class InterchangeFormat
{
    public const int Version = 1;
}
