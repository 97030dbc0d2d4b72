using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Organisation;

public sealed class AssignmentTests
{
    private static readonly Guid Person = Guid.CreateVersion7();
    private static readonly Guid Position = Guid.CreateVersion7();

    [Theory]
    [InlineData(AssignmentKind.Definitif, "CAMAT KALAENA")]
    [InlineData(AssignmentKind.Plt, "Plt. CAMAT KALAENA")]
    [InlineData(AssignmentKind.Plh, "Plh. CAMAT KALAENA")]
    public void TitleAsPrinted_AddsTheActingPrefix(AssignmentKind kind, string printed) =>
        Assert.Equal(printed, Assignment.TitleAsPrinted(kind, "CAMAT KALAENA"));

    [Fact]
    public void TitleAsPrinted_DoesNotDoubleAPrefix() =>
        Assert.Equal("Plt. CAMAT KALAENA", Assignment.TitleAsPrinted(AssignmentKind.Plt, "Plt. CAMAT KALAENA"));

    [Fact]
    public void Create_EndBeforeStart_IsRefused()
    {
        var outcome = Assignment.Create(Person, Position, new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 31), AssignmentKind.Definitif);

        Assert.Equal("Tanggal akhir penugasan (31 Januari 2025) sebelum tanggal mulainya (1 Februari 2025).", outcome.Error);
    }

    [Theory]
    [InlineData("2025-01-01", true)]
    [InlineData("2025-06-30", true)]
    [InlineData("2024-12-31", false)]
    [InlineData("2025-07-01", false)]
    public void Covers_BothEndsInclusive(string date, bool covered)
    {
        var assignment = Assignment.Create(Person, Position, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), AssignmentKind.Definitif).Value!;

        Assert.Equal(covered, assignment.Covers(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Covers_OpenEnded_LastsForever()
    {
        var assignment = Assignment.Create(Person, Position, new DateOnly(2025, 1, 1), null, AssignmentKind.Plt).Value!;

        Assert.True(assignment.Covers(new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void Change_CorrectsPeriodAndKind()
    {
        var assignment = Assignment.Create(Person, Position, new DateOnly(2025, 1, 1), null, AssignmentKind.Plt).Value!;

        Assert.True(assignment.Change(new DateOnly(2025, 1, 2), new DateOnly(2025, 3, 1), AssignmentKind.Definitif).Success);
        Assert.False(assignment.Change(new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 1), AssignmentKind.Definitif).Success);

        Assert.Equal((new DateOnly(2025, 1, 2), new DateOnly(2025, 3, 1), AssignmentKind.Definitif), (assignment.From, assignment.To, assignment.Kind));
    }

    [Theory]
    [InlineData(AssignmentKind.Definitif, "Definitif")]
    [InlineData(AssignmentKind.Plt, "Pelaksana Tugas (Plt.)")]
    [InlineData(AssignmentKind.Plh, "Pelaksana Harian (Plh.)")]
    public void Labels_Kind_IsIndonesian(AssignmentKind kind, string label) => Assert.Equal(label, Labels.Of(kind));
}
