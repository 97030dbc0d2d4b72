using System.Globalization;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Backup;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Persistence;

/// <summary>
/// Backups of a running database and their restore, on both providers: a backup taken while another connection
/// writes holds everything committed before it (a plain copy of the SQLite file lost what was still in the WAL),
/// restores equal with the signed scans, and a restore never damages a database it refuses.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class BackupTests(PostgresServer server) : IDisposable
{
    private const string WriterAction = "uji-cadangan";
    private static readonly DateTimeOffset At = new(2025, 10, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kinerja-backup-");

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Backup_TakenWhileAnotherConnectionWrites_RestoresEverythingCommittedBeforeIt(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider, server);
        var scanned = await FillAsync(source, agreements: 45);
        var expected = await DatabaseState.ReadAsync(source);

        using var stop = new CancellationTokenSource();
        var committed = 0;
        var writer = Task.Run(async () =>
        {
            for (var i = 1; !stop.IsCancellationRequested; i++)
            {
                await using var db = source.NewContext();
                db.AuditEntries.Add(new AuditEntry(At, new TestAuditActor(null, "uji"), WriterAction, "Cadangan", i.ToString(CultureInfo.InvariantCulture), null, null, null));
                await db.SaveChangesAsync();
                Volatile.Write(ref committed, i);
            }
        });
        while (Volatile.Read(ref committed) < 20)
            await Task.Delay(10);

        var before = Volatile.Read(ref committed);
        var file = Path.Combine(folder.FullName, "cadangan." + provider);
        var backup = await DatabaseBackup.BackupAsync(source.Options, file);
        var after = Volatile.Read(ref committed);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(45, backup.Agreements);
        Assert.Equal(1, backup.Scans);
        Assert.Equal(new FileInfo(file).Length, backup.Bytes);

        await using var target = await TestDatabase.CreateAsync(provider, server, migrate: false);
        var restored = await DatabaseBackup.RestoreAsync(target.Options, file, overwrite: false);

        Assert.Equal(45, restored.Agreements);
        Assert.Equal(expected, await DatabaseState.ReadAsync(target));
        await using (var db = target.NewContext())
        {
            // One consistent snapshot: every write committed before the backup began, and no gap after it.
            var written = (await db.AuditEntries.Where(e => e.Action == WriterAction).Select(e => e.EntityId!).ToListAsync())
                .Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Order().ToList();
            Assert.True(written.Count >= before, $"{written.Count} of the {before} writes committed before the backup");
            Assert.True(written.Count <= after + 1);
            Assert.Equal(Enumerable.Range(1, written.Count), written);

            var scan = await db.EvidenceDocuments.SingleAsync();
            Assert.Equal(scanned.Content, scan.Content);
            Assert.Equal(scanned.Sha256, scan.Sha256);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Restore_IntoADatabaseThatHoldsData_IsRefusedUnlessOverwriteIsAsked(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider, server);
        await FillAsync(source, agreements: 2);
        var file = Path.Combine(folder.FullName, "dua." + provider);
        await DatabaseBackup.BackupAsync(source.Options, file);
        var backedUp = await DatabaseState.ReadAsync(source);

        await using var target = await TestDatabase.CreateAsync(provider, server);
        await FillAsync(target, agreements: 3, firstYear: 2030);
        var held = await DatabaseState.ReadAsync(target);

        var refusal = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(target.Options, file, overwrite: false));
        Assert.Contains("sudah berisi data (3 perjanjian", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("--overwrite", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(held, await DatabaseState.ReadAsync(target));

        var restored = await DatabaseBackup.RestoreAsync(target.Options, file, overwrite: true);

        Assert.Equal(2, restored.Agreements);
        Assert.Equal(backedUp, await DatabaseState.ReadAsync(target));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Restore_OfAFileThatIsNoBackup_OrIsDamaged_ChangesNothing(string provider)
    {
        await using var target = await TestDatabase.CreateAsync(provider, server);
        await FillAsync(target, agreements: 1);
        var held = await DatabaseState.ReadAsync(target);

        var html = Path.Combine(folder.FullName, "bukan.db");
        await File.WriteAllTextAsync(html, "<html>bukan cadangan</html>");
        var notABackup = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(target.Options, html, overwrite: true));
        Assert.Contains("bukan cadangan Kinerja", notABackup.Message, StringComparison.Ordinal);

        // A real backup cut short, as a copy interrupted halfway would be.
        await using var source = await TestDatabase.CreateAsync(provider, server);
        await FillAsync(source, agreements: 5);
        var whole = Path.Combine(folder.FullName, "utuh." + provider);
        await DatabaseBackup.BackupAsync(source.Options, whole);
        var bytes = await File.ReadAllBytesAsync(whole);
        var cut = Path.Combine(folder.FullName, "terpotong." + provider);
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length * 2 / 3)]);
        await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(target.Options, cut, overwrite: true));

        Assert.Equal(held, await DatabaseState.ReadAsync(target));
    }

    [SkippableFact]
    public async Task Restore_AcrossProviders_IsRefusedWithTheReason()
    {
        await using var sqlite = await TestDatabase.CreateAsync(TestDatabase.Sqlite, server);
        await using var postgres = await TestDatabase.CreateAsync(TestDatabase.Postgres, server);
        var file = Path.Combine(folder.FullName, "sqlite.db");
        await DatabaseBackup.BackupAsync(sqlite.Options, file);

        var refusal = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(postgres.Options, file, overwrite: true));

        Assert.Contains("hanya dapat dipulihkan ke basis data SQLite", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_OfAMistypedSqlitePath_CreatesNothing()
    {
        var missing = Path.Combine(folder.FullName, "salah-ketik.db");
        var file = Path.Combine(folder.FullName, "cadangan.db");

        var refusal = await Assert.ThrowsAsync<BackupException>(
            () => DatabaseBackup.BackupAsync(KinerjaDatabaseOptions.FromConnectionString(missing), file));

        Assert.Contains("tidak ditemukan", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(file));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Backup_OntoAnExistingFile_LeavesThatFileAlone(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider, server);
        var file = Path.Combine(folder.FullName, "kemarin.bak");
        await File.WriteAllTextAsync(file, "cadangan kemarin");

        var refusal = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.BackupAsync(source.Options, file));

        Assert.Contains("sudah ada", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("cadangan kemarin", await File.ReadAllTextAsync(file));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    /// <summary>Agreements of consecutive years, the first with a signed scan.</summary>
    private static async Task<EvidenceDocument> FillAsync(TestDatabase database, int agreements, int firstYear = 1990)
    {
        await using var db = database.NewContext();
        var all = Enumerable.Range(firstYear, agreements).Select(year => TestAgreements.Camat(year: year)).ToList();
        db.Agreements.AddRange(all);
        var scan = EvidenceDocument.Create(all[0].Id, "pk-ditandatangani.pdf", TestDrafts.SignedScan, At, null, "uji").Value!;
        db.EvidenceDocuments.Add(scan);
        await db.SaveChangesAsync();
        return scan;
    }
}
