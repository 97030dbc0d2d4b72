using Kinerja.Application.Features.Import;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Samples;

/// <summary>
/// At the web app's first start: imports every <c>*.txt</c> of a samples folder (in name order) when the database
/// holds no agreement yet, and publishes them: the samples are real PK documents that their offices signed and made
/// public, so the public pages show them. Returns null when it did nothing (agreements already stored, or no such
/// folder). All files and their publication are one transaction: a start interrupted halfway (a crash, a kill) leaves
/// the database empty, and the next start imports them all again.
/// </summary>
public sealed class ImportSamples(KinerjaDbContext db, ImportAgreements importAgreements)
{
    public async Task<ImportAgreementsResult?> ExecuteAsync(string samplesDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(samplesDirectory) || await db.Agreements.AnyAsync(cancellationToken))
            return null;

        var sources = new List<ImportSource>();
        foreach (var path in Directory.GetFiles(samplesDirectory, "*.txt").Order(StringComparer.Ordinal))
            sources.Add(new ImportSource(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken)));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await importAgreements.ExecuteAsync(sources, cancellationToken);
        var imported = result.Files.SelectMany(f => f.Agreements).Select(a => a.Id).ToList();
        var signed = await db.Agreements
            .Where(a => imported.Contains(a.Id) && a.Status == AgreementStatus.Signed)
            .ToListAsync(cancellationToken);
        foreach (var agreement in signed)
            agreement.Publish();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }
}
