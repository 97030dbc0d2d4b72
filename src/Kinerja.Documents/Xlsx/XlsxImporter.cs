using System.Globalization;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;
using MiniExcelLibs;
using L = Kinerja.Documents.Export.Xlsx.WorkbookLayout;

namespace Kinerja.Documents.Xlsx;

/// <summary>
/// Reads a targets-and-budget workbook (<see cref="XlsxExporter"/>'s layout, edited or filled in by hand) back into
/// agreements with the same keys (office, year, jabatan, kind). Each bad cell gives an Indonesian message with its
/// sheet, row and column; then no agreement is given. Compare the result with the stored agreements with
/// <see cref="WorkbookComparison"/> before saving.
/// </summary>
public static class XlsxImporter
{
    public static XlsxImportResult Read(Stream workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = workbook.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (DocumentLimits.FileRefusal(copy.Length) is { } tooLarge)
                return Refused(tooLarge);
        }

        return Read(copy.ToArray());
    }

    public static XlsxImportResult Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<XlsxCellError>();
        // A workbook that inflates beyond the limits is refused before MiniExcel opens it.
        if (PackageGuard.Check(content) is { } refusal)
            return Refused(refusal);

        var seekable = new MemoryStream(content, writable: false);
        WorkbookSheet? agreementSheet, targetSheet, budgetSheet;
        try
        {
            seekable.Position = 0;
            var sheetNames = MiniExcel.GetSheetNames(seekable);
            agreementSheet = WorkbookSheet.Load(seekable, L.AgreementSheet, sheetNames, L.AgreementColumns, errors);
            targetSheet = WorkbookSheet.Load(seekable, L.TargetSheet, sheetNames, L.TargetColumns, errors);
            budgetSheet = WorkbookSheet.Load(seekable, L.BudgetSheet, sheetNames, L.BudgetColumns, errors);
        }
        catch (Exception e) when (DocumentLimits.IsDamagedPackage(e))
        {
            return Refused(DocumentMessages.XlsxUnreadable);
        }

        if (agreementSheet is null || targetSheet is null || budgetSheet is null)
            return new XlsxImportResult([], errors);

        var byPosition = ReadAgreements(agreementSheet, errors);
        ReadTargets(targetSheet, byPosition, errors);
        ReadBudget(budgetSheet, byPosition, errors);
        return errors.Count > 0 ? new XlsxImportResult([], errors) : new XlsxImportResult(byPosition.Values.Select(v => v.Agreement).ToList(), []);
    }

    private static XlsxImportResult Refused(string message) => new([], [new XlsxCellError(string.Empty, 0, string.Empty, message)]);

    private static Dictionary<string, (Agreement Agreement, int Row)> ReadAgreements(WorkbookSheet sheet, List<XlsxCellError> errors)
    {
        var result = new Dictionary<string, (Agreement Agreement, int Row)>(StringComparer.Ordinal);
        foreach (var (row, cells) in sheet.Rows)
        {
            string Required(string heading)
            {
                var text = sheet.Text(cells, heading);
                if (text.Length == 0)
                    errors.Add(sheet.Error(row, heading, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxRequired, heading)));
                return text;
            }

            var office = Required(L.Office);
            var position = Required(L.Position);
            var firstName = Required(L.FirstParty);
            var secondName = Required(L.SecondParty);
            var secondPosition = Required(L.SecondPartyPosition);
            var yearText = Required(L.Year);
            var kindText = Required(L.Kind);
            var year = ParseYear(yearText);
            if (year is null && yearText.Length > 0)
                errors.Add(sheet.Error(row, L.Year, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxYearInvalid, yearText)));
            var kind = Word(kindText, [(L.Awal, AgreementKind.Awal), (L.Perubahan, AgreementKind.Perubahan)]);
            if (kind is null && kindText.Length > 0)
                errors.Add(sheet.Error(row, L.Kind, WordError(kindText, L.Awal, L.Perubahan)));
            DateOnly? date = null;
            var dateValue = sheet.Value(cells, L.Date);
            var dateText = WorkbookSheet.Text(dateValue);
            if (dateValue is DateTime dateTime)
                date = DateOnly.FromDateTime(dateTime);
            else if (dateText.Length > 0)
            {
                var parsed = IndonesianDate.Parse(dateText);
                if (parsed.Success)
                    date = parsed.Value;
                else
                    errors.Add(sheet.Error(row, L.Date, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxDateInvalid, dateText)));
            }

            if (office.Length == 0 || position.Length == 0 || firstName.Length == 0 || secondName.Length == 0 || secondPosition.Length == 0 || year is null || kind is null)
                continue;

            var key = PositionTitle.Normalize(position);
            if (result.TryGetValue(key, out var existing))
            {
                errors.Add(sheet.Error(row, L.Position, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxDuplicatePosition, position, existing.Row)));
                continue;
            }

            var agreement = new Agreement(
                year.Value,
                kind.Value,
                office,
                sheet.Text(cells, L.Region),
                new Party(firstName, position, NullIfEmpty(sheet.Text(cells, L.FirstPartyNip))),
                new Party(secondName, secondPosition, NullIfEmpty(sheet.Text(cells, L.SecondPartyNip))))
            {
                Place = sheet.Text(cells, L.Place),
                SignedAt = date,
                SourceName = sheet.Name,
                SourceLine = row,
            };
            result[key] = (agreement, row);
        }

        return result;
    }

    private static void ReadTargets(WorkbookSheet sheet, Dictionary<string, (Agreement Agreement, int Row)> byPosition, List<XlsxCellError> errors)
    {
        foreach (var (row, cells) in sheet.Rows)
        {
            var agreement = AgreementOf(sheet, row, cells, byPosition, errors);
            var levelText = sheet.Text(cells, L.Level);
            var level = Word(levelText, [(L.Strategis, SasaranLevel.Strategis), (L.Program, SasaranLevel.Program), (L.Kegiatan, SasaranLevel.Kegiatan), (L.SubKegiatan, SasaranLevel.SubKegiatan)]);
            if (level is null)
                errors.Add(sheet.Error(row, L.Level, WordError(levelText, L.Strategis, L.Program, L.Kegiatan, L.SubKegiatan)));
            var target = ParseTarget(sheet.Value(cells, L.Target), sheet.Text(cells, L.Unit));
            if (target is null)
                errors.Add(sheet.Error(row, L.Target, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxTargetInvalid, sheet.Text(cells, L.Target))));
            if (agreement is null || level is null || target is null)
                continue;

            var number = sheet.Text(cells, L.Number);
            var text = sheet.Text(cells, L.Sasaran);
            var indicator = sheet.Text(cells, L.Indicator);
            var last = agreement.Sasarans.Count > 0 ? agreement.Sasarans[^1] : null;
            var sasaran = last is not null && last.Level == level && string.Equals(last.Number, number, StringComparison.Ordinal)
                                            && string.Equals(last.Text, text, StringComparison.Ordinal)
                ? last
                : null;
            if (sasaran is null)
            {
                sasaran = new Sasaran(number, level.Value, text, row);
                agreement.AddSasaran(sasaran);
            }

            if (indicator.Length > 0 || target.Text.Length > 0)
                agreement.AddIndicator(sasaran, new Indicator(indicator, target, row));
        }
    }

    private static void ReadBudget(WorkbookSheet sheet, Dictionary<string, (Agreement Agreement, int Row)> byPosition, List<XlsxCellError> errors)
    {
        foreach (var (row, cells) in sheet.Rows)
        {
            var agreement = AgreementOf(sheet, row, cells, byPosition, errors);
            var levelText = sheet.Text(cells, L.Level);
            var level = Word(levelText, [(L.Program, BudgetLevel.Program), (L.Kegiatan, BudgetLevel.Kegiatan), (L.SubKegiatan, BudgetLevel.SubKegiatan)]);
            if (level is null)
                errors.Add(sheet.Error(row, L.Level, WordError(levelText, L.Program, L.Kegiatan, L.SubKegiatan)));
            var name = sheet.Text(cells, L.Name);
            if (name.Length == 0)
                errors.Add(sheet.Error(row, L.Name, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxRequired, L.Name)));
            var amountValue = sheet.Value(cells, L.Amount);
            var amount = ParseAmount(amountValue);
            if (amount is null)
                errors.Add(sheet.Error(row, L.Amount, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxAmountInvalid, WorkbookSheet.Text(amountValue))));
            if (agreement is null || level is null || amount is null || name.Length == 0)
                continue;

            var line = new BudgetLine(sheet.Text(cells, L.Number), level.Value, name, amount.Value, NullIfEmpty(sheet.Text(cells, L.Source)), row)
            {
                Code = NullIfEmpty(sheet.Text(cells, L.Code)),
            };
            agreement.AddBudgetLine(line);
        }
    }

    private static Agreement? AgreementOf(
        WorkbookSheet sheet, int row, IDictionary<string, object?> cells, Dictionary<string, (Agreement Agreement, int Row)> byPosition, List<XlsxCellError> errors)
    {
        var position = sheet.Text(cells, L.Position);
        if (byPosition.TryGetValue(PositionTitle.Normalize(position), out var found))
            return found.Agreement;
        errors.Add(position.Length == 0
            ? sheet.Error(row, L.Position, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxRequired, L.Position))
            : sheet.Error(row, L.Position, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxUnknownPosition, position)));
        return null;
    }

    /// <summary>A number cell, or text such as "70,05" or "100 %"; the Satuan column gives the unit. Empty is no target.</summary>
    private static TargetValue? ParseTarget(object? value, string unit)
    {
        var canonicalUnit = unit.Length == 0 ? string.Empty : Units.Canonical(unit);
        if (value is double number)
        {
            var exact = (decimal)number;
            return new TargetValue(exact, canonicalUnit, Printed(exact, canonicalUnit));
        }

        var text = WorkbookSheet.Text(value);
        if (text.Length == 0)
            return new TargetValue(null, canonicalUnit, string.Empty);
        var parsed = TargetValue.Parse(text);
        if (parsed.Value is null)
            return null;
        var finalUnit = canonicalUnit.Length > 0 ? canonicalUnit : parsed.Unit;
        return new TargetValue(parsed.Value, finalUnit, Printed(parsed.Value.Value, finalUnit));
    }

    private static string Printed(decimal value, string unit) => new TargetValue(value, unit, string.Empty).ToString();

    /// <summary>A whole number of Rupiah: a number cell without cents, or text such as "Rp 1.234.567".</summary>
    private static Rupiah? ParseAmount(object? value)
    {
        if (value is double number)
            return number >= 0 && number <= 9e15 && Math.Floor(number) == number ? new Rupiah((long)number) : null;
        var parsed = Rupiah.Parse(WorkbookSheet.Text(value));
        return parsed.Success ? parsed.Value : null;
    }

    private static int? ParseYear(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200 ? year : null;

    private static T? Word<T>(string text, (string Word, T Value)[] words)
        where T : struct =>
        words.Where(w => string.Equals(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), w.Word, StringComparison.OrdinalIgnoreCase))
            .Select(w => (T?)w.Value)
            .FirstOrDefault();

    private static string WordError(string text, params string[] allowed) =>
        string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxWordNotAllowed, text, string.Join(", ", allowed));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
