using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>
/// Importing both samples registers the Bupati once: the Kalaena PK prints "BUPATI LUWU TIMUR" and
/// "Ir. H. IRWAN BACHRI SYAM, S.T., IPM.", the Mangkutana PK "BUPATI" and "Ir. H. Irwan Bachri Syam, ST, IPM".
/// </summary>
public class SampleRegisterTests
{
    [Fact]
    public async Task ImportingTheSamples_RegistersTheBupatiAsOnePositionHeldByOnePerson()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());

        var positions = await AdminSite.QueryAsync(factory, async db =>
            (await db.Positions.AsNoTracking().ToListAsync()).Where(p => p.Title.StartsWith("BUPATI", StringComparison.Ordinal)).ToList());
        var people = await AdminSite.QueryAsync(factory, async db =>
            (await db.People.AsNoTracking().ToListAsync()).Where(p => p.IsNamed("IRWAN BACHRI SYAM")).ToList());
        var bupatiParties = await AdminSite.QueryAsync(factory, async db =>
            (await db.Agreements.AsNoTracking().ToListAsync()).Where(a => a.SecondParty.Position.StartsWith("BUPATI", StringComparison.Ordinal)).ToList());

        var position = Assert.Single(positions);
        var person = Assert.Single(people);
        Assert.Equal(2, bupatiParties.Count);
        Assert.All(bupatiParties, a => Assert.Equal((position.Id, person.Id), (a.SecondParty.PositionId, a.SecondParty.PersonId)));
    }
}
