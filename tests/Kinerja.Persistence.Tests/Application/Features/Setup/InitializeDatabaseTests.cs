using Kinerja.Application.Features.Setup;
using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Setup;

[Collection(DatabaseCollection.Name)]
public sealed class InitializeDatabaseTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EmptyDatabase_IsMigratedAndSeededWithTheDefaultCatalogueOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server, migrate: false);

        int first;
        int second;
        await using (var db = database.NewContext())
            first = await new InitializeDatabase(db).ExecuteAsync();
        await using (var db = database.NewContext())
            second = await new InitializeDatabase(db).ExecuteAsync();

        Assert.Equal(DefaultNomenclature.Entries.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(DefaultNomenclature.Entries.Count, await DatabaseState.CountAsync<NomenclatureEntry>(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NomenclatureEntries_RoundTripAndKeepCodesUnique(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var program = new NomenclatureEntry("7.01.01", BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", null);
        var uncoded = new NomenclatureEntry(null, BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", "7.01.01.2.02");
        var uncodedToo = new NomenclatureEntry(null, BudgetLevel.SubKegiatan, "Penyediaan Administrasi Pelaksanaan Tugas ASN", "7.01.01.2.02");
        await using (var db = database.NewContext())
        {
            db.Nomenclature.AddRange(program, uncoded, uncodedToo);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var loaded = await db.Nomenclature.AsNoTracking().ToListAsync();
            Assert.Equal(3, loaded.Count);
            Assert.Contains(program, loaded);
            Assert.Contains(uncoded, loaded);

            db.Nomenclature.Add(program with { Name = "Duplikat" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
