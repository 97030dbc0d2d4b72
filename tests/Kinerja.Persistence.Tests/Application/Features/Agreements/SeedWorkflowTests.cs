using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Import;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

/// <summary>Both real seeds imported, then read, searched and amended through the use cases with the access rules.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SeedWorkflowTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportedSeeds_AreSigned_AuditedAsSystem_AndAmendableOnlyByTheirOffice(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using (var db = database.NewContext())
        {
            var sources = Directory.GetFiles(SeedFolder.Path, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => new ImportSource(Path.GetFileName(f), File.ReadAllText(f)));
            var imported = await new ImportAgreements(db).ExecuteAsync(sources);
            Assert.Equal(15, imported.Created);
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal([AgreementStatus.Signed], await db.Agreements.Select(a => a.Status).Distinct().ToListAsync());
            Assert.Equal([AuditSystem], await db.AuditEntries.Select(e => e.UserName).Distinct().ToListAsync());
            Assert.True(await db.AuditEntries.CountAsync(e => e.EntityType == "Agreement" && e.Action == AuditActions.Created) >= 15);

            var kalaena = await db.Offices.SingleAsync(o => o.Name == "Kecamatan Kalaena");
            var mangkutana = await db.Offices.SingleAsync(o => o.Name.Contains("Mangkutana"));
            var camat = await db.Agreements.Where(a => a.OfficeId == kalaena.Id && a.FirstParty.Position == "CAMAT KALAENA").Select(a => a.Id).SingleAsync();
            var operatorKalaena = Actor.With([Role.Operator], kalaena.Id, name: "Operator Kalaena");
            var operatorMangkutana = Actor.With([Role.Operator], mangkutana.Id, name: "Operator Mangkutana");

            Assert.Empty((await new SearchAgreements(db).ExecuteAsync(Actor.Public, new AgreementSearch())).Items);
            Assert.Equal(7, (await new SearchAgreements(db).ExecuteAsync(operatorKalaena, new AgreementSearch())).Total);
            Assert.Equal(ResultStatus.NotFound, (await new GetAgreement(db).ExecuteAsync(operatorMangkutana, camat)).Status);
            Assert.Equal(ResultStatus.NotFound, (await new AmendAgreement(db).ExecuteAsync(operatorMangkutana, camat, AmendmentReason.PergantianPejabat, "Mutasi")).Status);

            var details = (await new GetAgreement(db).ExecuteAsync(operatorKalaena, camat)).Value!;
            Assert.True(details.Access.CanAmend);
            Assert.DoesNotContain(details.Findings, f => f.Code == Domain.Findings.FindingCodes.BudgetProgramNotReconciled);

            var amendment = await new AmendAgreement(db).ExecuteAsync(operatorKalaena, camat, AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan 2025");
            Assert.True(amendment.IsOk, amendment.ToString());
            db.ChangeTracker.Clear();
            var draft = (await new GetAgreement(db).ExecuteAsync(operatorKalaena, amendment.Value)).Value!.Agreement;
            Assert.Equal((AgreementKind.Perubahan, AgreementStatus.Draft, details.Agreement.BudgetLines.Count, details.Agreement.Indicators.Count()), (draft.Kind, draft.Status, draft.BudgetLines.Count, draft.Indicators.Count()));
            Assert.Equal(ResultStatus.NotFound, (await new GetAgreement(db).ExecuteAsync(operatorMangkutana, amendment.Value)).Status);
        }
    }

    private const string AuditSystem = "sistem";
}
