using System.Reflection;
using System.Runtime.CompilerServices;
using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

/// <summary>
/// The agreement is closed: nothing outside it changes what it holds except through its methods, which refuse unless
/// it is editable. Init-only members are allowed (they are set while a reader builds the object).
/// </summary>
public sealed class ClosedAggregateTests
{
    public static TheoryData<Type> AggregateTypes => new() { typeof(Agreement), typeof(Party), typeof(Sasaran), typeof(Indicator), typeof(BudgetLine) };

    [Theory]
    [MemberData(nameof(AggregateTypes))]
    public void AggregateType_HasNoPublicSetterAndNoMutableCollection(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);

        var settable = properties.Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)).Select(p => p.Name).ToList();
        var mutable = properties
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var definition
                && (definition == typeof(List<>) || definition == typeof(ICollection<>) || definition == typeof(IList<>)))
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(settable);
        Assert.Empty(mutable);
    }

    [Fact]
    public void SignedAgreement_RefusesEveryBuildingMethod()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Signed);
        var sasaran = agreement.Sasarans[0];
        var indicator = agreement.Indicators.First();
        var before = AgreementFingerprint.Compute(agreement);

        Assert.Throws<InvalidOperationException>(() => agreement.AddSasaran(new Sasaran("2.", SasaranLevel.Program, "Sasaran lain")));
        Assert.Throws<InvalidOperationException>(() => agreement.AddBudgetLine(new BudgetLine("2.", BudgetLevel.Program, "Program lain", new Kinerja.Domain.Common.Rupiah(1), null)));
        Assert.Throws<InvalidOperationException>(() => agreement.AddIndicator(sasaran, new Indicator("Indikator lain", TargetValue.Parse("1 Dokumen"))));
        Assert.Throws<InvalidOperationException>(() => sasaran.AddIndicator(new Indicator("Indikator lain", TargetValue.Parse("1 Dokumen"))));
        Assert.Throws<InvalidOperationException>(() => agreement.AddExplanation(new SasaranExplanation { Sasaran = "Lain" }));
        Assert.Throws<InvalidOperationException>(() => agreement.AddLampiranHeading(new LampiranHeading { Lampiran = "LAMPIRAN 3" }));
        Assert.Throws<InvalidOperationException>(() => agreement.AddSignatureName(new SignatureName { PrintedName = "Lain" }));
        Assert.Throws<InvalidOperationException>(() => agreement.DescribeIndicator(indicator.Id, "Definisi lain", null, null, null, null));

        Assert.Equal(before, AgreementFingerprint.Compute(agreement));
    }

    [Fact]
    public void SignedAgreement_RefusesEveryEditOfItsIndicatorsAndLines()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Signed);
        var indicator = agreement.Indicators.First();
        var line = agreement.BudgetLines[0];
        var before = AgreementFingerprint.Compute(agreement);

        Assert.False(agreement.UpdateIndicator(indicator.Id, indicator.Content with { Polarity = Polarity.LowerIsBetter }).Success);
        Assert.False(agreement.UpdateIndicator(indicator.Id, indicator.Content with { Aggregation = YearlyAggregation.Average }).Success);
        Assert.False(agreement.UpdateIndicator(indicator.Id, indicator.Content with { Definition = "Definisi lain" }).Success);
        Assert.False(agreement.UpdateBudgetLine(line.Id, line.Content with { Code = "7.01.01" }).Success);
        Assert.False(agreement.SetParties(new Party("LAIN", "CAMAT", null), new Party("LAIN", "BUPATI", null)).Success);
        Assert.False(agreement.LinkExplanation(0, null).Success);

        Assert.Equal(before, AgreementFingerprint.Compute(agreement));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
