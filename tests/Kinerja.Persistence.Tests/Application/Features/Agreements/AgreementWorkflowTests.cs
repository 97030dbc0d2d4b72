using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

/// <summary>The PK lifecycle through the use cases: draft, submit, return, submit, approve, sign, publish, amend.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AgreementWorkflowTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lifecycle_FromDraftToPublishedAndAmended(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var clock = new FixedClock();

        await using (var db = database.NewContext(auditActor: new TestAuditActor(org.OperatorKalaena.UserId, org.OperatorKalaena.Name), clock: clock))
        {
            AssertOk(await new SubmitAgreement(db).ExecuteAsync(org.OperatorKalaena, id));
            AssertOk(await new ReturnAgreement(db, clock).ExecuteAsync(org.CamatKalaenaOfficial, id, "Target AKIP belum sesuai Renstra."));
            AssertOk(await new UpdateAgreementHeader(db).ExecuteAsync(org.OperatorKalaena, id, "Kalaena", On));
            AssertOk(await new SubmitAgreement(db).ExecuteAsync(org.OperatorKalaena, id));
            AssertOk(await new ApproveAgreement(db, clock).ExecuteAsync(org.CamatKalaenaOfficial, id));
            AssertOk(await new SignAgreement(db, clock).ExecuteAsync(org.SekcamKalaenaOfficial, id, "pk-sekcam.pdf", SignedScan, On));
            AssertOk(await new PublishAgreement(db).ExecuteAsync(org.OperatorKalaena, id));
        }

        Guid amendmentId;
        await using (var db = database.NewContext())
        {
            var details = (await new GetAgreement(db).ExecuteAsync(Actor.Public, id)).Value!;
            Assert.Equal((AgreementStatus.Published, "Kalaena", (DateOnly?)On), (details.Agreement.Status, details.Agreement.Place, details.Agreement.SignedAt));
            Assert.Equal(("BURHANUDDIN, S.H.", "SEKRETARIS CAMAT", "H. MARSUKI, S.Pd., M.M.", "CAMAT KALAENA"), (details.Agreement.FirstParty.PrintedName, details.Agreement.FirstParty.Position, details.Agreement.SecondParty.PrintedName, details.Agreement.SecondParty.Position));
            Assert.Empty(details.Notes);
            var note = Assert.Single((await new GetAgreement(db).ExecuteAsync(org.OperatorKalaena, id)).Value!.Notes);
            Assert.Equal((ReviewNoteKind.Pengembalian, "H. MARSUKI", "Target AKIP belum sesuai Renstra."), (note.Kind, note.AuthorName, note.Text));
            Assert.Equal(("pk-sekcam.pdf", (long)SignedScan.Length), (details.Evidence!.FileName, details.Evidence.Size));
            Assert.Equal("sha256:" + details.Evidence.Sha256, details.Agreement.SignatureEvidence);
            Assert.False(details.Access.CanEdit);

            var amended = await new AmendAgreement(db).ExecuteAsync(org.OperatorKalaena, id, AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan 2025");
            Assert.True(amended.IsOk, amended.ToString());
            amendmentId = amended.Value;
            var again = await new AmendAgreement(db).ExecuteAsync(org.OperatorKalaena, id, AmendmentReason.PerubahanPrioritas, "Lagi");
            Assert.Equal(ResultStatus.Conflict, again.Status);
        }

        await using (var db = database.NewContext())
        {
            var amendment = (await new GetAgreement(db).ExecuteAsync(org.OperatorKalaena, amendmentId)).Value!;
            Assert.Equal((AgreementKind.Perubahan, AgreementStatus.Draft, (Guid?)id), (amendment.Agreement.Kind, amendment.Agreement.Status, amendment.Agreement.SupersedesId));
            Assert.True(amendment.Access.CanEdit);
            Assert.Equal(amendmentId, (await new GetAgreement(db).ExecuteAsync(org.OperatorKalaena, id)).Value!.AmendedById);
            var evidence = await new GetEvidence(db).ExecuteAsync(Actor.Public, id);
            Assert.Equal(SignedScan, evidence.Value!.Content);

            var verbs = await db.AuditEntries.Where(e => e.EntityType == "Agreement" && e.EntityId == id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
            Assert.Equal(
                [AuditActions.Created, AuditActions.Submitted, AuditActions.Returned, AuditActions.Updated, AuditActions.Submitted, AuditActions.Approved, AuditActions.Signed, AuditActions.Published],
                verbs);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Returned && e.UserName == "Operator Kalaena" && e.At == FixedClock.Start));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OperatorOfAnotherOffice_GetsNotFoundForADraft_AndForbiddenForAPublishedAgreement(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var mangkutanaDraft = await CompleteAsync(database, org.OperatorMangkutana, org.SekcamMangkutana.Id);
        var kalaenaPublished = await PublishedAsync(database, org);
        var kalaena = org.OperatorKalaena;

        await using var db = database.NewContext();
        var clock = new FixedClock();
        Assert.Equal(ResultStatus.NotFound, (await new GetAgreement(db).ExecuteAsync(kalaena, mangkutanaDraft)).Status);
        Assert.Equal(ResultStatus.NotFound, (await new SubmitAgreement(db).ExecuteAsync(kalaena, mangkutanaDraft)).Status);
        Assert.Equal(ResultStatus.NotFound, (await new SaveSasaran(db).ExecuteAsync(kalaena, mangkutanaDraft, null, SasaranLevel.Program, "Sasaran", null)).Status);
        Assert.Equal(ResultStatus.NotFound, (await new UpdateAgreementHeader(db).ExecuteAsync(kalaena, mangkutanaDraft, "Kalaena", null)).Status);
        Assert.Equal(ResultStatus.NotFound, (await new GetEvidence(db).ExecuteAsync(kalaena, mangkutanaDraft)).Status);
        Assert.Equal(ResultStatus.NotFound, (await new CreateAgreement(db, clock).ExecuteAsync(kalaena, org.CamatMangkutana.Id, 2026, On)).Status);
        Assert.Equal(ResultStatus.NotFound, (await new GetAgreement(db).ExecuteAsync(Actor.Public, mangkutanaDraft)).Status);

        Assert.True((await new GetAgreement(db).ExecuteAsync(org.OperatorMangkutana, kalaenaPublished)).IsOk);
        Assert.Equal(ResultStatus.Forbidden, (await new AmendAgreement(db).ExecuteAsync(org.OperatorMangkutana, kalaenaPublished, AmendmentReason.PergantianPejabat, "x")).Status);
        Assert.Equal(ResultStatus.Forbidden, (await new SaveSasaran(db).ExecuteAsync(org.OperatorMangkutana, kalaenaPublished, null, SasaranLevel.Program, "Sasaran", null)).Status);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Workflow_RefusalsAreForbiddenConflictOrInvalid(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        await using var db = database.NewContext();
        var clock = new FixedClock();

        Assert.Equal(ResultStatus.Forbidden, (await new SubmitAgreement(db).ExecuteAsync(org.CamatKalaenaOfficial, id)).Status);
        var early = await new ApproveAgreement(db, clock).ExecuteAsync(org.CamatKalaenaOfficial, id);
        Assert.Equal((ResultStatus.Conflict, "Perjanjian berstatus Draf tidak dapat disetujui; hanya yang berstatus Diajukan."), (early.Status, early.Messages[0]));
        AssertOk(await new SubmitAgreement(db).ExecuteAsync(org.OperatorKalaena, id));
        Assert.Equal(ResultStatus.Forbidden, (await new ApproveAgreement(db, clock).ExecuteAsync(org.OperatorKalaena, id)).Status);
        Assert.Equal(ResultStatus.Forbidden, (await new ApproveAgreement(db, clock).ExecuteAsync(org.SekcamKalaenaOfficial, id)).Status);
        Assert.Equal(ResultStatus.Conflict, (await new SaveSasaran(db).ExecuteAsync(org.OperatorKalaena, id, null, SasaranLevel.Program, "Baru", null)).Status);
        var noNote = await new ReturnAgreement(db, clock).ExecuteAsync(org.CamatKalaenaOfficial, id, " ");
        Assert.Equal((ResultStatus.Invalid, Messages.ReturnNoteRequired), (noNote.Status, noNote.Messages[0]));
        AssertOk(await new ApproveAgreement(db, clock).ExecuteAsync(org.Administrator, id));

        var notPdf = await new SignAgreement(db, clock).ExecuteAsync(org.OperatorKalaena, id, "pk.docx", "PK\u0003\u0004"u8.ToArray(), On);
        Assert.Equal((ResultStatus.Invalid, "Berkas bukti \"pk.docx\" bukan PDF; unggah hasil pindaian perjanjian yang ditandatangani dalam format PDF."), (notPdf.Status, notPdf.Messages[0]));
        Assert.Equal(ResultStatus.Forbidden, (await new SignAgreement(db, clock).ExecuteAsync(org.CamatKalaenaOfficial, id, "pk.pdf", SignedScan, On)).Status);
        AssertOk(await new SignAgreement(db, clock).ExecuteAsync(org.OperatorKalaena, id, "pk.pdf", SignedScan, On));
        Assert.Equal(ResultStatus.Conflict, (await new SignAgreement(db, clock).ExecuteAsync(org.OperatorKalaena, id, "pk.pdf", SignedScan, On)).Status);
        Assert.Equal(0, await db.EvidenceDocuments.CountAsync(e => e.FileName == "pk.docx"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_Incomplete_IsInvalidWithTheCompletenessMessages(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var id = (await new CreateAgreement(db, new FixedClock()).ExecuteAsync(org.OperatorKalaena, org.KasiKalaena.Id, 2025, On)).Value;

        var empty = await new SubmitAgreement(db).ExecuteAsync(org.OperatorKalaena, id);
        var sasaran = (await new SaveSasaran(db).ExecuteAsync(org.OperatorKalaena, id, null, SasaranLevel.SubKegiatan, "Meningkatnya pelayanan umum", null)).Value;
        var withoutIndicator = await new SubmitAgreement(db).ExecuteAsync(org.OperatorKalaena, id);

        Assert.Equal((ResultStatus.Invalid, Messages.AgreementHasNoSasaran), (empty.Status, empty.Messages[0]));
        Assert.Equal(ResultStatus.Invalid, withoutIndicator.Status);
        Assert.Contains("Meningkatnya pelayanan umum", withoutIndicator.Messages[0], StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, sasaran);
    }
}
