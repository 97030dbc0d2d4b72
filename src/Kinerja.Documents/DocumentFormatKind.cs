namespace Kinerja.Documents;

/// <summary>What an uploaded file is, judged by its content (not its name).</summary>
public enum DocumentFormatKind
{
    Text,
    Docx,
    Xlsx,
    Zip,
    Pdf,
    LegacyOffice,
    Binary,
}
