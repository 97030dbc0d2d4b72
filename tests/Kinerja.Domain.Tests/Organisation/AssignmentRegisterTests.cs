using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Organisation;

public sealed class AssignmentRegisterTests
{
    private static readonly Guid Camat = Guid.CreateVersion7();
    private static readonly Guid Sekcam = Guid.CreateVersion7();

    [Fact]
    public void HolderOf_Mutasi_GivesWhoHeldThePositionThatDay()
    {
        var before = Definitif(Camat, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30));
        var after = Definitif(Camat, new DateOnly(2025, 7, 1), null);
        var other = Definitif(Sekcam, new DateOnly(2020, 1, 1), null);
        Assignment[] all = [after, other, before];

        Assert.Same(before, AssignmentRegister.HolderOf(all, Camat, new DateOnly(2025, 6, 30)));
        Assert.Same(after, AssignmentRegister.HolderOf(all, Camat, new DateOnly(2025, 7, 1)));
        Assert.Null(AssignmentRegister.HolderOf(all, Camat, new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void HolderOf_ActingHolder_StandsInForTheDefinitiveOne()
    {
        var definitive = Definitif(Camat, new DateOnly(2024, 1, 1), null);
        var plt = Create(Camat, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), AssignmentKind.Plt);
        var plh = Create(Camat, new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 12), AssignmentKind.Plh);
        Assignment[] all = [definitive, plt, plh];

        Assert.Same(definitive, AssignmentRegister.HolderOf(all, Camat, new DateOnly(2025, 2, 28)));
        Assert.Same(plt, AssignmentRegister.HolderOf(all, Camat, new DateOnly(2025, 3, 9)));
        Assert.Same(plh, AssignmentRegister.HolderOf(all, Camat, new DateOnly(2025, 3, 11)));
        Assert.Same(definitive, AssignmentRegister.HolderOf(all, Camat, new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void Validate_OverlappingDefinitiveAssignments_IsAnError()
    {
        Assignment[] all =
        [
            Definitif(Camat, new DateOnly(2024, 1, 1), new DateOnly(2025, 7, 1)),
            Definitif(Camat, new DateOnly(2025, 7, 1), null),
        ];

        var error = Assert.Single(AssignmentRegister.Validate(all, _ => "CAMAT KALAENA"));

        Assert.Equal("Dua penugasan definitif pada jabatan CAMAT KALAENA tumpang tindih: 1 Januari 2024 s.d. 1 Juli 2025 dan sejak 1 Juli 2025.", error);
    }

    [Fact]
    public void Validate_ConsecutiveDefinitiveAndOverlappingActing_AreFine()
    {
        Assignment[] all =
        [
            Definitif(Camat, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30)),
            Definitif(Camat, new DateOnly(2025, 7, 1), null),
            Create(Camat, new DateOnly(2025, 3, 1), null, AssignmentKind.Plt),
            Definitif(Sekcam, new DateOnly(2024, 1, 1), null),
        ];

        Assert.Empty(AssignmentRegister.Validate(all, _ => "X"));
    }

    private static Assignment Definitif(Guid position, DateOnly from, DateOnly? to) => Create(position, from, to, AssignmentKind.Definitif);

    private static Assignment Create(Guid position, DateOnly from, DateOnly? to, AssignmentKind kind) =>
        Assignment.Create(Guid.CreateVersion7(), position, from, to, kind).Value!;
}
