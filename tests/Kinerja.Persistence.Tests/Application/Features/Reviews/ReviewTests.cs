using Kinerja.Application.Common;
using Kinerja.Application.Features.Reviews;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Reviews;

[Collection(DatabaseCollection.Name)]
public sealed class ReviewTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddReviewNote_ByEvaluatorOrParty_NotByOperator(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        await using var db = database.NewContext();
        var add = new AddReviewNote(db, new FixedClock());

        Assert.True((await add.ExecuteAsync(org.Evaluator, id, ReviewNoteKind.CatatanEvaluasi, "Indikator belum SMART.")).IsOk);
        Assert.True((await add.ExecuteAsync(org.CamatKalaenaOfficial, id, ReviewNoteKind.Catatan, "Perhatikan target.")).IsOk);
        Assert.Equal(ResultStatus.Forbidden, (await add.ExecuteAsync(org.OperatorKalaena, id, ReviewNoteKind.Catatan, "x")).Status);
        Assert.Equal(ResultStatus.NotFound, (await add.ExecuteAsync(org.OperatorMangkutana, id, ReviewNoteKind.Catatan, "x")).Status);
        Assert.Equal(ResultStatus.Invalid, (await add.ExecuteAsync(org.Evaluator, id, ReviewNoteKind.Catatan, " ")).Status);

        var notes = await db.ReviewNotes.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
        Assert.Equal([("Inspektorat", ReviewNoteKind.CatatanEvaluasi), ("H. MARSUKI", ReviewNoteKind.Catatan)], notes.Select(n => (n.AuthorName, n.Kind)));
        Assert.All(notes, n => Assert.Equal(FixedClock.Start, n.At));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordEvaluation_ByEvaluatorOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        await using var db = database.NewContext();
        var record = new RecordEvaluation(db, new FixedClock());

        var office = await record.ExecuteAsync(org.Evaluator, org.Kalaena.Id, 2025, null, 78.5m, "Baik");
        var agreement = await record.ExecuteAsync(org.Evaluator, org.Kalaena.Id, 2025, id, null, "Target perlu dijelaskan.");

        Assert.True(office.IsOk && agreement.IsOk);
        Assert.Equal(ResultStatus.Forbidden, (await record.ExecuteAsync(org.Administrator, org.Kalaena.Id, 2025, null, 80, null)).Status);
        Assert.Equal(ResultStatus.Forbidden, (await record.ExecuteAsync(org.OperatorKalaena, org.Kalaena.Id, 2025, null, 80, null)).Status);
        Assert.Equal(ResultStatus.NotFound, (await record.ExecuteAsync(org.Evaluator, org.Mangkutana.Id, 2025, id, 80, null)).Status);
        Assert.Equal(ResultStatus.Invalid, (await record.ExecuteAsync(org.Evaluator, org.Kalaena.Id, 2025, null, 101, null)).Status);
        var stored = await db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == office.Value);
        Assert.Equal((78.5m, "Baik", "Inspektorat", org.Evaluator.UserId), (stored.Score, stored.Notes, stored.ByName, stored.ByUserId));
    }
}
