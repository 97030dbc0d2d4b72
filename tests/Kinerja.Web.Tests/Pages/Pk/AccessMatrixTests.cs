using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Web.Tests.Pages.Pk;

/// <summary>
/// Who may read and act on an agreement, over HTTP: every role against a draft of Kecamatan Kalaena and a published
/// agreement of Kecamatan Mangkutana, by id. Another office's draft answers 404, as if it did not exist.
/// </summary>
public class AccessMatrixTests : IAsyncLifetime
{
    private const string Kasi = "KEPALA SEKSI PEMERINTAHAN UMUM";

    private KinerjaWebFactory factory = null!;
    private Guid draftId;
    private Guid publishedMangkutanaId;

    public enum Who
    {
        Anonymous,
        OperatorKalaena,
        OperatorMangkutana,
        CamatKalaena,
        OfficialMangkutana,
        Evaluator,
        Administrator,
    }

    public async Task InitializeAsync()
    {
        factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        using var operatorClient = await ClientAsync(Who.OperatorKalaena);
        var amend = await HtmlForm.LoadAsync(operatorClient, $"/pk/{original.Id}/perubahan");
        var amended = await amend.Set("Alasan", nameof(AmendmentReason.PerubahanPrioritas)).Set("Penjelasan", "Uji").PostAsync(operatorClient);
        draftId = Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
        await SubmissionTests.MakeSubmittableAsync(factory.Services, draftId);
        publishedMangkutanaId = (await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Mangkutana, "CAMAT")).Id;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData(Who.Anonymous, HttpStatusCode.NotFound)]
    [InlineData(Who.OperatorKalaena, HttpStatusCode.OK)]
    [InlineData(Who.OperatorMangkutana, HttpStatusCode.NotFound)]
    [InlineData(Who.CamatKalaena, HttpStatusCode.OK)]
    [InlineData(Who.OfficialMangkutana, HttpStatusCode.NotFound)]
    [InlineData(Who.Evaluator, HttpStatusCode.OK)]
    [InlineData(Who.Administrator, HttpStatusCode.OK)]
    public async Task ReadingADraft_IsForItsOfficeTheEvaluatorAndTheAdministrator(Who who, HttpStatusCode expected)
    {
        using var client = await ClientAsync(who);

        foreach (var path in new[] { $"/pk/{draftId}", $"/pk/{draftId}/cetak", $"/pk/{draftId}/cetak?handler=Docx", $"/pk/{draftId}/perbandingan" })
            Assert.Equal(expected, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.OperatorKalaena)]
    [InlineData(Who.OperatorMangkutana)]
    [InlineData(Who.Evaluator)]
    public async Task ReadingAPublishedAgreement_IsOpenToEveryone(Who who)
    {
        using var client = await ClientAsync(who);

        var response = await client.GetAsync(new Uri($"/pk/{publishedMangkutanaId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Who.OperatorKalaena, HttpStatusCode.Redirect, AgreementStatus.Submitted)]
    [InlineData(Who.OperatorMangkutana, HttpStatusCode.NotFound, AgreementStatus.Draft)]
    [InlineData(Who.CamatKalaena, HttpStatusCode.Forbidden, AgreementStatus.Draft)]
    [InlineData(Who.OfficialMangkutana, HttpStatusCode.NotFound, AgreementStatus.Draft)]
    [InlineData(Who.Evaluator, HttpStatusCode.Forbidden, AgreementStatus.Draft)]
    public async Task SubmittingADraft_IsForTheOperatorOfItsOfficeOnly(Who who, HttpStatusCode expected, AgreementStatus after)
    {
        using var client = await ClientAsync(who);

        var response = await PostWithTokenAsync(client, $"/pk/{draftId}?handler=Ajukan");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(after, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
    }

    [Theory]
    [InlineData(Who.OperatorKalaena, HttpStatusCode.Forbidden)]
    [InlineData(Who.OperatorMangkutana, HttpStatusCode.NotFound)]
    [InlineData(Who.CamatKalaena, HttpStatusCode.Redirect)]
    public async Task ApprovingASubmittedDraft_IsForPihakKedua(Who who, HttpStatusCode expected)
    {
        using (var operatorClient = await ClientAsync(Who.OperatorKalaena))
            await WorkflowTests.PostActionAsync(operatorClient, draftId, "Ajukan");
        using var client = await ClientAsync(who);

        var response = await PostWithTokenAsync(client, $"/pk/{draftId}?handler=Setujui");

        Assert.Equal(expected, response.StatusCode);
        var status = (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status;
        Assert.Equal(expected == HttpStatusCode.Redirect ? AgreementStatus.Approved : AgreementStatus.Submitted, status);
    }

    [Fact]
    public async Task AmendingAnotherOfficesPublishedAgreement_IsForbidden()
    {
        using var client = await ClientAsync(Who.OperatorKalaena);

        var response = await PostWithTokenAsync(client, $"/pk/{publishedMangkutanaId}/perubahan", ("Alasan", nameof(AmendmentReason.PerubahanPrioritas)), ("Penjelasan", "x"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AWorkflowPost_WithoutTheAntiforgeryToken_IsRejected()
    {
        using var client = await ClientAsync(Who.OperatorKalaena);

        var response = await client.PostAsync(new Uri($"/pk/{draftId}?handler=Ajukan", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AgreementStatus.Draft, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
    }

    [Theory]
    [InlineData(Who.Anonymous, HttpStatusCode.Redirect)]
    [InlineData(Who.OperatorKalaena, HttpStatusCode.Forbidden)]
    [InlineData(Who.CamatKalaena, HttpStatusCode.Forbidden)]
    [InlineData(Who.Evaluator, HttpStatusCode.OK)]
    [InlineData(Who.Administrator, HttpStatusCode.OK)]
    public async Task AuditLog_IsForTheAdministratorAndTheEvaluator(Who who, HttpStatusCode expected)
    {
        using var client = await ClientAsync(who);

        var response = await client.GetAsync(new Uri("/audit", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.Contains("sistem membuat", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Who.OperatorKalaena, HttpStatusCode.OK)]
    [InlineData(Who.OperatorMangkutana, HttpStatusCode.NotFound)]
    [InlineData(Who.Evaluator, HttpStatusCode.OK)]
    public async Task MissingAgreements_OfAnOffice_AreForThoseWhoReadItsDrafts(Who who, HttpStatusCode expected)
    {
        var draft = await SampleRecords.ReloadAsync(factory.Services, draftId);
        using var client = await ClientAsync(who);

        var response = await client.GetAsync(new Uri($"/kantor/{draft.OfficeId}/belum?tahun=2026", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task StartPage_ForTheOperator_ShowsTheirDraftButNotToThePublic()
    {
        using var operatorClient = await ClientAsync(Who.OperatorKalaena);
        using var visitor = await ClientAsync(Who.Anonymous);

        Assert.Contains($"/pk/{draftId}", await operatorClient.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain($"/pk/{draftId}", await visitor.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain($"/pk/{draftId}", await visitor.GetStringAsync(new Uri("/pk", UriKind.Relative)), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientAsync(Who who) => who switch
    {
        Who.Anonymous => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
        Who.OperatorKalaena => await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena),
        Who.OperatorMangkutana => await factory.SignedInClientAsync(Role.Operator, SampleRecords.Mangkutana),
        Who.CamatKalaena => await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI"),
        Who.OfficialMangkutana => await factory.SignedInClientAsync(Role.Official, SampleRecords.Mangkutana, "DARMAWATI"),
        Who.Evaluator => await factory.SignedInClientAsync(Role.Evaluator),
        _ => await factory.SignedInClientAsync(Role.Administrator),
    };

    /// <summary>Posts with a valid antiforgery token of the client's session (taken from the sign-in page's form).</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var form = await HtmlForm.LoadAsync(client, "/masuk");
        var values = new Dictionary<string, string> { ["__RequestVerificationToken"] = form.Fields["__RequestVerificationToken"] };
        foreach (var (name, value) in fields)
            values[name] = value;
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(values));
    }
}
