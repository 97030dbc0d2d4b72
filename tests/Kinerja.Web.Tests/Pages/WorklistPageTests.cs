using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Pk;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Web.Tests.Pages;

/// <summary>The start page lists what waits for each role: approval, signature, drafts to finish, evaluation.</summary>
public class WorklistPageTests
{
    private const string Kasi = "KEPALA SEKSI PEMERINTAHAN UMUM";

    [Fact]
    public async Task StartPage_ListsForEachRoleWhatWaitsForIt_AsTheAgreementMoves()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        using var camat = await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI");
        using var kasi = await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "HARTATI");
        var draftId = await SubmissionTests.AmendAsync(factory, operatorClient, SampleRecords.Kalaena, Kasi);
        await SubmissionTests.MakeSubmittableAsync(factory.Services, draftId);
        var link = $"href=\"/pk/{draftId}\"";

        Assert.Contains(link, Section(await HomeAsync(operatorClient), "menunggu-selesaikan"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, Section(await HomeAsync(camat), "menunggu"), StringComparison.Ordinal);

        await WorkflowTests.PostActionAsync(operatorClient, draftId, "Ajukan");
        Assert.Contains(link, Section(await HomeAsync(camat), "menunggu-setujui"), StringComparison.Ordinal);
        Assert.Contains(link, Section(await HomeAsync(operatorClient), "menunggu-diajukan"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, Section(await HomeAsync(kasi), "menunggu"), StringComparison.Ordinal);

        await WorkflowTests.PostActionAsync(camat, draftId, "Setujui");
        Assert.DoesNotContain(link, Section(await HomeAsync(camat), "menunggu"), StringComparison.Ordinal);
        Assert.Contains(link, Section(await HomeAsync(kasi), "menunggu-tandatangani"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_OfTheEvaluator_ListsSignedPksWithoutEvaluation_UntilANoteIsWritten()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var evaluator = await factory.SignedInClientAsync(Role.Evaluator);
        var camatPk = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, "CAMAT KALAENA");
        var link = $"href=\"/pk/{camatPk.Id}\"";

        Assert.Contains(link, Section(await HomeAsync(evaluator), "menunggu-evaluasi"), StringComparison.Ordinal);

        await WorkflowTests.PostActionAsync(evaluator, camatPk.Id, "Catatan", ("Catatan", "Indikator sudah selaras dengan Renstra."));
        Assert.DoesNotContain(link, Section(await HomeAsync(evaluator), "menunggu"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_OfThePublic_HasNoWorklist()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.DoesNotContain("Menunggu Anda", await HomeAsync(visitor), StringComparison.Ordinal);
    }

    private static Task<string> HomeAsync(HttpClient client) => client.GetStringAsync(new Uri("/", UriKind.Relative));

    /// <summary>The part of the page from the heading with <paramref name="id"/> to the next heading of a list (or the worklist's end).</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        if (start < 0)
            return string.Empty;
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        var next = html.IndexOf("<h3 id=\"menunggu-", start + id.Length, StringComparison.Ordinal);
        if (id != "menunggu" && next > 0 && next < end)
            end = next;
        return html[start..end];
    }
}
