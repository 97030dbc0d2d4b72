using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Agreements.Comparison;

public sealed class AgreementDiffTests
{
    private const string Sasaran = "Meningkatnya kualitas pelayanan administrasi kecamatan";
    private const string Indicator = "Persentase layanan administrasi yang diselesaikan tepat waktu";

    [Fact]
    public void Compare_SameContent_ReportsEverythingUnchanged()
    {
        var diff = ReadSeparately(Base().Build(), Base().OfKind(AgreementKind.Perubahan).Build());

        Assert.False(diff.HasChanges);
        Assert.Equal(2, diff.UnchangedTargets.Count);
        Assert.Equal(3, diff.UnchangedBudgetLines.Count);
        Assert.Empty(diff.PartyChanges);
    }

    [Fact]
    public void Compare_ChangedTarget_GivesOldAndNewValueAndUnit()
    {
        var amended = AgreementBuilder.For()
            .Sasaran(Sasaran, (Indicator, "95%"), ("Jumlah laporan kinerja", "4 Laporan"))
            .Build();

        var diff = ReadSeparately(Base().Build(), amended);

        var change = Assert.Single(diff.ChangedTargets);
        Assert.Equal(Indicator, change.Current!.Text);
        Assert.Equal(new TargetValue(90m, "%", "90%"), change.PreviousTarget);
        Assert.Equal(95m, change.CurrentTarget!.Value);
        Assert.Equal("%", change.CurrentTarget.Unit);
        Assert.False(change.TextEdited);
        Assert.Single(diff.UnchangedTargets);
    }

    [Fact]
    public void Compare_UnitChangedWithSameNumber_IsAChange()
    {
        var amended = AgreementBuilder.For().Sasaran(Sasaran, (Indicator, "90%"), ("Jumlah laporan kinerja", "4 Dokumen")).Build();

        var change = Assert.Single(ReadSeparately(Base().Build(), amended).ChangedTargets);

        Assert.Equal("Laporan", change.PreviousTarget!.Unit);
        Assert.Equal("Dokumen", change.CurrentTarget!.Unit);
    }

    [Fact]
    public void Compare_CaseSpacingAndPunctuation_DoNotMakeAnotherTarget()
    {
        var amended = AgreementBuilder.For()
            .Sasaran("MENINGKATNYA  KUALITAS PELAYANAN ADMINISTRASI KECAMATAN.", ("Persentase layanan administrasi yang diselesaikan tepat-waktu", "90 %"), ("JUMLAH LAPORAN KINERJA", "4 laporan"))
            .Build();

        var diff = ReadSeparately(Base().Build(), amended);

        Assert.Equal(2, diff.UnchangedTargets.Count);
        Assert.Empty(diff.AddedTargets);
        Assert.Empty(diff.RemovedTargets);
    }

    [Fact]
    public void Compare_LightlyEditedIndicator_IsPairedByCloseMatch()
    {
        var amended = AgreementBuilder.For()
            .Sasaran(Sasaran, ("Persentase layanan administrasi yg diselesaikan tepat waktu", "100%"), ("Jumlah laporan kinerja", "4 Laporan"))
            .Build();

        var diff = ReadSeparately(Base().Build(), amended);

        var change = Assert.Single(diff.ChangedTargets);
        Assert.True(change.TextEdited);
        Assert.Equal(Indicator, change.Previous!.Text);
        Assert.Equal(90m, change.PreviousTarget!.Value);
        Assert.Equal(100m, change.CurrentTarget!.Value);
        Assert.Empty(diff.AddedTargets);
        Assert.Empty(diff.RemovedTargets);
    }

    [Fact]
    public void Compare_DifferentIndicator_IsAddedAndRemoved()
    {
        var amended = AgreementBuilder.For()
            .Sasaran(Sasaran, (Indicator, "90%"), ("Jumlah rapat koordinasi camat dengan kepala desa", "12 Kali"))
            .Build();

        var diff = ReadSeparately(Base().Build(), amended);

        Assert.Equal("Jumlah rapat koordinasi camat dengan kepala desa", Assert.Single(diff.AddedTargets).Current!.Text);
        var removed = Assert.Single(diff.RemovedTargets);
        Assert.Equal("Jumlah laporan kinerja", removed.Previous!.Text);
        Assert.Null(removed.Current);
        Assert.Equal(Sasaran, removed.PreviousSasaran!.Text);
    }

