using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Import;
using Kinerja.Application.Features.Reviews;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Import;

/// <summary>
/// Importing over stored agreements (<see cref="ReimportRule"/>) on every provider: work people did is never replaced;
/// one refused agreement stores nothing of its document; the preview gives the verdicts the import applies.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReimportTests(PostgresServer server)
{
    private const string CamatKey = "kecamatan-kalaena/2025/camat-kalaena/awal";
    private const string SekcamKey = "kecamatan-kalaena/2025/sekretaris-camat/awal";

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DocumentOverAWebDraft_IsRefusedWholeAndTheDraftKept(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var draftId = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var reader = new FakeReader().Document("kalaena", () => TestAgreements.Camat(), () => TestAgreements.Sekcam());
        var before = await DatabaseState.ReadAsync(database);

        var result = await ImportAsync(database, reader, new ImportSource("pk-kalaena.txt", "kalaena"));

        var file = Assert.Single(result.Files);
        Assert.Equal(
            "pk-kalaena.txt: tidak ada yang disimpan; 1 perjanjian yang tersimpan tidak dapat diganti oleh impor (lihat keterangannya).",
            file.Failure);
        Assert.Equal((0, 0, 0, 1), (file.Created, file.Updated, file.Unchanged, file.Refused));
        Assert.Equal([ImportOutcome.Created, ImportOutcome.Refused], file.Agreements.Select(a => a.Outcome));
        Assert.Equal(draftId, file.Agreements[1].Id);
        Assert.Equal(
            "PK Awal 2025 SEKRETARIS CAMAT (Kecamatan Kalaena) yang tersimpan tidak dapat diganti oleh impor: perjanjian itu disusun di aplikasi. "
            + "Ubah perjanjian itu di aplikasi, bukan dengan impor.",
            file.Agreements[1].Verdict.Message);
        Assert.True(result.AnyFailed);
        Assert.Equal(before, await DatabaseState.ReadAsync(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportedAgreementWithAReviewNote_IsNotReplaced(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var reader = new FakeReader()
            .Document("v1", () => SignedOnPaper(TestAgreements.Camat()))
            .Document("v2", () => SignedOnPaper(TestAgreements.Camat(target: 75.5m)));
        var first = await ImportAsync(database, reader, new ImportSource("pk.txt", "v1"));
        var id = first.Files[0].Agreements[0].Id;
        await using (var db = database.NewContext())
        {
            var note = await new AddReviewNote(db, new FixedClock()).ExecuteAsync(org.Evaluator, id, ReviewNoteKind.CatatanEvaluasi, "Target terlalu rendah.");
            Assert.True(note.IsOk, note.ToString());
        }

        var before = await DatabaseState.ReadAsync(database);

        var second = await ImportAsync(database, reader, new ImportSource("pk-revisi.txt", "v2"));

        var refused = Assert.Single(second.Files[0].Agreements);
        Assert.Equal(ImportOutcome.Refused, refused.Outcome);
        Assert.Contains("tidak dapat diganti oleh impor: ada catatan reviu. Untuk mengubah isinya, buat PK Perubahan", refused.Verdict.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.ReadAsync(database));
        Assert.Equal(1, await DatabaseState.CountAsync<ReviewNote>(database));
        Assert.Equal(70.05m, (await DatabaseState.LoadAsync(database, CamatKey)).Sasarans[0].Indicators[0].Target.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PublishedImport_SameContentIsUnchanged_OtherContentIsRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var reader = new FakeReader()
            .Document("v1", () => SignedOnPaper(TestAgreements.Camat()))
            .Document("v2", () => SignedOnPaper(TestAgreements.Camat(target: 75.5m)));
        var first = await ImportAsync(database, reader, new ImportSource("pk.txt", "v1"));
        await using (var db = database.NewContext())
            AssertOk(await new PublishAgreement(db).ExecuteAsync(org.OperatorKalaena, first.Files[0].Agreements[0].Id));

        var same = await ImportAsync(database, reader, new ImportSource("salinan.txt", "v1"));
        var other = await ImportAsync(database, reader, new ImportSource("pk-revisi.txt", "v2"));

        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(same.Files[0].Agreements).Outcome);
        Assert.Equal("sudah ada, tidak berubah", same.Files[0].Agreements[0].Verdict.Message);
        Assert.Null(same.Files[0].Failure);
        var refused = Assert.Single(other.Files[0].Agreements);
        Assert.Equal(ImportOutcome.Refused, refused.Outcome);
        Assert.Contains("sudah dipublikasikan dengan isi yang berbeda", refused.Verdict.Message, StringComparison.Ordinal);
        var stored = await DatabaseState.LoadAsync(database, CamatKey);
        Assert.Equal((first.Files[0].Agreements[0].Id, AgreementStatus.Published), (stored.Id, stored.Status));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AgreementSignedInTheApplication_IsRefusedNamingTheSignatureAndTheScan(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await PublishedAsync(database, org);
        var reader = new FakeReader().Document("sekcam", () => TestAgreements.Sekcam());
        var before = await DatabaseState.ReadAsync(database);

        var result = await ImportAsync(database, reader, new ImportSource("sekcam.txt", "sekcam"));

        var refused = Assert.Single(result.Files[0].Agreements);
        Assert.Equal((id, ImportOutcome.Refused), (refused.Id, refused.Outcome));
        Assert.Contains(
            "perjanjian itu disusun di aplikasi; perjanjian itu sudah dipublikasikan dengan isi yang berbeda; perjanjian itu sudah ditandatangani di aplikasi; ada pindaian bertanda tangan yang dilampirkan.",
            refused.Verdict.Message,
            StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseState.ReadAsync(database));
        Assert.Equal(1, await DatabaseState.CountAsync<EvidenceDocument>(database));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UntouchedEarlierImport_IsReplacedAndSaysSo(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("v1", () => TestAgreements.Camat(), () => TestAgreements.Sekcam())
            .Document("v2", () => TestAgreements.Camat(target: 75.5m), () => TestAgreements.Sekcam());
        await ImportAsync(database, reader, new ImportSource("pk.txt", "v1"));

        var second = await ImportAsync(database, reader, new ImportSource("pk.txt", "v2"));

        Assert.Equal(
            ["menggantikan hasil impor sebelumnya yang belum diubah", "sudah ada, tidak berubah"],
            second.Files[0].Agreements.Select(a => a.Verdict.Message));
        Assert.Equal(75.5m, (await DatabaseState.LoadAsync(database, CamatKey)).Sasarans[0].Indicators[0].Target.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preview_GivesTheVerdictsOfTheImportAndStoresNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var reader = new FakeReader().Document("kalaena", () => TestAgreements.Camat(), () => TestAgreements.Sekcam());
        var before = await DatabaseState.ReadAsync(database);

        FileImportResult preview;
        await using (var db = database.NewContext())
            preview = await new PreviewImport(db, reader.Import).ExecuteAsync(new ImportSource("pk-kalaena.txt", "kalaena"));
        var import = await ImportAsync(database, reader, new ImportSource("pk-kalaena.txt", "kalaena"));

        Assert.Equal(import.Files[0].Failure, preview.Failure);
        Assert.Equal(
            import.Files[0].Agreements.Select(a => (a.Key, a.Outcome, a.Verdict.Message)),
            preview.Agreements.Select(a => (a.Key, a.Outcome, a.Verdict.Message)));
        Assert.Equal((SekcamKey, ImportOutcome.Refused), (preview.Agreements[1].Key, preview.Agreements[1].Outcome));
        Assert.Equal(before, await DatabaseState.ReadAsync(database));
    }

    /// <summary>As the text reader makes agreements: a PK document enters the system signed.</summary>
    private static Agreement SignedOnPaper(Agreement agreement)
    {
        Assert.True(agreement.RecordAsSignedDocument().Success);
        return agreement;
    }

    private static async Task<ImportAgreementsResult> ImportAsync(TestDatabase database, FakeReader reader, params ImportSource[] sources)
    {
        await using var db = database.NewContext();
        return await new ImportAgreements(db, reader.Import).ExecuteAsync(sources);
    }
}
