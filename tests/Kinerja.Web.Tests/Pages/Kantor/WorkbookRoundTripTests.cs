using System.Net;
using Kinerja.Application.Features.Agreements;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Xlsx;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Kantor;

[Collection(WebCollection.Name)]
public sealed class WorkbookRoundTripTests(PostgresServer postgres)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EditedWorkbook_PreviewShowsTheChangesAndStoresNothing_ConfirmAppliesToTheDraftOnly(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        var officeId = await OfficeDocumentsPageTests.OfficeIdAsync(factory, "Kecamatan Kalaena");
        var draftId = await AmendAsync(factory, officeId, "SEKRETARIS CAMAT");
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");
        var url = $"/kantor/{officeId}/dokumen?tahun=2025";
        var exported = await client.GetByteArrayAsync(new Uri(url + "&handler=Xlsx", UriKind.Relative));
        var (edited, draftLine, signedLine) = Edit(exported);
        var before = await BudgetAsync(factory);

        var form = await HtmlForm.LoadAsync(client, url);
        var preview = await form.PostFileAsync(client, "Berkas", "kalaena.xlsx", edited, XlsxType);
        var html = await preview.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(draftLine, text, StringComparison.Ordinal);
        Assert.Contains("+Rp 1.000.000", text, StringComparison.Ordinal);
        Assert.Contains("sudah ditandatangani; buat PK Perubahan untuk mengubahnya", html, StringComparison.Ordinal);
        Assert.Equal(before, await BudgetAsync(factory));

        var confirm = await HtmlForm.Parse(html, url, "form.confirm").PostAsync(client);
        var after = await BudgetAsync(factory);

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("1 perubahan disimpan", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before[(draftId, draftLine)] + 1_000_000, after[(draftId, draftLine)]);
        Assert.Equal(before.Where(b => b.Key.Item1 != draftId), after.Where(b => b.Key.Item1 != draftId));
        Assert.Contains(signedLine, before.Keys.Select(k => k.Item2));
    }

    [Fact]
    public async Task Preview_OperatorOfAnotherOffice_Is404_AndWithoutAntiforgery_Is400()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var officeId = await OfficeDocumentsPageTests.OfficeIdAsync(factory, "Kecamatan Kalaena");
        var url = $"/kantor/{officeId}/dokumen?tahun=2025";
        using var own = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");
        using var other = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Mangkutana");
        var exported = await own.GetByteArrayAsync(new Uri(url + "&handler=Xlsx", UriKind.Relative));
        var form = await HtmlForm.LoadAsync(own, url);
        var otherToken = (await HtmlForm.LoadAsync(other, "/impor")).Fields["__RequestVerificationToken"];
        using var body = new MultipartFormDataContent
        {
            { new StringContent(otherToken), "__RequestVerificationToken" },
            { new ByteArrayContent(exported), "Berkas", "k.xlsx" },
        };

        var foreign = await other.PostAsync(new Uri(url + "&handler=Pratinjau", UriKind.Relative), body);
        var forged = await form.Without("__RequestVerificationToken").PostFileAsync(own, "Berkas", "k.xlsx", exported, XlsxType);
        var notXlsx = await (await HtmlForm.LoadAsync(own, url)).PostFileAsync(own, "Berkas", "k.xlsx", "bukan xlsx"u8.ToArray(), XlsxType);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("bukan buku kerja XLSX", await notXlsx.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_OfAWorkbookInflatingToAHundredMegabytes_IsRefusedWithAnIndonesianMessage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var officeId = await OfficeDocumentsPageTests.OfficeIdAsync(factory, "Kecamatan Kalaena");
        var url = $"/kantor/{officeId}/dokumen?tahun=2025";
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");

        var response = await (await HtmlForm.LoadAsync(client, url)).PostFileAsync(client, "Berkas", "bom.xlsx", Kinerja.Testing.ZipBombs.Xlsx(), XlsxType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Berkas ditolak: bagian &quot;xl/worksheets/sheet1.xml&quot; lebih dari 16 MB setelah dibuka.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<Guid> AmendAsync(KinerjaWebFactory factory, Guid officeId, string position)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var id = await db.Agreements.Where(a => a.OfficeId == officeId && a.FirstParty.Position == position).Select(a => a.Id).SingleAsync();
        var amended = await scope.ServiceProvider.GetRequiredService<AmendAgreement>()
            .ExecuteAsync(Actor.With([Role.Operator], officeId), id, AmendmentReason.PerubahanProgramAnggaran, "Perubahan anggaran.");
        Assert.True(amended.IsOk, amended.ToString());
        return amended.Value;
    }

    /// <summary>The workbook with the first budget line of the Perubahan and of the signed Camat raised by Rp 1.000.000.</summary>
    private static (byte[] Workbook, string DraftLine, string SignedLine) Edit(byte[] exported)
    {
        var read = XlsxImporter.Read(exported);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var draft = read.Agreements.Single(a => a.Kind == AgreementKind.Perubahan);
        var signed = read.Agreements.Single(a => a.Kind == AgreementKind.Awal && a.FirstParty.Position.StartsWith("CAMAT", StringComparison.Ordinal));
        var draftLine = Raise(draft);
        var signedLine = Raise(signed);
        return (XlsxExporter.Write(read.Agreements), draftLine, signedLine);
    }

    private static string Raise(Agreement agreement)
    {
        var line = agreement.BudgetLines[^1];
        var outcome = agreement.UpdateBudgetLine(line.Id, new BudgetLineContent(line.Level, line.Name, line.Code, line.Amount + new Rupiah(1_000_000), line.Source));
        Assert.True(outcome.Success, string.Join(" ", outcome.Errors));
        return line.Name;
    }

    private static async Task<Dictionary<(Guid, string), long>> BudgetAsync(KinerjaWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var agreements = await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Agreements.AsNoTracking().WithDetails().ToListAsync();
        return agreements.SelectMany(a => a.BudgetLines.Select(l => (Key: (a.Id, l.Name), l.Amount.Value)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Value));
    }
}
