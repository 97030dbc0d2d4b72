using System.Globalization;

namespace Kinerja.Documents;

/// <summary>
/// How much one uploaded or named document may hold, checked before it is read (see <see cref="PackageGuard"/> and
/// <see cref="Text.TextAgreementReader"/>): a PK document of a whole office is far below every one of these (Kinerja's
/// own DOCX of eight agreements inflates to under 0,5 MB, at 16 to 1), so a file above one is refused, not read.
/// </summary>
public static class DocumentLimits
{
    /// <summary>A file named on the command line larger than this is not read at all.</summary>
    public const long FileBytes = 20L * 1024 * 1024;

    /// <summary>Parts (entries) of a ZIP package (DOCX, XLSX).</summary>
    public const int PackageEntries = 1000;

    /// <summary>One part of a package, inflated.</summary>
    public const long EntryBytes = 16L * 1024 * 1024;

    /// <summary>All parts of a package together, inflated.</summary>
    public const long PackageBytes = 48L * 1024 * 1024;

    /// <summary>How many times a part may grow when inflated, once it is larger than <see cref="RatioFloorBytes"/>.</summary>
    public const int CompressionRatio = 100;

    /// <summary>Small parts may grow more (a few kilobytes of repeated markup); the ratio counts from this size on.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>Characters of the text form of a document (text as it is, or the text of a DOCX).</summary>
    public const int TextCharacters = 5_000_000;

    /// <summary>Lines of the text form of a document (a table row is a line).</summary>
    public const int TextLines = 200_000;

    /// <summary>Characters of one line of the text form (a paragraph or a table row).</summary>
    public const int LineCharacters = 20_000;

    /// <summary>
    /// Characters of one field read from several lines (a wrapped table cell, the description of a Lampiran 2 section):
    /// a line that would make it longer is not joined but reported as text that could not be placed, so that no text the
    /// reader gives on is larger than this, whatever the input.
    /// </summary>
    public const int FieldCharacters = 20_000;

    /// <summary>Rows of one sheet of a workbook.</summary>
    public const int SheetRows = 20_000;

    public static int Megabytes(long bytes) => (int)(bytes / (1024 * 1024));

    /// <summary>
    /// What the package readers (Open XML SDK, MiniExcel, System.IO.Packaging) throw for a damaged or malformed package:
    /// a missing or invalid part, broken XML, a value of the wrong form. The importers turn these into an Indonesian
    /// "damaged file" message; anything else is a defect and is not caught.
    /// </summary>
    public static bool IsDamagedPackage(Exception exception) =>
        exception is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException
            or InvalidOperationException or FormatException or OverflowException or InvalidCastException or NotSupportedException
            or IOException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException;

    /// <summary>The Indonesian refusal of a file of this many bytes, or null when it may be read.</summary>
    public static string? FileRefusal(long bytes) =>
        bytes > FileBytes ? string.Format(CultureInfo.InvariantCulture, DocumentMessages.FileTooLarge, Megabytes(FileBytes)) : null;
}
