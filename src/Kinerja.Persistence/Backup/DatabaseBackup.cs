using System.Globalization;
using Kinerja.Domain.Agreements;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kinerja.Persistence.Backup;

/// <summary>What a backup or a restore holds: the file, its size, and the agreements and signed scans in it.</summary>
public sealed record BackupSummary(string File, long Bytes, int Agreements, int Scans);

/// <summary>A backup or restore that cannot be done; the message is Indonesian and says what to do. Nothing was changed.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Backups of a running database and their restore, for both providers. SQLite: the online backup API (a
/// consistent copy that includes what is still in the write-ahead log, taken while the application writes), the
/// result is itself a SQLite file. PostgreSQL: <c>pg_dump --format=custom</c> and <c>pg_restore</c> in one
/// transaction. Signed scans live in the database, so they are in the backup. A restore refuses a database that
/// already holds data unless told to overwrite it, checks the backup before touching the target, and migrates the
/// restored database to the current schema.
/// </summary>
public static class DatabaseBackup
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] PgDumpHeader = "PGDMP"u8.ToArray();

    /// <summary>Writes a backup of the database to <paramref name="outputPath"/>, which must not exist yet.</summary>
    public static async Task<BackupSummary> BackupAsync(KinerjaDatabaseOptions options, string outputPath, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(outputPath);
        if (File.Exists(target) || Directory.Exists(target))
            throw new BackupException(Format(PersistenceMessages.BackupTargetExists, target));
        var directory = Path.GetDirectoryName(target);
        if (directory is null || !Directory.Exists(directory))
            throw new BackupException(Format(PersistenceMessages.BackupFolderMissing, directory ?? target));

        // Written beside the target and renamed at the end: a failed backup never leaves a half file under its name.
        var partial = target + ".sebagian";
        try
        {
            if (options.IsPostgres)
                await PostgresTools.DumpAsync(options.ConnectionString!, partial, cancellationToken);
            else
                await SqliteBackupAsync(options, partial, cancellationToken);

            var summary = await SummarizeAsync(options.IsPostgres ? options : SqliteOptions(partial), target, new FileInfo(partial).Length, cancellationToken);
            File.Move(partial, target);
            return summary;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(partial))
                File.Delete(partial);
        }
    }

    /// <summary>
    /// Restores <paramref name="inputPath"/> into the database. Refuses a target that already holds agreements,
    /// offices, people or accounts unless <paramref name="overwrite"/> is set.
    /// </summary>
    public static async Task<BackupSummary> RestoreAsync(
        KinerjaDatabaseOptions options, string inputPath, bool overwrite, CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(inputPath);
        if (!File.Exists(source))
            throw new BackupException(Format(PersistenceMessages.BackupFileMissing, source));

        var kind = await ReadKindAsync(source, cancellationToken);
        switch (kind)
        {
            case BackupKind.Sqlite when options.IsPostgres:
                throw new BackupException(PersistenceMessages.BackupSqliteIntoPostgres);
            case BackupKind.PgDump when !options.IsPostgres:
                throw new BackupException(PersistenceMessages.BackupPostgresIntoSqlite);
            case BackupKind.Unknown:
                throw new BackupException(Format(PersistenceMessages.BackupNotRecognised, source));
        }

        if (kind == BackupKind.Sqlite)
        {
            try
            {
                await CheckSqliteBackupAsync(source, cancellationToken);
            }
            catch (SqliteException e)
            {
                throw new BackupException(Format(PersistenceMessages.BackupDamaged, source, e.Message));
            }
        }
        else
            await PostgresTools.CheckDumpAsync(source, cancellationToken);

        if (!overwrite)
        {
            var held = await DescribeDataAsync(options, cancellationToken);
            if (held is not null)
                throw new BackupException(Format(PersistenceMessages.BackupTargetNotEmpty, held));
        }

        try
        {
            if (kind == BackupKind.Sqlite)
                await SqliteRestoreAsync(source, options, cancellationToken);
            else
                await PostgresTools.RestoreAsync(options.ConnectionString!, source, cancellationToken);

            // An older backup is brought to the current schema, as the application would at start.
            await using (var db = KinerjaDbContextFactory.Create(options))
                await db.MigrateAsync(cancellationToken);

            return await SummarizeAsync(options, source, new FileInfo(source).Length, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
        }
    }

    private static async Task SqliteBackupAsync(KinerjaDatabaseOptions options, string partial, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (!File.Exists(builder.DataSource))
            throw new BackupException(Format(PersistenceMessages.BackupDatabaseMissing, builder.DataSource));

        // Never create the source: a mistyped path is an error, not an empty backup.
        builder.Mode = SqliteOpenMode.ReadWrite;
        await using var sourceConnection = new SqliteConnection(builder.ToString());
        await using var targetConnection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString());
        await sourceConnection.OpenAsync(cancellationToken);
        await targetConnection.OpenAsync(cancellationToken);
        if (!await HasTableAsync(sourceConnection, HistoryTable, cancellationToken))
            throw new BackupException(Format(PersistenceMessages.BackupNotKinerja, builder.DataSource));

        // sqlite3_backup in one step: a snapshot under a read transaction; in WAL mode writers go on meanwhile.
        sourceConnection.BackupDatabase(targetConnection);
        await using var command = targetConnection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task SqliteRestoreAsync(string source, KinerjaDatabaseOptions options, CancellationToken cancellationToken)
    {
        await using (var db = KinerjaDbContextFactory.Create(options))
        {
            // Creates the target's folder as a migration would; the file itself is written by the backup API.
            var target = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(target));
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
        }

        await using var sourceConnection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var targetConnection = new SqliteConnection(options.ConnectionString);
        await sourceConnection.OpenAsync(cancellationToken);
        await targetConnection.OpenAsync(cancellationToken);

        // The backup API replaces the target's pages in one transaction: on failure the target is as it was.
        sourceConnection.BackupDatabase(targetConnection);
        await using var command = targetConnection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CheckSqliteBackupAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            var verdict = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (!string.Equals(verdict, "ok", StringComparison.Ordinal))
                throw new BackupException(Format(PersistenceMessages.BackupDamaged, source, verdict ?? string.Empty));
        }

        if (!await HasTableAsync(connection, HistoryTable, cancellationToken))
            throw new BackupException(Format(PersistenceMessages.BackupNotKinerja, source));

        // A backup from a newer Kinerja holds a schema this version does not know.
        await using var db = KinerjaDbContextFactory.Create(SqliteOptions(source));
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        await using var history = connection.CreateCommand();
        history.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryTable}\"";
        await using var reader = await history.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var migration = reader.GetString(0);
            if (!known.Contains(migration))
                throw new BackupException(Format(PersistenceMessages.BackupNewerSchema, migration));
        }
    }

    /// <summary>"12 perjanjian, 3 kantor, 20 orang, 2 akun" when the database holds data; null when it holds none.</summary>
    private static async Task<string?> DescribeDataAsync(KinerjaDatabaseOptions options, CancellationToken cancellationToken)
    {
        if (!options.IsPostgres && !File.Exists(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource))
            return null;

        await using var db = KinerjaDbContextFactory.Create(options);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            if (options.IsPostgres)
                throw new BackupException(PersistenceMessages.BackupCannotConnect);
            return null;
        }

        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        if (!applied.Any())
            return null;

        var counts = new (int Count, string Noun)[]
        {
            (await db.Agreements.CountAsync(cancellationToken), "perjanjian"),
            (await db.Offices.CountAsync(cancellationToken), "kantor"),
            (await db.People.CountAsync(cancellationToken), "orang"),
            (await db.Users.CountAsync(cancellationToken), "akun"),
        };
        var held = counts.Where(c => c.Count > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count} {c.Noun}")).ToList();
        return held.Count == 0 ? null : string.Join(", ", held);
    }

    private static async Task<BackupSummary> SummarizeAsync(KinerjaDatabaseOptions options, string file, long bytes, CancellationToken cancellationToken)
    {
        await using var db = KinerjaDbContextFactory.Create(options);
        var agreements = await db.Agreements.CountAsync(cancellationToken);
        var scans = await db.Set<EvidenceDocument>().CountAsync(cancellationToken);
        return new BackupSummary(file, bytes, agreements, scans);
    }

    private static async Task<bool> HasTableAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    private static async Task<BackupKind> ReadKindAsync(string file, CancellationToken cancellationToken)
    {
        var head = new byte[16];
        await using var stream = File.OpenRead(file);
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var span = head.AsSpan(0, read);
        if (span.StartsWith(SqliteHeader))
            return BackupKind.Sqlite;
        return span.StartsWith(PgDumpHeader) ? BackupKind.PgDump : BackupKind.Unknown;
    }

    private static KinerjaDatabaseOptions SqliteOptions(string file) =>
        new() { Provider = KinerjaDatabaseOptions.Sqlite, ConnectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString() };

    private const string HistoryTable = "__EFMigrationsHistory";

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);

    private enum BackupKind
    {
        Unknown,
        Sqlite,
        PgDump,
    }
}
