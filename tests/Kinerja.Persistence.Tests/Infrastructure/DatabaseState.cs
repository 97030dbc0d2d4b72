using Kinerja.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>Everything stored, reduced to comparable text: to show that an operation changed nothing.</summary>
internal static class DatabaseState
{
    public static async Task<string> ReadAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var agreements = await db.Agreements.AsNoTracking().WithDetails().OrderBy(a => a.Id).ToListAsync();
        var hashes = await db.Agreements.AsNoTracking().OrderBy(a => a.Id).ContentHashes().ToListAsync();
        var findings = await db.Findings.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.AgreementId, f.Ordinal, f.Code, f.Message, f.Location }).ToListAsync();
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.Name }).ToListAsync();
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, o.RegionId }).ToListAsync();
        var positions = await db.Positions.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Title, p.OfficeId, p.SuperiorId }).ToListAsync();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Nip, p.Name }).ToListAsync();
        return string.Join(
            "\n",
            string.Join("\n", agreements.Select(AgreementSnapshot.Of)),
            string.Join(",", hashes),
            string.Join(",", findings),
            string.Join(",", regions),
            string.Join(",", offices),
            string.Join(",", positions),
            string.Join(",", people));
    }

    public static async Task<int> CountAsync<T>(TestDatabase database)
        where T : class
    {
        await using var db = database.NewContext();
        return await db.Set<T>().CountAsync();
    }

    public static async Task<Agreement> LoadAsync(TestDatabase database, string key)
    {
        await using var db = database.NewContext();
        return await db.Agreements.AsNoTracking().WithDetails().WithKey(key).SingleAsync();
    }
}
