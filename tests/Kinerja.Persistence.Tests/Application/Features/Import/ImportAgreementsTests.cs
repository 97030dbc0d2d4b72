using Kinerja.Application.Features.Import;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Import;

/// <summary>The import use case on every provider, with agreements built directly (the text reader is a test double).</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ImportAgreementsTests(PostgresServer server)
{
    private const string CamatKey = "kecamatan-kalaena/2025/camat-kalaena/awal";
    private const string SekcamKey = "kecamatan-kalaena/2025/sekretaris-camat/awal";

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewDocument_StoresItsAgreementsAndFindings(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader().Document("kalaena", () => TestAgreements.Camat(), () => TestAgreements.Sekcam());

        var result = await ImportAsync(database, reader, new ImportSource("pk-kalaena.txt", "kalaena"));

        var file = Assert.Single(result.Files);
        Assert.Null(file.Failure);
        Assert.Equal((2, 0, 0), (file.Created, file.Updated, file.Unchanged));
        Assert.Equal(new[] { CamatKey, SekcamKey }, file.Agreements.Select(a => a.Key));
        // The reader's findings here are all rule findings: computed from the stored agreements, not stored.
        Assert.Equal(0, await DatabaseState.CountAsync<StoredFinding>(database));
        var camat = await DatabaseState.LoadAsync(database, CamatKey);
        Assert.Equal(file.Agreements[0].Id, camat.Id);
        Assert.Equal("pk-kalaena.txt", camat.SourceName);
        Assert.Equal(70.05m, camat.Sasarans[0].Indicators[0].Target.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SameDocumentTwice_ChangesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader().Document("kalaena", () => TestAgreements.Camat(), () => TestAgreements.Sekcam());
        var first = await ImportAsync(database, reader, new ImportSource("pk-kalaena.txt", "kalaena"));
        var before = await DatabaseState.ReadAsync(database);

        var second = await ImportAsync(database, reader, new ImportSource("pk-kalaena.txt", "kalaena"));

        var file = Assert.Single(second.Files);
        Assert.Equal((0, 0, 2), (file.Created, file.Updated, file.Unchanged));
        Assert.Equal(first.Files[0].Agreements.Select(a => a.Id), file.Agreements.Select(a => a.Id));
        Assert.Equal(before, await DatabaseState.ReadAsync(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ChangedAgreement_IsReplacedAndTheOthersKept(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("v1", () => TestAgreements.Camat(), () => TestAgreements.Sekcam())
            .Document("v2", () => TestAgreements.Camat(target: 75.5m), () => TestAgreements.Sekcam());
        var first = await ImportAsync(database, reader, new ImportSource("pk.txt", "v1"));

        var second = await ImportAsync(database, reader, new ImportSource("pk.txt", "v2"));

        var file = Assert.Single(second.Files);
        Assert.Equal((0, 1, 1), (file.Created, file.Updated, file.Unchanged));
        Assert.Equal(ImportOutcome.Updated, file.Agreements[0].Outcome);
        var camat = await DatabaseState.LoadAsync(database, CamatKey);
        Assert.NotEqual(first.Files[0].Agreements[0].Id, camat.Id);
        Assert.Equal(75.5m, camat.Sasarans[0].Indicators[0].Target.Value);
        Assert.Equal(first.Files[0].Agreements[1].Id, (await DatabaseState.LoadAsync(database, SekcamKey)).Id);
        Assert.Equal(2, await DatabaseState.CountAsync<Agreement>(database));
        Assert.Equal(3, await DatabaseState.CountAsync<Sasaran>(database));
        // The reader's findings here are all rule findings: computed from the stored agreements, not stored.
        Assert.Equal(0, await DatabaseState.CountAsync<StoredFinding>(database));
        Assert.Equal(3, await DatabaseState.CountAsync<Person>(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExceptionAtTheSecondAgreement_RollsBackTheWholeFile(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("other", () => TestAgreements.Sekcam(office: "Kecamatan Mangkutana"))
            .Document("kalaena", () => TestAgreements.Camat(), () => TestAgreements.Sekcam(), () => TestAgreements.Camat(kind: AgreementKind.Perubahan));
        await ImportAsync(database, reader, new ImportSource("mangkutana.txt", "other"));
        var before = await DatabaseState.ReadAsync(database);
        var stored = 0;

        await using (var db = database.NewContext())
        {
            var import = new ImportAgreements(db, reader.Import, _ =>
            {
                if (++stored == 2)
                    throw new InvalidOperationException("Test double fails at the second agreement.");
            });
            await Assert.ThrowsAsync<InvalidOperationException>(() => import.ExecuteAsync([new ImportSource("kalaena.txt", "kalaena")]));
        }

        Assert.Equal(before, await DatabaseState.ReadAsync(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConstraintViolationHalfWay_ReportsTheFileAndLeavesTheDatabaseAsItWas(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("kalaena", () => TestAgreements.Camat(), () => TestAgreements.Sekcam())
            .Document("mangkutana", () => TestAgreements.Sekcam(office: "Kecamatan Mangkutana"));
        var stored = 0;

        ImportAgreementsResult result;
        await using (var db = database.NewContext())
        {
            // At the second agreement, something else claims the first one's natural key: the insert fails.
            var import = new ImportAgreements(db, reader.Import, agreement =>
            {
                if (++stored == 2)
                    db.Agreements.Add(TestAgreements.Camat(firstPartyName: "PENYUSUP"));
            });
            result = await import.ExecuteAsync([new ImportSource("kalaena.txt", "kalaena"), new ImportSource("mangkutana.txt", "mangkutana")]);
        }

        Assert.True(result.Files[0].Failed);
        Assert.StartsWith("kalaena.txt: perjanjian tidak dapat disimpan", result.Files[0].Failure, StringComparison.Ordinal);
        Assert.Empty(result.Files[0].Agreements);
        Assert.False(result.Files[1].Failed);
        Assert.Equal(1, result.Files[1].Created);
        Assert.Equal(1, await DatabaseState.CountAsync<Agreement>(database));
        await using (var db = database.NewContext())
        {
            Assert.Empty(await db.Agreements.WithKey(CamatKey).ToListAsync());
            Assert.Empty(await db.Offices.Where(o => o.Name == TestAgreements.Office).ToListAsync());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnreadableDocument_StoresNothingAndReportsWhy(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader();

        var result = await ImportAsync(database, reader, new ImportSource("resep.txt", "resep nasi goreng"));

        Assert.Equal("resep.txt:1: Bukan dokumen Perjanjian Kinerja.", result.Files[0].Failure);
        Assert.Equal(0, await DatabaseState.CountAsync<Agreement>(database));
        Assert.Equal(0, await DatabaseState.CountAsync<Region>(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoAgreementsWithOneNaturalKeyInADocument_AreAFailure(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader().Document("double", () => TestAgreements.Camat(), () => TestAgreements.Camat(target: 80));

        var result = await ImportAsync(database, reader, new ImportSource("double.txt", "double"));

        Assert.Contains("lebih dari satu perjanjian Awal untuk jabatan \"CAMAT KALAENA\" tahun 2025", result.Files[0].Failure, StringComparison.Ordinal);
        Assert.Equal(0, await DatabaseState.CountAsync<Agreement>(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agreements_AreLinkedToTheOrganisationRegister(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader().Document("kalaena", () => TestAgreements.Camat(), () => TestAgreements.Sekcam());

        await ImportAsync(database, reader, new ImportSource("pk.txt", "kalaena"));
        await ImportAsync(database, reader, new ImportSource("pk.txt", "kalaena"));

        await using var db = database.NewContext();
        var region = await db.Regions.SingleAsync();
        Assert.Equal(TestAgreements.Region, region.Name);
        var offices = await db.Offices.OrderBy(o => o.Name).ToListAsync();
        Assert.Equal(new[] { TestAgreements.Office, "Pemerintah Kabupaten Luwu Timur" }, offices.Select(o => o.Name));
        var positions = await db.Positions.ToListAsync();
        var bupati = Assert.Single(positions, p => p.Title == "BUPATI LUWU TIMUR");
        var camat = Assert.Single(positions, p => p.Title == "CAMAT KALAENA");
        var sekcam = Assert.Single(positions, p => p.Title == "SEKRETARIS CAMAT");
        Assert.Equal(3, positions.Count);
        Assert.Equal(offices[1].Id, bupati.OfficeId);
        Assert.Equal(offices[0].Id, camat.OfficeId);
        Assert.Equal(bupati.Id, camat.SuperiorId);
        Assert.Equal(camat.Id, sekcam.SuperiorId);

        var people = await db.People.ToListAsync();
        Assert.Equal(3, people.Count);
        var camatPerson = Assert.Single(people, p => p.Nip == "198012312002121003");
        Assert.Equal(("ANDI MAKKASAU", "S.STP., M.Si"), (camatPerson.Name, camatPerson.BackTitles));

        var camatAgreement = await db.Agreements.WithKey(CamatKey).SingleAsync();
        var sekcamAgreement = await db.Agreements.WithKey(SekcamKey).SingleAsync();
        Assert.Equal(offices[0].Id, camatAgreement.OfficeId);
        Assert.Equal(camatPerson.Id, camatAgreement.FirstParty.PersonId);
        Assert.Equal(camatPerson.Id, sekcamAgreement.SecondParty.PersonId);
        Assert.Equal(camat.Id, camatAgreement.FirstParty.PositionId);
        Assert.Equal(bupati.Id, camatAgreement.SecondParty.PositionId);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PersonWithoutValidNip_IsFoundByNameWithinTheOffice(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("awal", () => TestAgreements.Camat(firstPartyName: "ANDI MAKKASAU, S.STP", firstPartyNip: "1980123120021210031"))
            .Document("perubahan", () => TestAgreements.Camat(kind: AgreementKind.Perubahan, firstPartyName: "Andi Makkasau, S.STP., M.Si", firstPartyNip: null));

        await ImportAsync(database, reader, new ImportSource("awal.txt", "awal"));
        await ImportAsync(database, reader, new ImportSource("perubahan.txt", "perubahan"));

        await using var db = database.NewContext();
        var camats = await db.People.Where(p => p.Name != "BUDIMAN").ToListAsync();
        var camat = Assert.Single(camats);
        Assert.Null(camat.Nip);
        Assert.All(await db.Agreements.ToListAsync(), a => Assert.Equal(camat.Id, a.FirstParty.PersonId));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Amendment_SupersedesTheStoredAwalAgreement_InEitherOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("awal", () => TestAgreements.Camat(), () => TestAgreements.Sekcam())
            .Document("awal-v2", () => TestAgreements.Camat(target: 71), () => TestAgreements.Sekcam())
            .Document("perubahan", () => TestAgreements.Camat(kind: AgreementKind.Perubahan));

        await ImportAsync(database, reader, new ImportSource("perubahan.txt", "perubahan"));
        var perubahanKey = "kecamatan-kalaena/2025/camat-kalaena/perubahan";
        Assert.Null((await DatabaseState.LoadAsync(database, perubahanKey)).SupersedesId);

        await ImportAsync(database, reader, new ImportSource("awal.txt", "awal"));
        var awal = await DatabaseState.LoadAsync(database, CamatKey);
        var perubahan = await DatabaseState.LoadAsync(database, perubahanKey);
        Assert.Equal(awal.Id, perubahan.SupersedesId);
        Assert.Equal(CamatKey, perubahan.SupersedesKey);

        // The Awal agreement replaced: the amendment follows the new copy.
        await ImportAsync(database, reader, new ImportSource("awal.txt", "awal-v2"));
        var replaced = await DatabaseState.LoadAsync(database, CamatKey);
        Assert.NotEqual(awal.Id, replaced.Id);
        Assert.Equal(replaced.Id, (await DatabaseState.LoadAsync(database, perubahanKey)).SupersedesId);

        // And an amendment imported after its Awal agreement points to it at once.
        await using (var db = database.NewContext())
        {
            db.Agreements.Remove(await db.Agreements.WithKey(perubahanKey).SingleAsync());
            await db.SaveChangesAsync();
        }

        var result = await ImportAsync(database, reader, new ImportSource("perubahan.txt", "perubahan"));
        Assert.Equal(1, result.Created);
        Assert.Equal(replaced.Id, (await DatabaseState.LoadAsync(database, perubahanKey)).SupersedesId);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StoredAgreementsOfTheSameOffice_AreGivenToTheReaderAsContext(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("camat", () => TestAgreements.Camat())
            .Document("sekcam", () => TestAgreements.Sekcam())
            .Document("elsewhere", () => TestAgreements.Sekcam(office: "Kecamatan Mangkutana"));
        await ImportAsync(database, reader, new ImportSource("camat.txt", "camat"));
        await ImportAsync(database, reader, new ImportSource("elsewhere.txt", "elsewhere"));
        reader.Contexts.Clear();

        await ImportAsync(database, reader, new ImportSource("sekcam.txt", "sekcam"));

        Assert.Equal(2, reader.Contexts.Count);
        var context = Assert.Single(reader.Contexts[1]);
        Assert.Equal(CamatKey, context.Key);
        Assert.Equal(3, context.Sasarans.Sum(s => s.Indicators.Count));
        Assert.Equal(3, context.BudgetLines.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnchangedAgreement_GetsTheReadingFindingsOfTheLatestReading(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader().Document("camat", () => TestAgreements.Camat());
        var first = await ImportAsync(database, reader, new ImportSource("camat.txt", "camat"));
        var finding = new Finding(Severity.Info, FindingCodes.UnplacedText, "Baris tidak terbaca.", "camat.txt:60");
        reader.Findings = _ => [finding, new Finding(Severity.Warning, FindingCodes.BudgetAmountsDisagree, "Anggaran berbeda.", "camat.txt:61")];

        var second = await ImportAsync(database, reader, new ImportSource("camat.txt", "camat"));

        Assert.Equal(1, second.Unchanged);
        await using var db = database.NewContext();
        var stored = await db.Findings.OfAgreement(first.Files[0].Agreements[0].Id).ToListAsync();
        Assert.Equal(new[] { finding }, stored.Select(f => f.ToFinding()));
    }

    private static async Task<ImportAgreementsResult> ImportAsync(TestDatabase database, FakeReader reader, params ImportSource[] sources)
    {
        await using var db = database.NewContext();
        return await new ImportAgreements(db, reader.Import).ExecuteAsync(sources);
    }
}
