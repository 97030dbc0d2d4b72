using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Import;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

[Collection(DatabaseCollection.Name)]
public sealed class ListAgreementsTests(PostgresServer server)
{
    private static readonly Actor Evaluator = Actor.With([Role.Evaluator]);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StoredAgreements_AreListedWithTheFindingCountsOfTheirPkPage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader()
            .Document("2025", () => TestAgreements.Camat(), () => TestAgreements.Sekcam(), () => TestAgreements.Camat(kind: AgreementKind.Perubahan))
            .Document("2024", () => TestAgreements.Camat(year: 2024));
        reader.Findings = agreement => agreement.Kind == AgreementKind.Perubahan
            ? [new Finding(Severity.Info, FindingCodes.UnplacedText, "Baris.", "x:1")]
            : TestAgreements.FindingsFor(agreement);
        await using (var db = database.NewContext())
            await new ImportAgreements(db, reader.Import).ExecuteAsync([new ImportSource("a.txt", "2024"), new ImportSource("b.txt", "2025")]);

        IReadOnlyList<AgreementSummary> all;
        IReadOnlyList<AgreementSummary> of2024;
        IReadOnlyList<AgreementSummary> publicView;
        var onPkPage = new Dictionary<Guid, (int, int, int)>();
        await using (var db = database.NewContext())
        {
            all = await new ListAgreements(db).ExecuteAsync(Evaluator);
            publicView = await new ListAgreements(db).ExecuteAsync(Actor.Public);
            of2024 = await new ListAgreements(db).ExecuteAsync(Evaluator, year: 2024);
            foreach (var summary in all)
            {
                var findings = (await new GetAgreement(db).ExecuteAsync(Evaluator, summary.Id)).Value!.Findings;
                onPkPage[summary.Id] = (findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info));
            }
        }

        Assert.Equal(
            new[] { (2025, AgreementKind.Awal, "CAMAT KALAENA"), (2025, AgreementKind.Awal, "SEKRETARIS CAMAT"), (2025, AgreementKind.Perubahan, "CAMAT KALAENA"), (2024, AgreementKind.Awal, "CAMAT KALAENA") },
            all.Select(s => (s.Year, s.Kind, s.FirstPartyPosition)));
        var camat = all[0];
        Assert.Equal(("ANDI MAKKASAU, S.STP., M.Si", "Drs. H. BUDIMAN, M.Pd", "BUPATI LUWU TIMUR"), (camat.FirstPartyName, camat.SecondPartyName, camat.SecondPartyPosition));
        Assert.Equal((TestAgreements.Office, new DateOnly(2025, 1, 2)), (camat.Office, camat.SignedAt));
        Assert.All(all, s => Assert.Equal(onPkPage[s.Id], (s.Errors, s.Warnings, s.Infos)));
        // The import stored an error and a warning for the Camat's PK; what counts is what its page shows.
        Assert.Equal((0, 0, 0), (camat.Errors, camat.Warnings, camat.Infos));
        // The line the reader could not place is a finding of the reading: kept, and counted on both pages.
        Assert.Equal((0, 0, 1), (all[2].Errors, all[2].Warnings, all[2].Infos));
        Assert.Equal(camat.Id, all[2].SupersedesId);
        Assert.Equal(2024, Assert.Single(of2024).Year);
        Assert.Empty(publicView);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_StoresOnlyTheFindingsOfTheReading(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var reader = new FakeReader().Document("2025", () => TestAgreements.Camat());
        reader.Findings = agreement => [.. TestAgreements.FindingsFor(agreement), new Finding(Severity.Info, FindingCodes.UnplacedText, "Baris.", "x:1")];
        await using (var db = database.NewContext())
            await new ImportAgreements(db, reader.Import).ExecuteAsync([new ImportSource("a.txt", "2025")]);

        await using var check = database.NewContext();
        var stored = await check.Findings.AsNoTracking().Select(f => f.Code).ToListAsync();

        Assert.Equal([FindingCodes.UnplacedText], stored);
    }
}
