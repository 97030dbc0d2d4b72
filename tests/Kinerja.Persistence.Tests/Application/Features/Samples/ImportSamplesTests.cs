using Kinerja.Application.Features.Import;
using Kinerja.Application.Features.Samples;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Samples;

[Collection(DatabaseCollection.Name)]
public sealed class ImportSamplesTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EmptyDatabase_GetsEverySampleOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var samples = Directory.CreateTempSubdirectory("kinerja-samples-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(samples.FullName, "b-sekcam.txt"), "sekcam");
            await File.WriteAllTextAsync(Path.Combine(samples.FullName, "a-camat.txt"), "camat");
            await File.WriteAllTextAsync(Path.Combine(samples.FullName, "catatan.md"), "bukan sampel");
            var reader = new FakeReader().Document("camat", () => TestAgreements.Camat()).Document("sekcam", () => TestAgreements.Sekcam());

            ImportAgreementsResult? first;
            ImportAgreementsResult? second;
            await using (var db = database.NewContext())
                first = await new ImportSamples(db, new ImportAgreements(db, reader.Import)).ExecuteAsync(samples.FullName);
            await using (var db = database.NewContext())
                second = await new ImportSamples(db, new ImportAgreements(db, reader.Import)).ExecuteAsync(samples.FullName);

            Assert.NotNull(first);
            Assert.Equal(new[] { "a-camat.txt", "b-sekcam.txt" }, first.Files.Select(f => f.SourceName));
            Assert.Equal(2, first.Created);
            Assert.Null(second);
            Assert.Equal(2, await DatabaseState.CountAsync<Kinerja.Domain.Agreements.Agreement>(database));
        }
        finally
        {
            samples.Delete(recursive: true);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MissingFolder_DoesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using var db = database.NewContext();

        var result = await new ImportSamples(db, new ImportAgreements(db, new FakeReader().Import)).ExecuteAsync("/tidak/ada");

        Assert.Null(result);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AStartInterruptedDuringTheSamples_LeavesNothing_AndTheNextStartImportsAndPublishesThemAll(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var samples = Directory.CreateTempSubdirectory("kinerja-samples-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(samples.FullName, "a-camat.txt"), "camat");
            await File.WriteAllTextAsync(Path.Combine(samples.FullName, "b-sekcam.txt"), "sekcam");
            var reader = new FakeReader()
                .Document("camat", () => Signed(TestAgreements.Camat()))
                .Document("sekcam", () => Signed(TestAgreements.Sekcam()));

            // The process dies while the second file is being stored, after the first was.
            await using (var db = database.NewContext())
            {
                var crashing = new ImportAgreements(db, reader.Import, a =>
                {
                    if (a.FirstParty.Position.Contains("SEKRETARIS", StringComparison.Ordinal))
                        throw new OperationCanceledException("proses dihentikan");
                });
                await Assert.ThrowsAsync<OperationCanceledException>(() => new ImportSamples(db, crashing).ExecuteAsync(samples.FullName));
            }

            Assert.Equal(0, await DatabaseState.CountAsync<Agreement>(database));

            await using (var db = database.NewContext())
                Assert.NotNull(await new ImportSamples(db, new ImportAgreements(db, reader.Import)).ExecuteAsync(samples.FullName));

            await using (var db = database.NewContext())
                Assert.Equal([AgreementStatus.Published, AgreementStatus.Published], await db.Agreements.Select(a => a.Status).ToListAsync());
        }
        finally
        {
            samples.Delete(recursive: true);
        }
    }

    private static Agreement Signed(Agreement agreement)
    {
        agreement.RecordAsSignedDocument();
        return agreement;
    }
}
