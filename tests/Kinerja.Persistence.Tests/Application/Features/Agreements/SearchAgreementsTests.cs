using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Tests.Infrastructure;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

[Collection(DatabaseCollection.Name)]
public sealed class SearchAgreementsTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_ShowsOnlyWhatEachActorMayRead(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var published = await PublishedAsync(database, org);
        var kalaenaDraft = await CompleteAsync(database, org.OperatorKalaena, org.KasiKalaena.Id);
        var mangkutanaDraft = await CompleteAsync(database, org.OperatorMangkutana, org.SekcamMangkutana.Id);
        await using var db = database.NewContext();
        var search = new SearchAgreements(db);

        async Task<Guid[]> Ids(Actor actor, AgreementSearch? filter = null) =>
            [.. (await search.ExecuteAsync(actor, filter ?? new AgreementSearch())).Items.Select(i => i.Id).Order()];

        Assert.Equal([published], await Ids(Actor.Public));
        Assert.Equal(new[] { published, kalaenaDraft }.Order(), await Ids(org.OperatorKalaena));
        Assert.Equal(new[] { published, mangkutanaDraft }.Order(), await Ids(org.OperatorMangkutana));
        Assert.Equal(new[] { published, kalaenaDraft, mangkutanaDraft }.Order(), await Ids(org.Evaluator));
        var camatAsPartyElsewhere = Actor.With([Role.Official], org.Mangkutana.Id, org.Marsuki.Id);
        Assert.Equal(new[] { published, kalaenaDraft, mangkutanaDraft }.Order(), await Ids(camatAsPartyElsewhere));
        Assert.Equal(new[] { published, mangkutanaDraft }.Order(), await Ids(Actor.With([Role.Operator], org.Mangkutana.Id, org.Marsuki.Id)));
        Assert.Equal([kalaenaDraft], await Ids(org.Administrator, new AgreementSearch(Status: AgreementStatus.Draft, OfficeId: org.Kalaena.Id)));
        Assert.Equal([kalaenaDraft], await Ids(org.Administrator, new AgreementSearch(PositionId: org.KasiKalaena.Id)));
        Assert.Equal([mangkutanaDraft], await Ids(org.Administrator, new AgreementSearch(Text: "samuel")));
        Assert.Equal([mangkutanaDraft], await Ids(org.Administrator, new AgreementSearch(Text: "MANGKUTANA", Year: 2025)));
        Assert.Empty(await Ids(org.Administrator, new AgreementSearch(Year: 2024)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_PagesInOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await CompleteAsync(database, org.OperatorKalaena, org.CamatKalaena.Id);
        await CompleteAsync(database, org.OperatorKalaena, org.KasiKalaena.Id);
        await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        await using var db = database.NewContext();

        var first = await new SearchAgreements(db).ExecuteAsync(org.Administrator, new AgreementSearch(PageSize: 2));
        var second = await new SearchAgreements(db).ExecuteAsync(org.Administrator, new AgreementSearch(Page: 2, PageSize: 2));

        Assert.Equal((3, 2, 1, 2), (first.Total, first.Pages, first.Number, first.Size));
        Assert.Equal(["CAMAT KALAENA", "KEPALA SEKSI PELAYANAN UMUM"], first.Items.Select(i => i.FirstPartyPosition));
        Assert.Equal(["SEKRETARIS CAMAT"], second.Items.Select(i => i.FirstPartyPosition));
    }
}