    [Fact]
    public void Compare_BudgetLineWithTheSameCode_IsPairedDespiteARenameAndGivesASignedDifference()
    {
        var amended = AgreementBuilder.For()
            .Budget(BudgetLevel.Program, "Program Penunjang Urusan Pemerintahan Daerah Kab/Kota", 900_000, "7.01.01")
            .Budget(BudgetLevel.Kegiatan, "Administrasi Keuangan Perangkat Daerah", 600_000, "7.01.01.2.02")
            .Budget(BudgetLevel.SubKegiatan, "Penyediaan Administrasi Pelaksanaan Tugas ASN", 300_000)
            .Build();

        var diff = ReadSeparately(Base().Build(), amended);

        Assert.Equal(2, diff.ChangedBudgetLines.Count);
        var program = diff.ChangedBudgetLines[0];
        Assert.Equal(new Rupiah(1_000_000), program.PreviousAmount);
        Assert.Equal(new Rupiah(900_000), program.CurrentAmount);
        Assert.Equal(new Rupiah(-100_000), program.Difference);
        Assert.Equal(new Rupiah(100_000), diff.ChangedBudgetLines[1].Difference);
        Assert.Single(diff.UnchangedBudgetLines);
    }

    [Fact]
    public void Compare_BudgetLinesWithDifferentCodes_AreNotPairedByName()
    {
        var amended = AgreementBuilder.For()
            .Budget(BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 1_000_000, "7.01.02")
            .Build();

        var diff = ReadSeparately(Base().Build(), amended);

        var added = Assert.Single(diff.AddedBudgetLines);
        Assert.Equal(new Rupiah(1_000_000), added.Difference);
        Assert.Equal(3, diff.RemovedBudgetLines.Count);
        Assert.Equal(new Rupiah(-1_000_000), diff.RemovedBudgetLines[0].Difference);
    }

    [Fact]
    public void Compare_BudgetLineWithoutCode_IsPairedByLevelAndNormalisedNameOnly()
    {
        var previous = AgreementBuilder.For()
            .Budget(BudgetLevel.Kegiatan, "Administrasi Umum Perangkat Daerah", 500_000)
            .Budget(BudgetLevel.SubKegiatan, "Penyediaan Bahan Bacaan", 200_000)
            .Build();
        var amended = AgreementBuilder.For()
            .Budget(BudgetLevel.Kegiatan, "ADMINISTRASI UMUM PD", 500_000)
            .Budget(BudgetLevel.Kegiatan, "Penyediaan Bahan Bacaan", 200_000)
            .Build();

        var diff = ReadSeparately(previous, amended);

        Assert.Equal("ADMINISTRASI UMUM PD", Assert.Single(diff.UnchangedBudgetLines).Current!.Name);
        Assert.Equal(BudgetLevel.Kegiatan, Assert.Single(diff.AddedBudgetLines).Current!.Level);
        Assert.Equal(BudgetLevel.SubKegiatan, Assert.Single(diff.RemovedBudgetLines).Previous!.Level);
    }

    [Fact]
    public void Compare_NewOfficialAndNip_ReportsPartyChanges()
    {
        var previous = AgreementBuilder.For().First("NURSAN, S.Sos.", "19801231 200212 1 003").Build();
        var amended = AgreementBuilder.For()
            .First("Dra. HASNAH, M.Si", "19750512 200003 2 004", "Plt. KEPALA SEKSI PELAYANAN UMUM")
            .Second("H. Marsuki, S.Pd, MM")
            .Build();

        var changes = ReadSeparately(previous, amended).PartyChanges;

        Assert.Equal(
            [
                new PartyChange(PartyRole.First, PartyField.Name, "NURSAN, S.Sos.", "Dra. HASNAH, M.Si"),
                new PartyChange(PartyRole.First, PartyField.Nip, "19801231 200212 1 003", "19750512 200003 2 004"),
                new PartyChange(PartyRole.First, PartyField.Position, "KEPALA SEKSI PELAYANAN UMUM", "Plt. KEPALA SEKSI PELAYANAN UMUM"),
            ],
            changes);
    }

