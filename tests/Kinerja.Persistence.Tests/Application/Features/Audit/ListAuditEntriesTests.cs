using Kinerja.Application.Common;
using Kinerja.Application.Features.Audit;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Tests.Infrastructure;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Audit;

[Collection(DatabaseCollection.Name)]
public sealed class ListAuditEntriesTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_FiltersAndPages_ForAdministratorAndEvaluatorOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await PublishedAsync(database, org);
        await using var db = database.NewContext();
        var list = new ListAuditEntries(db);

        var forAgreement = (await list.ExecuteAsync(org.Evaluator, new AuditSearch(EntityType: "Agreement", EntityId: id.ToString()))).Value!;
        var published = (await list.ExecuteAsync(org.Administrator, new AuditSearch(Action: AuditActions.Published, OfficeId: org.Kalaena.Id))).Value!;
        var page = (await list.ExecuteAsync(org.Administrator, new AuditSearch(PageSize: 3, Page: 2))).Value!;
        var none = (await list.ExecuteAsync(org.Administrator, new AuditSearch(From: FixedClock.Start.AddYears(5)))).Value!;

        Assert.Equal([AuditActions.Published, AuditActions.Signed, AuditActions.Approved, AuditActions.Submitted, AuditActions.Created], forAgreement.Items.Select(e => e.Entry.Action));
        Assert.Equal(id.ToString(), Assert.Single(published.Items).Entry.EntityId);
        Assert.Equal((2, 3), (page.Number, page.Items.Count));
        Assert.True(page.Total > 10);
        Assert.Equal(0, none.Total);
        var searched = (await list.ExecuteAsync(org.Evaluator, new AuditSearch(Text: "perjanjian dipublikasikan"))).Value!;
        var line = Assert.Single(searched.Items);
        Assert.Equal((AuditActions.Published, "memublikasikan", id), (line.Entry.Action, line.Verb, line.Agreement!.Id));
        Assert.Contains(line.Changes, c => c.Label == "status");
        Assert.Equal(ResultStatus.Forbidden, (await list.ExecuteAsync(org.OperatorKalaena, new AuditSearch())).Status);
        Assert.Equal(ResultStatus.Forbidden, (await list.ExecuteAsync(org.CamatKalaenaOfficial, new AuditSearch())).Status);
    }
}
