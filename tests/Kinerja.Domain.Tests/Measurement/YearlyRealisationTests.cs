using Kinerja.Domain.Agreements;
using Kinerja.Domain.Measurement;

namespace Kinerja.Domain.Tests.Measurement;

public sealed class YearlyRealisationTests
{
    [Theory]
    [InlineData(YearlyAggregation.Sum, 10)]
    [InlineData(YearlyAggregation.LastQuarter, 4)]
    [InlineData(YearlyAggregation.Average, 2.5)]
    public void FourReportedQuarters(YearlyAggregation aggregation, double expected) =>
        Assert.Equal((decimal)expected, YearlyRealisation.Of(aggregation, [1m, 2m, 3m, 4m]));

    [Theory]
    [InlineData(YearlyAggregation.Sum, 4)]
    [InlineData(YearlyAggregation.LastQuarter, 3)]
    [InlineData(YearlyAggregation.Average, 2)]
    public void AQuarterNotReported_IsLeftOut_NotCountedAsZero(YearlyAggregation aggregation, double expected) =>
        Assert.Equal((decimal)expected, YearlyRealisation.Of(aggregation, [1m, null, 3m, null]));

    [Fact]
    public void NothingReported_HasNoYearlyRealisation() =>
        Assert.Null(YearlyRealisation.Of(YearlyAggregation.Sum, [null, null]));
}
