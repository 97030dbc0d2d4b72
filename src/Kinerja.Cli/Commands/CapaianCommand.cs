using System.CommandLine;
using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Application.Features.Measurement;
using Kinerja.Application.Features.Setup;
using Kinerja.Documents;
using Kinerja.Documents.Measurement;
using Kinerja.Domain.Common;
using Kinerja.Domain.Measurement.Review;
using Kinerja.Persistence;

namespace Kinerja.Cli.Commands;

/// <summary>
/// <c>kinerja capaian FILE [--json] [--db CONNECTION [--region NAME] [--year YEAR]]</c>: reviews a published capaian
/// table (CSV or XLSX) and prints each row's capaian as Kinerja computes it with what is wrong in the published one.
/// Exit 0 when the table was read (whatever its findings), 2 when it could not be (Indonesian message, nothing else).
/// </summary>
internal static class CapaianCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<string>("BERKAS") { Description = CliMessages.CapaianFileDescription };
        var json = new Option<bool>("--json") { Description = CliMessages.CapaianJsonDescription };
        var db = new Option<string?>("--db") { Description = CliMessages.CapaianDbDescription, HelpName = "KONEKSI" };
        var region = new Option<string?>("--region") { Description = CliMessages.CapaianRegionDescription, HelpName = "NAMA" };
        var year = new Option<int?>("--year") { Description = CliMessages.CapaianYearDescription, HelpName = "TAHUN" };
        var command = new Command("capaian", CliMessages.CapaianDescription) { file, json, db, region, year };
        command.SetAction((parse, cancellationToken) => RunAsync(
            services,
            parse.GetValue(file)!,
            parse.GetValue(json),
            parse.GetValue(db),
            parse.GetValue(region),
            parse.GetValue(year),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliServices services, string path, bool asJson, string? connection, string? region, int? year, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            error.WriteLine(Format(CliMessages.FileNotFound, path));
            return ExitCodes.BadInput;
        }

        if (DocumentLimits.FileRefusal(new FileInfo(path).Length) is { } tooLarge)
        {
            error.WriteLine(Format(CliMessages.FileUnreadable, path, tooLarge));
            return ExitCodes.BadInput;
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        Result<IReadOnlyList<ReviewedCapaian>> reviewed;
        if (connection is null)
        {
            reviewed = ReviewCapaianTable.Default(content);
        }
        else
        {
            if (services.ResolveDatabase(connection, error) is not { } options)
                return ExitCodes.BadInput;
            var reviewYear = year ?? RegionTime.Today(services.Clock).Year;
            try
            {
                await using var context = KinerjaDbContextFactory.Create(options);
                await new InitializeDatabase(context).ExecuteAsync(cancellationToken);
                reviewed = await new ReviewCapaianTable(context).ExecuteAsync(content, region, reviewYear, cancellationToken);
            }
            catch (Exception e) when (KinerjaDatabase.IsUnavailable(e))
            {
                error.WriteLine(Format(CliMessages.DatabaseFailed, connection, e.Message));
                return ExitCodes.BadInput;
            }
        }

        if (!reviewed.IsOk)
        {
            error.WriteLine(Format(CliMessages.FileUnreadable, path, string.Join(" ", reviewed.Messages)));
            return ExitCodes.BadInput;
        }

        var rows = reviewed.Value!;
        if (asJson)
        {
            output.WriteLine(CapaianReviewJson.Write(rows));
            return ExitCodes.Ok;
        }

        foreach (var row in rows)
        {
            output.WriteLine(Format(
                CliMessages.CapaianRow,
                row.Row,
                row.Indicator,
                Figure(row.Target),
                Figure(row.Realisation),
                row.Capaian is { } capaian ? capaian.ToString("#,0.00", IndonesianCulture.Instance) : "–",
                row.Category ?? "–",
                Figure(row.PublishedCapaian)));
            FindingsPrinter.Print(output, row.Findings);
        }

        output.WriteLine(Format(CliMessages.CapaianSummary, rows.Count, rows.Sum(r => r.Findings.Count(f => f.Severity == Domain.Findings.Severity.Error)),
            rows.Sum(r => r.Findings.Count(f => f.Severity == Domain.Findings.Severity.Warning)), rows.Sum(r => r.Findings.Count(f => f.Severity == Domain.Findings.Severity.Info))));
        return ExitCodes.Ok;
    }

    private static string Figure(decimal? value) => value is { } number ? IndonesianNumber.Format(number) : "–";

    private static string Format(string message, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, message, arguments);
}
