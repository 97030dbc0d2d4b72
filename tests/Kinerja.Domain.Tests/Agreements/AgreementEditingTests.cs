using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class AgreementEditingTests
{
    private static readonly IndicatorContent Ikm = new("Indeks Kepuasan Masyarakat", TargetValue.Parse("70,05 Nilai"), Definition: "Hasil SKM");
    private static readonly BudgetLineContent Gaji = new(BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", "7.01.01.2.02.0001", new Rupiah(2_500_000), "APBD");

    private static readonly Dictionary<string, Func<Agreement, Outcome>> Edits = new(StringComparer.Ordinal)
    {
        ["UpdateHeader"] = a => a.UpdateHeader("Malili", new DateOnly(2025, 1, 2)),
        ["SetParties"] = a => a.SetParties(new Party("NURSAN, S.Sos.", "SEKRETARIS CAMAT", null), new Party("H. MARSUKI", "CAMAT KALAENA", null)),
        ["AddSasaran"] = a => a.AddSasaran(SasaranLevel.Program, "Meningkatnya ketertiban").WithoutValue(),
        ["UpdateSasaran"] = a => a.UpdateSasaran(a.Sasarans[0].Id, SasaranLevel.Program, "Meningkatnya ketertiban"),
        ["RemoveSasaran"] = a => a.RemoveSasaran(a.Sasarans[0].Id),
        ["MoveSasaran"] = a => a.MoveSasaran(a.Sasarans[0].Id, 0),
        ["AddIndicator"] = a => a.AddIndicator(a.Sasarans[0].Id, Ikm).WithoutValue(),
        ["UpdateIndicator"] = a => a.UpdateIndicator(a.Indicators.First().Id, Ikm),
        ["RemoveIndicator"] = a => a.RemoveIndicator(a.Indicators.First().Id),
        ["MoveIndicator"] = a => a.MoveIndicator(a.Indicators.First().Id, 0),
        ["AddBudgetLine"] = a => a.AddBudgetLine(Gaji).WithoutValue(),
        ["UpdateBudgetLine"] = a => a.UpdateBudgetLine(a.BudgetLines[0].Id, Gaji),
        ["RemoveBudgetLine"] = a => a.RemoveBudgetLine(a.BudgetLines[0].Id),
        ["MoveBudgetLine"] = a => a.MoveBudgetLine(a.BudgetLines[0].Id, 0),
        ["SetExplanation"] = a => a.SetExplanation(a.Sasarans[0].Id, "Pelayanan umum kecamatan yang tepat waktu."),
        ["RemoveExplanation"] = a => a.RemoveExplanation(a.Sasarans[0].Id),
    };

    public static TheoryData<string, AgreementStatus> EveryEditInEveryStatus()
    {
        var data = new TheoryData<string, AgreementStatus>();
        foreach (var edit in Edits.Keys)
        {
            foreach (var status in Enum.GetValues<AgreementStatus>())
                data.Add(edit, status);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryEditInEveryStatus))]
    public void Edit_InEachStatus_AllowedOnlyWhenEditable(string edit, AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(
            status,
            drawUp: a => a.AddExplanation(new SasaranExplanation { Sasaran = "Meningkatnya kualitas pelayanan umum", Description = "Uraian dari dokumen." }));
        var before = Snapshot(agreement);

        var outcome = Edits[edit](agreement);

        var editable = status is AgreementStatus.Draft or AgreementStatus.Returned;
        Assert.Equal(editable, outcome.Success);
        if (!editable)
        {
            Assert.Contains(Labels.Of(status), outcome.Error, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(agreement));
        }
    }

    [Fact]
    public void AddSasaranAndIndicator_AreNumberedAndHoldTheContent()
    {
        var agreement = WorkflowAgreements.Complete();
        var supported = Guid.CreateVersion7();

        var sasaran = agreement.AddSasaran(SasaranLevel.Program, " Meningkatnya ketertiban ", supported).Value!;
        var indicator = agreement.AddIndicator(sasaran.Id, Ikm).Value!;

        Assert.Equal(("2.", "Meningkatnya ketertiban", supported), (sasaran.Number, sasaran.Text, sasaran.SupportsSasaranId));
        Assert.Equal(Ikm with { Aggregation = YearlyAggregation.LastQuarter }, indicator.Content);
        Assert.Same(indicator, Assert.Single(agreement.Sasarans[1].Indicators));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    public void AddSasaran_WithoutText_IsRefused(string text)
    {
        var agreement = WorkflowAgreements.Complete();

        Assert.Equal(Messages.SasaranTextRequired, agreement.AddSasaran(SasaranLevel.Program, text).Error);
        Assert.Single(agreement.Sasarans);
    }

    [Fact]
    public void AddSasaran_SupportingOwnSasaran_IsRefused()
    {
        var agreement = WorkflowAgreements.Complete();

        var outcome = agreement.AddSasaran(SasaranLevel.Program, "Meningkatnya ketertiban", agreement.Sasarans[0].Id);

        Assert.Equal(Messages.SasaranSupportsItself, outcome.Error);
    }

    [Fact]
    public void UpdateSasaran_UnknownId_IsNotFound()
    {
        var agreement = WorkflowAgreements.Complete();

        Assert.Equal(Messages.SasaranNotFound, agreement.UpdateSasaran(Guid.CreateVersion7(), SasaranLevel.Program, "Sasaran").Error);
    }

    [Fact]
    public void MoveAndRemoveSasaran_RenumberTheRest()
    {
        var agreement = WorkflowAgreements.Complete();
        var second = agreement.AddSasaran(SasaranLevel.Program, "Kedua").Value!;
        agreement.AddSasaran(SasaranLevel.Program, "Ketiga");

        Assert.True(agreement.MoveSasaran(second.Id, 0).Success);
        Assert.Equal(["Kedua", "Meningkatnya kualitas pelayanan umum", "Ketiga"], agreement.Sasarans.Select(s => s.Text));
        Assert.True(agreement.RemoveSasaran(agreement.Sasarans[1].Id).Success);

        Assert.Equal(["1. Kedua", "2. Ketiga"], agreement.Sasarans.Select(s => s.Number + " " + s.Text));
    }

    [Fact]
    public void MoveSasaran_OutOfRange_IsRefused()
    {
        var agreement = WorkflowAgreements.Complete();

        Assert.Equal("Urutan tujuan 3 di luar daftar (1 sampai 1).", agreement.MoveSasaran(agreement.Sasarans[0].Id, 2).Error);
    }

    [Fact]
    public void UpdateIndicator_ChangesTextTargetAndDescription()
    {
        var agreement = WorkflowAgreements.Complete();
        var indicator = agreement.Indicators.First();
        var content = new IndicatorContent("Jumlah laporan", TargetValue.Parse("4 Laporan"), Polarity.LowerIsBetter, null, "Def", "Rel", "F", "Sumber", "Sesuai Renstra");

        Assert.True(agreement.UpdateIndicator(indicator.Id, content).Success);

        Assert.Equal(content with { Aggregation = YearlyAggregation.Sum }, indicator.Content);
        Assert.Equal(4m, indicator.Target.Value);
    }

    [Fact]
    public void AddIndicator_WithoutText_IsRefused()
    {
        var agreement = WorkflowAgreements.Complete();

        Assert.Equal(Messages.IndicatorTextRequired, agreement.AddIndicator(agreement.Sasarans[0].Id, Ikm with { Text = " " }).Error);
    }

    [Fact]
    public void RemoveAndMoveIndicator_WorkWithinTheSasaran()
    {
        var agreement = WorkflowAgreements.Complete();
        var added = agreement.AddIndicator(agreement.Sasarans[0].Id, Ikm).Value!;

        Assert.True(agreement.MoveIndicator(added.Id, 0).Success);
        Assert.Equal(added, agreement.Sasarans[0].Indicators[0]);
        Assert.True(agreement.RemoveIndicator(added.Id).Success);
        Assert.Equal(Messages.IndicatorNotFound, agreement.RemoveIndicator(added.Id).Error);
    }

    [Fact]
    public void AddBudgetLine_KeepsRupiahAndCode()
    {
        var agreement = WorkflowAgreements.Complete();

        var line = agreement.AddBudgetLine(Gaji).Value!;

        Assert.Equal(("2.", new Rupiah(2_500_000), "7.01.01.2.02.0001", "APBD"), (line.Number, line.Amount, line.Code, line.Source));
        Assert.Equal(2, agreement.BudgetLines.Count);
    }

    [Fact]
    public void AddBudgetLine_WithoutNameOrNegative_IsRefusedWithBothMessages()
    {
        var agreement = WorkflowAgreements.Complete();

        var outcome = agreement.AddBudgetLine(Gaji with { Name = " ", Amount = new Rupiah(-1) });

        Assert.Equal([Messages.BudgetNameRequired, Messages.BudgetAmountNegative], outcome.Errors);
    }

    [Fact]
    public void UpdateRemoveBudgetLine_ChangeTheTable()
    {
        var agreement = WorkflowAgreements.Complete();
        var line = agreement.BudgetLines[0];

        Assert.True(agreement.UpdateBudgetLine(line.Id, Gaji with { Amount = new Rupiah(7) }).Success);
        Assert.Equal(new Rupiah(7), line.Amount);
        Assert.True(agreement.RemoveBudgetLine(line.Id).Success);
        Assert.Empty(agreement.BudgetLines);
        Assert.Equal(Messages.BudgetLineNotFound, agreement.UpdateBudgetLine(line.Id, Gaji).Error);
    }

    [Fact]
    public void UpdateHeader_SetsPlaceAndDate()
    {
        var agreement = WorkflowAgreements.Complete();

        Assert.True(agreement.UpdateHeader(" Kalaena ", new DateOnly(2025, 1, 2)).Success);

        Assert.Equal(("Kalaena", new DateOnly(2025, 1, 2)), (agreement.Place, agreement.SignedAt));
    }

    [Fact]
    public void SetParties_WithoutNameOrPosition_IsRefused()
    {
        var agreement = WorkflowAgreements.Complete();

        var outcome = agreement.SetParties(new Party(" ", "CAMAT", null), new Party("BUDIMAN", " ", null));

        Assert.Equal(["Nama Pihak Pertama wajib diisi.", "Jabatan Pihak Kedua wajib diisi."], outcome.Errors);
    }

    [Fact]
    public void SetParties_SamePosition_IsRefused()
    {
        var agreement = WorkflowAgreements.Complete();
        var position = Guid.CreateVersion7();

        var outcome = agreement.SetParties(
            Party.Linked("NURSAN", "CAMAT", null, null, position),
            Party.Linked("BUDIMAN", "CAMAT", null, null, position));

        Assert.Equal(Messages.PartiesSamePosition, outcome.Error);
    }

    [Fact]
    public void BuildingMethods_OnSignedAgreement_AreBugs()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Signed);

        Assert.Throws<InvalidOperationException>(() => agreement.AddSasaran(new Sasaran("9.", SasaranLevel.Program, "X")));
    }

    private static string Snapshot(Agreement agreement) => System.Text.Json.JsonSerializer.Serialize(agreement);
}
