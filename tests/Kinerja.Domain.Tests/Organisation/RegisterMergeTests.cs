using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;

namespace Kinerja.Domain.Tests.Organisation;

public sealed class RegisterMergeTests
{
    private static readonly Office Kalaena = new("Kecamatan Kalaena", new Region("Kabupaten Luwu Timur"));

    [Fact]
    public void Positions_WhenTheKeptOneReportsBelowTheMergedOne_TheCycleIsRefused()
    {
        // SEKRETARIS (kept) reports to CAMAT, CAMAT to CAMAT KALAENA (merged): CAMAT would report to SEKRETARIS.
        var merged = new Position("CAMAT KALAENA", Kalaena);
        var camat = new Position("CAMAT", Kalaena);
        var kept = new Position("SEKRETARIS CAMAT", Kalaena);
        camat.ReportTo(merged);
        kept.ReportTo(camat);

        var outcome = RegisterMerge.Positions(kept, merged, [merged, camat, kept], []);

        Assert.Equal("SEKRETARIS CAMAT tidak dapat menjadi atasan CAMAT: hubungan atasan akan berputar.", outcome.Error);
    }

    [Fact]
    public void People_TheSameActingHoldingRecordedTwice_BecomesOneCoveringBothPeriods()
    {
        var kept = new Person(PersonName.Parse("H. MARSUKI, S.Pd."), null);
        var merged = new Person(PersonName.Parse("MARSUKI"), null);
        var position = Guid.CreateVersion7();
        var first = Assignment.Create(kept.Id, position, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), AssignmentKind.Plt).Value!;
        var second = Assignment.Create(merged.Id, position, new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30), AssignmentKind.Plt).Value!;

        var outcome = RegisterMerge.People(kept, merged, [first, second], _ => "CAMAT KALAENA");

        Assert.Equal([second], outcome.Value);
        Assert.Equal((kept.Id, new DateOnly(2025, 1, 1), (DateOnly?)new DateOnly(2025, 6, 30)), (first.PersonId, first.From, first.To));
    }
}