    [Fact]
    public void Lookups_GiveThePreviousValueOfACurrentTargetAndBudgetLine()
    {
        var amended = AgreementBuilder.For()
            .Sasaran(Sasaran, (Indicator, "95%"), ("Jumlah evaluasi kinerja", "2 Dokumen"))
            .Budget(BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 1_200_000, "7.01.01")
            .Build();

        var diff = ReadSeparately(Base().Build(), amended);
        var indicators = amended.Indicators.ToList();

        Assert.Equal(90m, diff.PreviousTargetOf(indicators[0])!.Value);
        Assert.Null(diff.PreviousTargetOf(indicators[1]));
        Assert.Equal(new Rupiah(1_000_000), diff.PreviousAmountOf(amended.BudgetLines[0]));
        Assert.Equal(ChangeKind.Changed, diff.ChangeOf(amended.BudgetLines[0])!.Kind);
        Assert.Null(diff.ChangeOf(Base().Build().BudgetLines[0]));
    }

    [Fact]
    public void Compare_IndicatorRenamedInTheAmendment_IsChangedNotRemovedAndAdded()
    {
        var original = Signed(Base().Build());
        var amendment = original.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan").Value!;
        var indicator = amendment.Indicators.First();

        Assert.True(amendment.UpdateIndicator(indicator.Id, indicator.Content with { Text = "Indeks kepuasan layanan kecamatan", Target = TargetValue.Parse("95%") }).Success);
        var diff = AgreementDiff.Compare(original, amendment);

        var change = Assert.Single(diff.ChangedTargets);
        Assert.Same(original.Indicators.First(), change.Previous);
        Assert.Same(indicator, change.Current);
        Assert.True(change.TextEdited);
        Assert.Empty(diff.AddedTargets);
        Assert.Empty(diff.RemovedTargets);
    }

    [Fact]
    public void Compare_BudgetLineRenamedAndRecodedInTheAmendment_IsTheSameLine()
    {
        var original = Signed(Base().Build());
        var amendment = original.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan").Value!;
        var line = amendment.BudgetLines[1];

        Assert.True(amendment.UpdateBudgetLine(line.Id, new BudgetLineContent(BudgetLevel.Kegiatan, "Perencanaan Keuangan", "7.01.01.2.09", new Rupiah(650_000), null)).Success);
        var diff = AgreementDiff.Compare(original, amendment);

        var change = Assert.Single(diff.ChangedBudgetLines);
        Assert.Same(original.BudgetLines[1], change.Previous);
        Assert.Equal(new Rupiah(150_000), change.Difference);
        Assert.Empty(diff.AddedBudgetLines);
    }

    [Fact]
    public void Compare_SameTextButAnotherLineage_IsRemovedAndAdded()
    {
        // The comparison pairs by lineage only: the text matching is the resolver's, run once when the versions are linked.
        var diff = AgreementDiff.Compare(Base().Build(), Base().OfKind(AgreementKind.Perubahan).Build());

        Assert.Equal(2, diff.AddedTargets.Count);
        Assert.Equal(2, diff.RemovedTargets.Count);
    }

    /// <summary>Two agreements read separately (two documents): linked, their lineage is resolved once, then compared.</summary>
    private static AgreementDiff ReadSeparately(Agreement previous, Agreement current)
    {
        LineageResolver.Continue(previous, current);
        return AgreementDiff.Compare(previous, current);
    }

    private static Agreement Signed(Agreement agreement)
    {
        Assert.True(agreement.RecordAsSignedDocument().Success);
        return agreement;
    }

    /// <summary>Two targets and three budget lines (two with codes).</summary>
    private static AgreementBuilder Base() =>
        AgreementBuilder.For()
            .First("NURSAN, S.Sos.")
            .Sasaran(Sasaran, (Indicator, "90%"), ("Jumlah laporan kinerja", "4 Laporan"))
            .Budget(BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 1_000_000, "7.01.01")
            .Budget(BudgetLevel.Kegiatan, "Administrasi Keuangan Perangkat Daerah", 500_000, "7.01.01.2.02")
            .Budget(BudgetLevel.SubKegiatan, "Penyediaan Administrasi Pelaksanaan Tugas ASN", 300_000);
}
