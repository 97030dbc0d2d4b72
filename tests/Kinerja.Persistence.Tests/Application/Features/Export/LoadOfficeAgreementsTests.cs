using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Export;
using Kinerja.Application.Features.Import;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Export;

[Collection(DatabaseCollection.Name)]
public sealed class LoadOfficeAgreementsTests(PostgresServer server)
{
    private static readonly Actor Administrator = Actor.With([Role.Administrator]);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OfficeByPrintedName_GivesEveryAgreementInHierarchyOrder(string provider)
    {
        await using var database = await ImportSamplesAsync(provider);
        await using var db = database.NewContext();

        var result = await new LoadOfficeAgreements(db).ExecuteAsync(Administrator, OfficeDocumentsRequest.ByName("  kecamatan   KALAENA ", 2025));

        Assert.True(result.IsOk, result.ToString());
        var agreements = result.Value!.Agreements;
        Assert.Equal("Kecamatan Kalaena", result.Value.Office.Name, ignoreCase: true);
        Assert.Equal(7, agreements.Count);
        Assert.Equal("CAMAT KALAENA", agreements[0].Agreement.FirstParty.Position, ignoreCase: true);
        Assert.Equal("SEKRETARIS CAMAT", agreements[1].Agreement.FirstParty.Position, ignoreCase: true);
        Assert.All(agreements, a => Assert.NotEmpty(a.Agreement.Sasarans));
        Assert.All(agreements, a => Assert.Null(a.Previous));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OnePosition_GivesOnlyThatAgreement(string provider)
    {
        await using var database = await ImportSamplesAsync(provider);
        await using var db = database.NewContext();
        var officeId = (await db.Offices.ToListAsync()).Single(o => o.IsNamed("Kecamatan Kalaena")).Id;

        var result = await new LoadOfficeAgreements(db).ExecuteAsync(Administrator, OfficeDocumentsRequest.ById(officeId, 2025, "sekretaris camat"));

        Assert.Equal("SEKRETARIS CAMAT", Assert.Single(result.Value!.Agreements).Agreement.FirstParty.Position, ignoreCase: true);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnknownOfficeYearOrPosition_IsNotFound(string provider)
    {
        await using var database = await ImportSamplesAsync(provider);
        await using var db = database.NewContext();
        var load = new LoadOfficeAgreements(db);

        Assert.Equal(ResultStatus.NotFound, (await load.ExecuteAsync(Administrator, OfficeDocumentsRequest.ByName("Kecamatan Atlantis", 2025))).Status);
        Assert.Equal(ResultStatus.NotFound, (await load.ExecuteAsync(Administrator, OfficeDocumentsRequest.ByName("Kecamatan Kalaena", 2024))).Status);
        Assert.Equal(ResultStatus.NotFound, (await load.ExecuteAsync(Administrator, OfficeDocumentsRequest.ByName("Kecamatan Kalaena", 2025, "Lurah"))).Status);
        Assert.Equal(ResultStatus.NotFound, (await load.ExecuteAsync(Administrator, OfficeDocumentsRequest.ById(Guid.NewGuid(), 2025))).Status);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnpublishedAgreements_AreNotFoundForThePublicAndAnotherOffice(string provider)
    {
        await using var database = await ImportSamplesAsync(provider);
        await using var db = database.NewContext();
        var offices = await db.Offices.ToListAsync();
        var kalaena = offices.Single(o => o.IsNamed("Kecamatan Kalaena"));
        var mangkutana = offices.Single(o => o.IsNamed("Kecamatan Mangkutana"));
        var load = new LoadOfficeAgreements(db);

        var publicView = await load.ExecuteAsync(Actor.Public, OfficeDocumentsRequest.ById(kalaena.Id, 2025));
        var otherOffice = await load.ExecuteAsync(Actor.With([Role.Operator], mangkutana.Id), OfficeDocumentsRequest.ById(kalaena.Id, 2025));
        var ownOffice = await load.ExecuteAsync(Actor.With([Role.Operator], kalaena.Id), OfficeDocumentsRequest.ById(kalaena.Id, 2025));

        Assert.Equal(ResultStatus.NotFound, publicView.Status);
        Assert.Equal(ResultStatus.NotFound, otherOffice.Status);
        Assert.Equal(7, ownOffice.Value!.Agreements.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Amendment_CarriesTheVersionItSupersedes(string provider)
    {
        await using var database = await ImportSamplesAsync(provider);
        Guid amendmentId;
        Guid originalId;
        Actor operatorActor;
        await using (var db = database.NewContext())
        {
            var kalaena = (await db.Offices.ToListAsync()).Single(o => o.IsNamed("Kecamatan Kalaena"));
            operatorActor = Actor.With([Role.Operator], kalaena.Id);
            originalId = await db.Agreements.Where(a => a.OfficeId == kalaena.Id && a.FirstParty.Position == "SEKRETARIS CAMAT").Select(a => a.Id).SingleAsync();
            var amended = await new AmendAgreement(db).ExecuteAsync(operatorActor, originalId, AmendmentReason.PerubahanProgramAnggaran, "Perubahan anggaran.");
            Assert.True(amended.IsOk, amended.ToString());
            amendmentId = amended.Value;
        }

        await using (var db = database.NewContext())
        {
            var result = await new LoadOfficeAgreements(db).ExecuteAsync(operatorActor, OfficeDocumentsRequest.ByName("Kecamatan Kalaena", 2025, "Sekretaris Camat"));

            var amendment = Assert.Single(result.Value!.Agreements, a => a.Agreement.Id == amendmentId);
            Assert.Equal(originalId, amendment.Previous!.Id);
            Assert.Equal(AgreementKind.Perubahan, amendment.Agreement.Kind);
            Assert.Equal(2, result.Value.Agreements.Count);
        }
    }

    private async Task<TestDatabase> ImportSamplesAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, server);
        var samples = Path.Combine(RepositoryFolder.Root, "samples");
        var sources = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => new ImportSource(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        await using var db = database.NewContext();
        await new ImportAgreements(db).ExecuteAsync(sources);
        return database;
    }
}
