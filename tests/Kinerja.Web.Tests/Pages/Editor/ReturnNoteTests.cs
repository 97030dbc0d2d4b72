using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Pk;

namespace Kinerja.Web.Tests.Pages.Editor;

/// <summary>The official's return note where the operator fixes the PK: at the top of the editor.</summary>
public class ReturnNoteTests
{
    [Fact]
    public async Task Editor_OfAReturnedPk_ShowsTheLatestReturnNoteAboveTheDocument()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        using var camat = await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI");
        var draftId = await SubmissionTests.AmendAsync(factory, operatorClient, SampleRecords.Kalaena, "KEPALA SEKSI PEMERINTAHAN UMUM");
        await SubmissionTests.MakeSubmittableAsync(factory.Services, draftId);
        await WorkflowTests.PostActionAsync(operatorClient, draftId, "Ajukan");
        await WorkflowTests.PostActionAsync(camat, draftId, "Kembalikan", ("Catatan", "Target belum sesuai Renstra."));
        await WorkflowTests.PostActionAsync(operatorClient, draftId, "Ajukan");
        await WorkflowTests.PostActionAsync(camat, draftId, "Kembalikan", ("Catatan", "Anggaran sub kegiatan belum sesuai DPA."));

        var editor = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}/ubah", UriKind.Relative));

        var note = editor.IndexOf("Anggaran sub kegiatan belum sesuai DPA.", StringComparison.Ordinal);
        Assert.True(note > 0, "The latest return note is not in the editor.");
        Assert.True(note < editor.IndexOf("Para pihak", StringComparison.Ordinal), "The return note is not above the document.");
        Assert.Contains("Catatan pengembalian", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("Target belum sesuai Renstra.", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_OfADraftNeverReturned_ShowsNoReturnNote()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var draftId = await SubmissionTests.AmendAsync(factory, operatorClient, SampleRecords.Kalaena, "KEPALA SEKSI PEMERINTAHAN UMUM");

        var editor = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}/ubah", UriKind.Relative));

        Assert.DoesNotContain("Catatan pengembalian", editor, StringComparison.Ordinal);
    }
}
