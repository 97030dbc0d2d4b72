using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>Finds records of the imported samples by what a user sees: office and position as printed.</summary>
public static class SampleRecords
{
    public const string Kalaena = "Kecamatan Kalaena";
    public const string Mangkutana = "Kecamatan Mangkutana";

    /// <summary>The agreement of <paramref name="position"/> (e.g. "KEPALA SEKSI PEMERINTAHAN UMUM") in <paramref name="office"/>.</summary>
    public static async Task<Agreement> AgreementAsync(IServiceProvider services, string office, string position)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var all = await db.Agreements.AsNoTracking().WithDetails().ToListAsync();
        return all.Single(a => string.Equals(a.Office, office, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.FirstParty.Position, position, StringComparison.OrdinalIgnoreCase));
    }

    public static async Task<Agreement> ReloadAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Agreements.AsNoTracking().WithDetails().SingleAsync(a => a.Id == id);
    }

    /// <summary>A minimal real PDF (the scan of a signed PK in tests).</summary>
    public static byte[] ScanPdf { get; } = TestPdf.OnePage();
}
