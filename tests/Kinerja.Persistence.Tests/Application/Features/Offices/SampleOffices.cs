using Kinerja.Application.Features.Import;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Offices;

/// <summary>The two seed documents of samples/, imported with the real reader (status Signed), optionally edited first.</summary>
internal static class SampleOffices
{
    public const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    public const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    public static async Task ImportAsync(TestDatabase database, Func<string, string, string>? edit = null)
    {
        var sources = new[] { Kalaena, Mangkutana }
            .Select(name => new ImportSource(name, (edit ?? ((_, text) => text))(name, File.ReadAllText(PathOf(name)))))
            .ToList();
        await using var db = database.NewContext();
        var result = await new ImportAgreements(db).ExecuteAsync(sources);
        Assert.All(result.Files, f => Assert.Null(f.Failure));
    }

    public static async Task<Guid> OfficeIdAsync(TestDatabase database, string name)
    {
        await using var db = database.NewContext();
        var offices = await db.Offices.AsNoTracking().ToListAsync();
        return offices.Single(o => o.IsNamed(name)).Id;
    }

    private static string PathOf(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", name);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("The samples folder was not found above the test binaries.", name);
    }
}
