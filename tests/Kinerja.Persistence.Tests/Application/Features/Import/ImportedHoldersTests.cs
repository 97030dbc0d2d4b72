using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Import;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Import;

/// <summary>Signed documents tell who held each position: the register learns it, so next year's PK can be drawn up.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ImportedHoldersTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportedSeeds_RecordTheSignersAsHolders_AndNextYearsPkStartsFromThem(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using (var db = database.NewContext())
        {
            var sources = Directory.GetFiles(SeedFolder.Path, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => new ImportSource(Path.GetFileName(f), File.ReadAllText(f)));
            await new ImportAgreements(db).ExecuteAsync(sources);
        }

        await using (var db = database.NewContext())
        {
            var kalaena = await db.Offices.SingleAsync(o => o.Name == "Kecamatan Kalaena");
            var positions = await db.Positions.Where(p => p.OfficeId == kalaena.Id).ToListAsync();
            var kasi = positions.Single(p => p.Title == "KEPALA SEKSI PEMERINTAHAN UMUM");
            var holder = await db.Assignments.SingleAsync(a => a.PositionId == kasi.Id);
            Assert.Equal((new DateOnly(2025, 1, 2), (DateOnly?)null, AssignmentKind.Definitif), (holder.From, holder.To, holder.Kind));
            Assert.Equal(positions.Count, await db.Assignments.CountAsync(a => positions.Select(p => p.Id).Contains(a.PositionId)));

            var created = await new CreateAgreement(db, TimeProvider.System)
                .ExecuteAsync(Actor.With([Role.Operator], kalaena.Id, name: "Operator"), kasi.Id, 2026);

            Assert.True(created.IsOk, created.ToString());
            var draft = await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == created.Value);
            Assert.Equal(("HARTATI, S.AN", "H. MARSUKI, S.Pd., M.M."), (draft.FirstParty.PrintedName, draft.SecondParty.PrintedName));
        }
    }
}
