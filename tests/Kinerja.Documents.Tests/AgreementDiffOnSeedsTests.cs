using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests;

/// <summary><see cref="AgreementDiff"/> on the real agreements of both seeds.</summary>
public sealed class AgreementDiffOnSeedsTests
{
    [Theory]
    [InlineData(Samples.Kalaena)]
    [InlineData(Samples.Mangkutana)]
    public void Compare_EverySeedAgreementWithAFreshReadingOfItself_FindsNoChange(string sample)
    {
        var first = Samples.Read(sample).Agreements;
        var second = Samples.Read(sample).Agreements;

        Assert.NotEmpty(first);
        for (var i = 0; i < first.Count; i++)
        {
            LineageResolver.Continue(first[i], second[i]);
            var diff = AgreementDiff.Compare(first[i], second[i]);
            Assert.False(diff.HasChanges, first[i].FirstParty.Position);
            Assert.Equal(first[i].Indicators.Count(), diff.UnchangedTargets.Count);
            Assert.Equal(first[i].BudgetLines.Count, diff.UnchangedBudgetLines.Count);
        }
    }

    [Fact]
    public void Compare_KalaenaCamatWithAnAmendedCopy_FindsExactlyTheAmendments()
    {
        var original = Samples.Read(Samples.Kalaena).Agreements.Single(a => a.FirstParty.Position == "CAMAT KALAENA");
        var amended = Amend(
            original,
            targetOf: i => i.Text == "Nilai AKIP Perangkat Daerah" ? TargetValue.Parse("80") : i.Target,
            amountOf: b => b.Name.StartsWith("Koordinasi Penerapan dan Penegakan", StringComparison.Ordinal) ? new Rupiah(9_140_000) : b.Amount,
            keep: b => !b.Name.StartsWith("Fasilitasi, Rekomendasi", StringComparison.Ordinal),
            added: new BudgetLine("5.2.", BudgetLevel.Kegiatan, "Koordinasi Kegiatan Pemberdayaan Kelurahan", new Rupiah(5_000_000), "APBD"));

        amended.Supersede(original);
        var diff = AgreementDiff.Compare(original, amended);

        var target = Assert.Single(diff.ChangedTargets);
        Assert.Equal("Nilai AKIP Perangkat Daerah", target.Current!.Text);
        Assert.Equal(76m, target.PreviousTarget!.Value);
        Assert.Equal(80m, target.CurrentTarget!.Value);
        Assert.Equal(original.Indicators.Count() - 1, diff.UnchangedTargets.Count);
        Assert.Empty(diff.AddedTargets);
        Assert.Empty(diff.RemovedTargets);

        var amount = Assert.Single(diff.ChangedBudgetLines);
        Assert.Equal(new Rupiah(8_140_000), amount.PreviousAmount);
        Assert.Equal(new Rupiah(9_140_000), amount.CurrentAmount);
        Assert.Equal(new Rupiah(1_000_000), amount.Difference);
        Assert.Equal("Koordinasi Kegiatan Pemberdayaan Kelurahan", Assert.Single(diff.AddedBudgetLines).Current!.Name);
        var removed = Assert.Single(diff.RemovedBudgetLines);
        Assert.Equal("Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", removed.Previous!.Name);
        Assert.Equal(new Rupiah(-21_499_500), removed.Difference);
        Assert.Equal(original.BudgetLines.Count - 2, diff.UnchangedBudgetLines.Count);
        Assert.Empty(diff.PartyChanges);
        Assert.Equal(new Rupiah(8_140_000), diff.PreviousAmountOf(amended.BudgetLines.Single(b => b.Amount == new Rupiah(9_140_000))));
    }

    /// <summary>A Perubahan of <paramref name="original"/>: same parties and texts, targets and amounts as given.</summary>
    private static Agreement Amend(Agreement original, Func<Indicator, TargetValue> targetOf, Func<BudgetLine, Rupiah> amountOf, Func<BudgetLine, bool> keep, BudgetLine added)
    {
        var amended = new Agreement(
            original.Year,
            AgreementKind.Perubahan,
            original.Office,
            original.Region,
            new Party(original.FirstParty.PrintedName, original.FirstParty.Position, original.FirstParty.NipAsPrinted),
            new Party(original.SecondParty.PrintedName, original.SecondParty.Position, original.SecondParty.NipAsPrinted))
        {
            Place = original.Place,
            SignedAt = new DateOnly(original.Year, 10, 1),
        };
        foreach (var sasaran in original.Sasarans)
        {
            var copy = new Sasaran(sasaran.Number, sasaran.Level, sasaran.Text);
            foreach (var indicator in sasaran.Indicators)
                copy.AddIndicator(new Indicator(indicator.Text, targetOf(indicator)));
            amended.AddSasaran(copy);
        }

        foreach (var line in original.BudgetLines.Where(keep))
            amended.AddBudgetLine(new BudgetLine(line.Number, line.Level, line.Name, amountOf(line), line.Source) { Code = line.Code });
        amended.AddBudgetLine(added);
        return amended;
    }
}
