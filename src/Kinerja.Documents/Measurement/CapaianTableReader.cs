using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Kinerja.Domain.Common;
using Kinerja.Domain.Measurement.Review;
using MiniExcelLibs;

namespace Kinerja.Documents.Measurement;

/// <summary>
/// Reads a capaian table a report published, for review: CSV (UTF-8, <c>;</c> or <c>,</c> separated, a header row)
/// or XLSX (the first sheet, a header row). Columns are found by their header, case, spacing and punctuation aside:
/// <c>No</c>, <c>Indikator Kinerja</c>, <c>Satuan</c>, <c>Arah</c>, <c>Target</c>, <c>Realisasi</c> and, optionally,
/// <c>Capaian</c> as published. Indikator Kinerja, Target and Realisasi are required. Empty rows are skipped; data
/// rows are numbered from 1. Cells are kept as printed: the review reads the figures.
/// </summary>
public static class CapaianTableReader
{
    private static readonly (string Column, string[] Headers)[] Columns =
    [
        (nameof(PublishedCapaianRow.Indicator), ["indikatorkinerja", "indikator", "indikatorkinerjautama", "iku"]),
        (nameof(PublishedCapaianRow.Unit), ["satuan"]),
        (nameof(PublishedCapaianRow.Direction), ["arah", "polaritas", "arahindikator"]),
        (nameof(PublishedCapaianRow.Target), ["target"]),
        (nameof(PublishedCapaianRow.Realisation), ["realisasi"]),
        (nameof(PublishedCapaianRow.PublishedCapaian), ["capaian", "persentasecapaian", "capaiankinerja"]),
    ];

    private static readonly string[] Required =
        [nameof(PublishedCapaianRow.Indicator), nameof(PublishedCapaianRow.Target), nameof(PublishedCapaianRow.Realisation)];

    private static readonly Dictionary<string, string> HeaderNames = new()
    {
        [nameof(PublishedCapaianRow.Indicator)] = "Indikator Kinerja",
        [nameof(PublishedCapaianRow.Target)] = "Target",
        [nameof(PublishedCapaianRow.Realisation)] = "Realisasi",
    };

    public static CapaianTable Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (DocumentLimits.FileRefusal(content.LongLength) is { } tooLarge)
            return CapaianTable.Refuse(tooLarge);
        if (content.Length == 0)
            return CapaianTable.Refuse(DocumentMessages.CapaianTableEmpty);
        return DocumentFormatDetector.Detect(content.AsSpan()) switch
        {
            DocumentFormatKind.Xlsx or DocumentFormatKind.Zip => ReadWorkbook(content),
            DocumentFormatKind.Text => ReadCsv(content),
            _ => CapaianTable.Refuse(DocumentMessages.CapaianTableFormat),
        };
    }

    private static CapaianTable ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return CapaianTable.Refuse(DocumentMessages.CapaianTableNotUtf8);
        }

        text = text.TrimStart('\uFEFF');
        if (text.Length > DocumentLimits.TextCharacters)
            return CapaianTable.Refuse(string.Format(CultureInfo.InvariantCulture, DocumentMessages.TextTooLong, IndonesianNumber.Format(DocumentLimits.TextCharacters)));
        if (text.Contains('\0', StringComparison.Ordinal))
            return CapaianTable.Refuse(DocumentMessages.CapaianTableFormat);

        var headerLine = text.Split('\n', 2)[0];
        var delimiter = headerLine.Count(c => c == ';') >= Math.Max(1, headerLine.Count(c => c == ',')) ? ";"
            : headerLine.Contains('\t', StringComparison.Ordinal) && !headerLine.Contains(',', StringComparison.Ordinal) ? "\t"
            : ",";
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
        };

        var records = new List<string[]>();
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, configuration);
            while (csv.Read())
            {
                if (records.Count > DocumentLimits.SheetRows)
                    return TooManyRows();
                records.Add(csv.Parser.Record ?? []);
            }
        }
        catch (CsvHelperException)
        {
            return CapaianTable.Refuse(DocumentMessages.CapaianTableFormat);
        }

        return FromRecords(records);
    }

    private static CapaianTable ReadWorkbook(byte[] content)
    {
        if (PackageGuard.Check(content) is { } refusal)
            return CapaianTable.Refuse(refusal);
        var records = new List<string[]>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                if (records.Count > DocumentLimits.SheetRows)
                    return TooManyRows();
                records.Add([.. row.Values.Select(Cell)]);
            }
        }
        catch (Exception e) when (DocumentLimits.IsDamagedPackage(e))
        {
            return CapaianTable.Refuse(DocumentMessages.CapaianTableFormat);
        }

        return FromRecords(records);
    }

    /// <summary>
    /// A workbook cell as the review reads it: a number written the Indonesian way from its exact value (so 0,018 is
    /// not read as eighteen), text as it is.
    /// </summary>
    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        double d when double.IsFinite(d) => IndonesianNumber.Format(decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)),
        decimal m => IndonesianNumber.Format(m),
        int or long or short => IndonesianNumber.Format(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        DateTime date => IndonesianDate.Format(DateOnly.FromDateTime(date)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
    };

    private static CapaianTable FromRecords(List<string[]> records)
    {
        var nonEmpty = records.Where(r => r.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonEmpty.Count == 0)
            return CapaianTable.Refuse(DocumentMessages.CapaianTableEmpty);

        var header = nonEmpty[0];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var key = HeaderKey(header[i]);
            foreach (var (column, headers) in Columns)
            {
                if (!index.ContainsKey(column) && headers.Contains(key, StringComparer.Ordinal))
                    index[column] = i;
            }
        }

        var missing = Required.Where(c => !index.ContainsKey(c)).Select(c => HeaderNames[c]).ToList();
        if (missing.Count > 0)
            return CapaianTable.Refuse(string.Format(CultureInfo.InvariantCulture, DocumentMessages.CapaianTableColumnsMissing, string.Join(", ", missing)));

        string? Get(string[] record, string column) =>
            index.TryGetValue(column, out var i) && i < record.Length ? record[i].Trim() : null;

        var rows = new List<PublishedCapaianRow>();
        foreach (var record in nonEmpty.Skip(1))
        {
            rows.Add(new PublishedCapaianRow(
                rows.Count + 1,
                Get(record, nameof(PublishedCapaianRow.Indicator)) ?? string.Empty,
                Get(record, nameof(PublishedCapaianRow.Unit)) ?? string.Empty,
                Get(record, nameof(PublishedCapaianRow.Direction)),
                Get(record, nameof(PublishedCapaianRow.Target)),
                Get(record, nameof(PublishedCapaianRow.Realisation)),
                Get(record, nameof(PublishedCapaianRow.PublishedCapaian))));
        }

        return rows.Count == 0 ? CapaianTable.Refuse(DocumentMessages.CapaianTableEmpty) : new CapaianTable(rows, null);
    }

    private static CapaianTable TooManyRows() =>
        CapaianTable.Refuse(string.Format(CultureInfo.InvariantCulture, DocumentMessages.CapaianTableTooManyRows, IndonesianNumber.Format(DocumentLimits.SheetRows)));

    /// <summary>"Capaian (%)", "% CAPAIAN", " Indikator  Kinerja " → "capaian", "capaian", "indikatorkinerja".</summary>
    private static string HeaderKey(string? header)
    {
        var builder = new StringBuilder();
        foreach (var c in (header ?? string.Empty).ToLowerInvariant())
        {
            if (char.IsLetter(c))
                builder.Append(c);
        }

        return builder.ToString();
    }
}
