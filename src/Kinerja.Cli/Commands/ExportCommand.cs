using System.CommandLine;
using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Application.Features.Export;
using Kinerja.Application.Features.Setup;
using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Export.Html;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Pdf;
using Kinerja.Domain.Common;
using Kinerja.Persistence;

namespace Kinerja.Cli.Commands;

/// <summary>
/// <c>kinerja export --format docx|pdf|xlsx|html --office NAME --year YYYY [--position P] -o FILE [--db CONNECTION]</c>:
/// writes the stored agreements of an office and year (optionally one position) as one document. The CLI acts as the
/// system (<see cref="CliServices.Actor"/>). Nothing is written when the office, position or format is unknown, or
/// when the PDF cannot be made (exit 2).
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["docx", "pdf", "xlsx", "html"];

    public static Command Create(CliServices services)
    {
        var format = new Option<string>("--format") { Description = CliMessages.ExportFormatDescription, Required = true, HelpName = "docx|pdf|xlsx|html" };
        var office = new Option<string>("--office") { Description = CliMessages.ExportOfficeDescription, Required = true, HelpName = "NAMA" };
        var year = new Option<int>("--year") { Description = CliMessages.ExportYearDescription, Required = true, HelpName = "TAHUN" };
        var position = new Option<string?>("--position") { Description = CliMessages.ExportPositionDescription, HelpName = "JABATAN" };
        var output = new Option<string>("--output", "-o") { Description = CliMessages.ExportOutputDescription, Required = true, HelpName = "BERKAS" };
        var db = new Option<string?>("--db") { Description = CliMessages.DbDescription, HelpName = "KONEKSI" };
        var command = new Command("export", CliMessages.ExportDescription) { format, office, year, position, output, db };
        command.SetAction((parse, cancellationToken) => RunAsync(
            services,
            new ExportRequest(parse.GetValue(format)!, parse.GetValue(office)!, parse.GetValue(year), parse.GetValue(position), parse.GetValue(output)!, parse.GetValue(db)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliServices services, ExportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var format = request.Format.Trim().ToLowerInvariant();
        if (!Formats.Contains(format))
        {
            error.WriteLine(Format(CliMessages.ExportFormatUnknown, request.Format));
            return ExitCodes.BadInput;
        }

        if (services.ResolveDatabase(request.Connection, error) is not { } options)
            return ExitCodes.BadInput;

        Result<OfficeDocuments> loaded;
        await using (var context = KinerjaDbContextFactory.Create(options))
        {
            try
            {
                await new InitializeDatabase(context).ExecuteAsync(cancellationToken);
                var load = new LoadOfficeAgreements(context);
                loaded = await load.ExecuteAsync(services.Actor, OfficeDocumentsRequest.ByName(request.Office, request.Year, request.Position), cancellationToken);
                if (!loaded.IsOk && !string.IsNullOrWhiteSpace(request.Position)
                    && (await load.ExecuteAsync(services.Actor, OfficeDocumentsRequest.ByName(request.Office, request.Year), cancellationToken)).IsOk)
                {
                    error.WriteLine(Format(CliMessages.ExportPositionUnknown, request.Position, request.Office, request.Year));
                    return ExitCodes.BadInput;
                }
            }
            catch (Exception e) when (ImportCommand.IsDatabaseProblem(e))
            {
                error.WriteLine(Format(CliMessages.DatabaseFailed, ImportCommand.Describe(options), e.Message));
                return ExitCodes.BadInput;
            }
        }

        if (!loaded.IsOk)
        {
            error.WriteLine(Format(CliMessages.ExportOfficeUnknown, request.Office, request.Year));
            return ExitCodes.BadInput;
        }

        var documents = loaded.Value!;
        byte[] bytes;
        switch (format)
        {
            case "docx":
                bytes = DocxExporter.Write(documents.Agreements, PrintOptions.ForBaseUrl(services.PublicBaseUrl, Today(services.Clock)));
                break;
            case "xlsx":
                bytes = XlsxExporter.Write(documents.Current);
                break;
            default:
                var html = PrintView.Render(documents.Agreements, PrintOptions.ForBaseUrl(services.PublicBaseUrl, Today(services.Clock)));
                if (format == "html")
                {
                    bytes = System.Text.Encoding.UTF8.GetBytes(html);
                    break;
                }

                await using (var renderer = new PdfRenderer(services.PdfRenderer))
                {
                    var pdf = await renderer.RenderAsync(html, cancellationToken);
                    if (!pdf.Success)
                    {
                        error.WriteLine(Format(CliMessages.ExportPdfFailed, pdf.Error!));
                        return ExitCodes.BadInput;
                    }

                    bytes = pdf.Pdf!;
                }

                break;
        }

        try
        {
            await File.WriteAllBytesAsync(request.OutputPath, bytes, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Format(CliMessages.ExportWriteFailed, request.OutputPath, e.Message));
            return ExitCodes.BadInput;
        }

        output.WriteLine(Format(CliMessages.ExportWritten, format.ToUpperInvariant(), documents.Agreements.Count, documents.Office.Name, documents.Year, request.OutputPath));
        return ExitCodes.Ok;
    }

    private static DateOnly Today(TimeProvider clock) => RegionTime.Today(clock);

    private static string Format(string format, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments);

    private sealed record ExportRequest(string Format, string Office, int Year, string? Position, string OutputPath, string? Connection);
}
