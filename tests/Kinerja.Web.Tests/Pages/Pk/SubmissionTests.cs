using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Kinerja.Persistence.Audit;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Pk;

/// <summary>
/// Submitting and approving over HTTP: Error findings need the explicit confirmation in the form, an amendment needs
/// its date and a change, and the operator can withdraw a submission.
/// </summary>
public partial class SubmissionTests
{
    private const string KasiPelayananMangkutana = "KEPALA SEKSI PELAYANAN PUBLIK";

    [Fact]
    public async Task SubmitAndApprove_OfAPkWithErrorFindings_AskForTheConfirmation_AndGoOnOnlyWithIt()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Mangkutana);
        using var official = await factory.SignedInClientAsync(Role.Official, SampleRecords.Mangkutana, "DARMAWATI");
        var draftId = await AmendAsync(factory, operatorClient, SampleRecords.Mangkutana, KasiPelayananMangkutana);
        await MakeSubmittableAsync(factory.Services, draftId);

        var detail = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var count = int.Parse(AcknowledgementText().Match(detail).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0);

        var refused = await PostAsync(operatorClient, draftId, "Ajukan");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"PK ini masih memiliki {count} temuan galat", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Draft, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(operatorClient, draftId, "Ajukan", ("MengertiTemuan", "true"))).StatusCode);
        Assert.Equal(AgreementStatus.Submitted, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);

        var approval = await official.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        Assert.Matches(AcknowledgementText(), approval);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(official, draftId, "Setujui")).StatusCode);
        Assert.Equal(AgreementStatus.Submitted, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(official, draftId, "Setujui", ("MengertiTemuan", "true"))).StatusCode);
        Assert.Equal(AgreementStatus.Approved, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
    }

    [Fact]
    public async Task Submit_OfAnAmendmentWithoutChangeAndDate_IsRefusedWithBothReasons()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var draftId = await AmendAsync(factory, operatorClient, SampleRecords.Kalaena, "KEPALA SEKSI PEMERINTAHAN UMUM");

        var refused = await PostAsync(operatorClient, draftId, "Ajukan");

        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Messages.AmendmentDateRequired, html, StringComparison.Ordinal);
        Assert.Contains(Messages.AmendmentUnchanged, html, StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Draft, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
    }

    [Fact]
    public async Task Withdraw_BringsASubmissionBackToDraft_ForTheOperatorOnly_AndIsAudited()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        using var camat = await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI");
        var draftId = await AmendAsync(factory, operatorClient, SampleRecords.Kalaena, "KEPALA SEKSI PEMERINTAHAN UMUM");
        await MakeSubmittableAsync(factory.Services, draftId);
        await WorkflowTests.PostActionAsync(operatorClient, draftId, "Ajukan");

        var camatPage = await camat.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        Assert.DoesNotContain("Tarik pengajuan", camatPage, StringComparison.Ordinal);
        var operatorPage = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        Assert.Matches("<button[^>]*data-confirm=\"[^\"]+\"[^>]*>Tarik pengajuan</button>", operatorPage);
        var form = HtmlForm.Parse(operatorPage, $"/pk/{draftId}", "form[action*=Tarik]");
        var camatFields = HtmlForm.Parse(camatPage, $"/pk/{draftId}", "form[action*=Setujui]").Fields;
        var byCamat = await camat.PostAsync(new Uri(form.Action, UriKind.Relative), new FormUrlEncodedContent(camatFields));
        Assert.Equal(HttpStatusCode.Forbidden, byCamat.StatusCode);
        Assert.Equal(AgreementStatus.Submitted, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);

        var page = await WorkflowTests.PostActionAsync(operatorClient, draftId, "Tarik");

        Assert.Contains("Pengajuan ditarik", page, StringComparison.Ordinal);
        Assert.Contains("Ajukan ke Pihak Kedua", page, StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Draft, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == draftId.ToString() && e.Action == AuditActions.Withdrawn).ToListAsync();
        Assert.Single(audit);
    }

    /// <summary>Amends the PK of <paramref name="position"/> through the page; answers the new draft's id.</summary>
    internal static async Task<Guid> AmendAsync(KinerjaWebFactory factory, HttpClient operatorClient, string office, string position)
    {
        var original = await SampleRecords.AgreementAsync(factory.Services, office, position);
        var amend = await HtmlForm.LoadAsync(operatorClient, $"/pk/{original.Id}/perubahan");
        var amended = await amend.Set("Alasan", nameof(AmendmentReason.PerubahanProgramAnggaran)).Set("Penjelasan", "APBD Perubahan 2025").PostAsync(operatorClient);
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        return Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>What an amendment needs before it is submitted: its date and a change (the first target becomes 95 %).</summary>
    internal static async Task MakeSubmittableAsync(IServiceProvider services, Guid draftId)
    {
        var draft = await SampleRecords.ReloadAsync(services, draftId);
        await using var scope = services.CreateAsyncScope();
        var admin = Actor.With([Role.Administrator], name: "uji");
        var dated = await scope.ServiceProvider.GetRequiredService<UpdateAgreementHeader>().ExecuteAsync(admin, draftId, draft.Place, new DateOnly(2025, 10, 1));
        Assert.True(dated.IsOk, dated.ToString());
        var indicator = draft.Sasarans[0].Indicators[0];
        var changed = await scope.ServiceProvider.GetRequiredService<SaveIndicator>().ExecuteAsync(
            admin, draftId, draft.Sasarans[0].Id, indicator.Id, indicator.Content with { Target = TargetValue.Parse("95 %") });
        Assert.True(changed.IsOk, changed.ToString());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, params (string Name, string Value)[] fields)
    {
        var detail = await client.GetStringAsync(new Uri($"/pk/{id}", UriKind.Relative));
        var form = HtmlForm.Parse(detail, $"/pk/{id}", $"form[action*={handler}]");
        foreach (var (name, value) in fields)
            form.Set(name, value);
        return await form.PostAsync(client);
    }

    [GeneratedRegex("Saya mengerti PK ini masih memiliki (\\d+) temuan galat")]
    private static partial Regex AcknowledgementText();
}
