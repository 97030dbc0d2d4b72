using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence.Identity;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Persistence;

[Collection(DatabaseCollection.Name)]
public sealed class WorkflowStorageTests(PostgresServer server)
{
    private static readonly DateTimeOffset At = new(2025, 1, 3, 2, 15, 30, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AgreementWorkflowState_RoundTrips(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var original = TestAgreements.Camat();
        Assert.True(original.Submit().Success);
        Assert.True(original.Approve(new DateOnly(2025, 1, 2)).Success);
        Assert.True(original.Sign("sha256:0123", new DateOnly(2025, 1, 2), new DateOnly(2025, 1, 2)).Success);
        var amendment = original.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan 2025").Value!;
        await using (var db = database.NewContext())
        {
            db.Agreements.AddRange(original, amendment);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var signed = await db.Agreements.AsNoTracking().WithDetails().SingleAsync(a => a.Id == original.Id);
            var draft = await db.Agreements.AsNoTracking().WithDetails().SingleAsync(a => a.Id == amendment.Id);

            Assert.Equal((AgreementStatus.Signed, "sha256:0123", 0), (signed.Status, signed.SignatureEvidence, signed.Revision));
            Assert.Equal((AgreementStatus.Draft, 1, AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan 2025"), (draft.Status, draft.Revision, draft.AmendmentReason, draft.AmendmentExplanation));
            Assert.Equal((original.Id, original.Key), (draft.SupersedesId, draft.SupersedesKey));
            Assert.Equal(AgreementSnapshot.Of(amendment), AgreementSnapshot.Of(draft));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WorkflowRecords_RoundTrip(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var region = new Region("Kabupaten Luwu Timur");
        var office = new Office("Kecamatan Kalaena", region);
        var camat = new Position("CAMAT KALAENA", office);
        var person = new Person(PersonName.Parse("H. MARSUKI, S.Pd., M.M."), Nip.Validate("197010241992032005").Nip);
        var assignment = Assignment.Create(person.Id, camat.Id, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30), AssignmentKind.Plt).Value!;
        var approval = new BudgetApproval(region.Id, 2025, new DateOnly(2024, 11, 29));
        var agreement = TestAgreements.Camat();
        var note = ReviewNote.Create(agreement.Id, Guid.CreateVersion7(), "Camat Kalaena", ReviewNoteKind.Pengembalian, "Target IKM belum sesuai Renstra.", At).Value!;
        var evaluation = Evaluation.Create(office.Id, 2025, agreement.Id, 87.65m, "Cukup lengkap.", At, null, "Inspektorat").Value!;
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% signed scan\n");
        var evidence = EvidenceDocument.Create(agreement.Id, "pk-camat.pdf", pdf, At, Guid.CreateVersion7(), "Operator Kalaena").Value!;
        var user = new KinerjaUser { UserName = "operator.kalaena", Email = "operator@kalaena.go.id", DisplayName = "Operator Kalaena", OfficeId = office.Id };
        var role = new IdentityRole<Guid>("Operator") { Id = Guid.CreateVersion7(), NormalizedName = "OPERATOR" };
        await using (var db = database.NewContext())
        {
            db.AddRange(region, office, camat, person, assignment, approval, agreement, note, evaluation, evidence, user, role);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var storedAssignment = await db.Assignments.AsNoTracking().SingleAsync();
            Assert.Equal((person.Id, camat.Id, new DateOnly(2024, 1, 1), (DateOnly?)new DateOnly(2025, 6, 30), AssignmentKind.Plt), (storedAssignment.PersonId, storedAssignment.PositionId, storedAssignment.From, storedAssignment.To, storedAssignment.Kind));
            var storedApproval = await db.BudgetApprovals.AsNoTracking().SingleAsync();
            Assert.Equal((region.Id, 2025, new DateOnly(2024, 12, 29)), (storedApproval.RegionId, storedApproval.Year, storedApproval.Deadline));
            var storedNote = await db.ReviewNotes.AsNoTracking().SingleAsync();
            Assert.Equal((note.AuthorUserId, "Camat Kalaena", ReviewNoteKind.Pengembalian, "Target IKM belum sesuai Renstra.", At), (storedNote.AuthorUserId, storedNote.AuthorName, storedNote.Kind, storedNote.Text, storedNote.At));
            var storedEvaluation = await db.Evaluations.AsNoTracking().SingleAsync();
            Assert.Equal((office.Id, 2025, (Guid?)agreement.Id, (decimal?)87.65m, "Cukup lengkap.", At, "Inspektorat"), (storedEvaluation.OfficeId, storedEvaluation.Year, storedEvaluation.AgreementId, storedEvaluation.Score, storedEvaluation.Notes, storedEvaluation.At, storedEvaluation.ByName));
            var storedEvidence = await db.EvidenceDocuments.AsNoTracking().SingleAsync();
            Assert.Equal(pdf, storedEvidence.Content);
            Assert.Equal((evidence.Sha256, (long)pdf.Length, "application/pdf", "pk-camat.pdf", At), (storedEvidence.Sha256, storedEvidence.Size, storedEvidence.ContentType, storedEvidence.FileName, storedEvidence.UploadedAt));
            var storedUser = await db.Users.AsNoTracking().SingleAsync();
            Assert.Equal(("Operator Kalaena", (Guid?)office.Id, (Guid?)null), (storedUser.DisplayName, storedUser.OfficeId, storedUser.PersonId));
            Assert.Equal(role.Id, (await db.UserRoles.AsNoTracking().SingleAsync()).RoleId);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EvidenceDocument_SecondForOneAgreement_IsRefusedByTheDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var agreement = TestAgreements.Camat();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4");
        await using var db = database.NewContext();
        db.Agreements.Add(agreement);
        db.EvidenceDocuments.Add(EvidenceDocument.Create(agreement.Id, "a.pdf", pdf, At, null, "x").Value!);
        await db.SaveChangesAsync();

        db.EvidenceDocuments.Add(EvidenceDocument.Create(agreement.Id, "b.pdf", pdf, At, null, "x").Value!);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
