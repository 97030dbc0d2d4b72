using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Common;
using Kinerja.Domain.Measurement;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Persistence;

/// <summary>Saving and loading agreements, on every provider.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AgreementStorageTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agreement_SavedAndLoadedInANewContext_ComesBackEqual(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var agreement = TestAgreements.Camat();
        var findings = TestAgreements.FindingsFor(agreement);
        var expected = AgreementSnapshot.Of(agreement);

        await using (var db = database.NewContext())
        {
            db.Agreements.Add(agreement);
            db.Findings.AddRange(findings.Select((f, i) => new StoredFinding(agreement.Id, i, f)));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var loaded = await db.Agreements.WithDetails().SingleAsync(a => a.Id == agreement.Id);
            Assert.Equal(expected, AgreementSnapshot.Of(loaded));

            var indicator = loaded.Sasarans[0].Indicators[0];
            Assert.Equal(70.05m, indicator.Target.Value);
            Assert.Equal("70.05", indicator.Target.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new Rupiah(2_873_283_457), loaded.BudgetLines[0].Amount);
            Assert.Equal(new DateOnly(2025, 1, 2), loaded.SignedAt);
            Assert.Equal("198012312002121003", loaded.FirstParty.Nip);
            Assert.Equal(agreement.Key, loaded.Key);
            Assert.Equal("Sesuai Renstra", loaded.Explanations[0].Targets[0].Explanation);
            Assert.Equal(PartyRole.Second, loaded.SignatureNames[1].Role);

            var storedFindings = await db.Findings.OfAgreement(agreement.Id).ToListAsync();
            Assert.Equal(findings, storedFindings.Select(f => f.ToFinding()));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Amendment_SavedAndLoaded_KeepsLineageExplanationLinksAndCapaianSettings(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var original = TestAgreements.Camat();
        original.LinkExplanations();
        Assert.True(original.RecordAsSignedDocument().Success);
        var amendment = original.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan").Value!;
        var renamed = amendment.Indicators.First();
        Assert.True(amendment.UpdateIndicator(renamed.Id, renamed.Content with { Text = "Indeks kepuasan layanan kecamatan", Polarity = Polarity.LowerIsBetter, LowerIsBetterFormula = LowerIsBetterFormula.Ratio }).Success);
        await using (var db = database.NewContext())
        {
            db.Agreements.AddRange(original, amendment);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var loadedOriginal = await db.Agreements.WithDetails().SingleAsync(a => a.Id == original.Id);
            var loaded = await db.Agreements.WithDetails().SingleAsync(a => a.Id == amendment.Id);

            Assert.Equal(original.Indicators.Select(i => i.LineageId), loaded.Indicators.Select(i => i.LineageId));
            Assert.Equal(original.BudgetLines.Select(b => b.LineageId), loaded.BudgetLines.Select(b => b.LineageId));
            Assert.Equal(LowerIsBetterFormula.Ratio, loaded.Indicators.First().LowerIsBetterFormula);
            Assert.Same(loaded.Sasarans[0], loaded.SasaranOf(loaded.Explanations[0]));
            Assert.Equal(loaded.Sasarans[0].Id, loaded.Explanations[0].SasaranId);
            var diff = AgreementDiff.Compare(loadedOriginal, loaded);
            Assert.Empty(diff.AddedTargets);
            Assert.Empty(diff.RemovedTargets);
            Assert.True(diff.ChangeOf(loaded.Indicators.First())!.TextEdited);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agreement_NaturalKeyAndFingerprint_AreStoredAsColumns(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var agreement = TestAgreements.Camat();
        await using (var db = database.NewContext())
        {
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(agreement.Id, await db.Agreements.WithKey("kecamatan-kalaena/2025/camat-kalaena/awal").Select(a => a.Id).SingleAsync());
            Assert.Equal(AgreementFingerprint.Compute(agreement), await db.Agreements.ContentHashes().SingleAsync());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agreement_SecondWithTheSameNaturalKey_IsRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using var db = database.NewContext();
        db.Agreements.Add(TestAgreements.Camat());
        await db.SaveChangesAsync();

        db.Agreements.Add(TestAgreements.Camat(firstPartyName: "Orang Lain"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agreement_Deleted_TakesItsPartsAndFindingsAlong(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var agreement = TestAgreements.Camat();
        await using (var db = database.NewContext())
        {
            db.Agreements.Add(agreement);
            db.Findings.AddRange(TestAgreements.FindingsFor(agreement).Select((f, i) => new StoredFinding(agreement.Id, i, f)));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.Agreements.Remove(await db.Agreements.SingleAsync());
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(0, await db.Set<Sasaran>().CountAsync());
            Assert.Equal(0, await db.Set<Indicator>().CountAsync());
            Assert.Equal(0, await db.Set<BudgetLine>().CountAsync());
            Assert.Equal(0, await db.Findings.CountAsync());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Person_NipIsUniqueWhenPresent(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var nip = Nip.Validate(TestAgreements.SekcamNip).Nip!;
        await using (var db = database.NewContext())
        {
            db.People.Add(new Person(PersonName.Parse("TANPA NIP"), null));
            db.People.Add(new Person(PersonName.Parse("TANPA NIP JUGA"), null));
            db.People.Add(new Person(PersonName.Parse("SAMUEL NASRANI, S.IP"), nip));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.People.Add(new Person(PersonName.Parse("SAMUEL N, SIP"), nip));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Organisation_RegionOfficeAndPositions_RoundTrip(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var region = new Region(TestAgreements.Region);
        var office = new Office(TestAgreements.Office, region);
        var camat = new Position("Plt. CAMAT KALAENA", office, "III.a");
        var sekcam = new Position("SEKRETARIS CAMAT", office);
        sekcam.ReportTo(camat);
        await using (var db = database.NewContext())
        {
            db.AddRange(region, office, camat, sekcam);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var loaded = await db.Positions.SingleAsync(p => p.Id == sekcam.Id);
            Assert.Equal(camat.Id, loaded.SuperiorId);
            Assert.Equal(office.Id, loaded.OfficeId);
            var loadedCamat = await db.Positions.SingleAsync(p => p.Id == camat.Id);
            Assert.Equal("CAMAT KALAENA", loadedCamat.Title);
            Assert.Equal("III.a", loadedCamat.Eselon);
            Assert.Equal(region.Id, (await db.Offices.SingleAsync()).RegionId);
        }
    }
}
