using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class AgreementDraftTests
{
    private static readonly Region LuwuTimur = new("Kabupaten Luwu Timur");
    private static readonly Office Kalaena = new("Kecamatan Kalaena", LuwuTimur);
    private static readonly DateOnly On = new(2025, 1, 2);

    [Fact]
    public void Create_FillsPartiesFromHierarchyAndAssignments()
    {
        var (camat, sekcam) = Positions();
        var marsuki = new Person(PersonName.Parse("H. MARSUKI, S.Pd., M.M."), Nip.Validate("197010241992032005").Nip);
        var burhanuddin = new Person(PersonName.Parse("BURHANUDDIN, S.H."), null);
        Assignment[] assignments = [Assign(marsuki, camat, AssignmentKind.Definitif), Assign(burhanuddin, sekcam, AssignmentKind.Plt)];

        var agreement = AgreementDraft.Create(2025, sekcam, Kalaena, LuwuTimur, [camat, sekcam], [marsuki, burhanuddin], assignments, On).Value!;

        Assert.Equal((2025, AgreementKind.Awal, AgreementStatus.Draft), (agreement.Year, agreement.Kind, agreement.Status));
        Assert.Equal(("Kecamatan Kalaena", "Kabupaten Luwu Timur", Kalaena.Id), (agreement.Office, agreement.Region, agreement.OfficeId));
        Assert.Equal(("BURHANUDDIN, S.H.", "Plt. SEKRETARIS CAMAT", null), (agreement.FirstParty.PrintedName, agreement.FirstParty.Position, agreement.FirstParty.Nip));
        Assert.Equal((burhanuddin.Id, sekcam.Id), (agreement.FirstParty.PersonId, agreement.FirstParty.PositionId));
        Assert.Equal(("H. MARSUKI, S.Pd., M.M.", "CAMAT KALAENA", "19701024 199203 2 005"), (agreement.SecondParty.PrintedName, agreement.SecondParty.Position, agreement.SecondParty.NipAsPrinted));
        Assert.Equal(("MARSUKI", "197010241992032005"), (agreement.SecondParty.Name, agreement.SecondParty.Nip));
    }

    [Fact]
    public void Create_PositionWithoutSuperior_IsRefused()
    {
        var (camat, _) = Positions();

        var outcome = AgreementDraft.Create(2025, camat, Kalaena, LuwuTimur, [camat], [], [], On);

        Assert.Equal("Jabatan CAMAT KALAENA belum memiliki atasan langsung; tentukan atasannya dulu.", outcome.Error);
    }

    [Fact]
    public void Create_VacantPositions_AreRefusedWithBothNamed()
    {
        var (camat, sekcam) = Positions();

        var outcome = AgreementDraft.Create(2025, sekcam, Kalaena, LuwuTimur, [camat, sekcam], [], [], On);

        Assert.Equal(
            ["Jabatan SEKRETARIS CAMAT tidak diisi pejabat pada 2 Januari 2025.", "Jabatan CAMAT KALAENA tidak diisi pejabat pada 2 Januari 2025."],
            outcome.Errors);
    }

    private static (Position Camat, Position Sekcam) Positions()
    {
        var camat = new Position("CAMAT KALAENA", Kalaena);
        var sekcam = new Position("SEKRETARIS CAMAT", Kalaena);
        Assert.True(sekcam.SetSuperior(camat, [camat]).Success);
        return (camat, sekcam);
    }

    private static Assignment Assign(Person person, Position position, AssignmentKind kind) =>
        Assignment.Create(person.Id, position.Id, new DateOnly(2024, 1, 1), null, kind).Value!;
}
