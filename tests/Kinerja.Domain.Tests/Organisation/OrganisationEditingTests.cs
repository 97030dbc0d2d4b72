using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;

namespace Kinerja.Domain.Tests.Organisation;

public sealed class OrganisationEditingTests
{
    private static readonly Office Kalaena = new("Kecamatan Kalaena", new Region("Kabupaten Luwu Timur"));

    [Fact]
    public void OfficeRename_ChangesNameOrRefusesBlank()
    {
        var office = new Office("Kecamatan Kalaena", new Region("Kabupaten Luwu Timur"));

        Assert.Equal(Messages.OfficeNameRequired, office.Rename(" ").Error);
        Assert.True(office.Rename(" Kecamatan Kalaena Baru ").Success);
        Assert.Equal("Kecamatan Kalaena Baru", office.Name);
    }

    [Fact]
    public void PositionRename_KeepsTitleWithoutActingPrefix()
    {
        var position = new Position("CAMAT KALAENA", Kalaena);

        Assert.True(position.Rename("Plt. CAMAT KALAENA").Success);
        Assert.Equal("CAMAT KALAENA", position.Title);
        Assert.Equal(Messages.PositionTitleRequired, position.Rename("").Error);
    }

    [Fact]
    public void SetSuperior_SetsAndClears()
    {
        var camat = new Position("CAMAT KALAENA", Kalaena);
        var sekcam = new Position("SEKRETARIS CAMAT", Kalaena);

        Assert.True(sekcam.SetSuperior(camat, [camat, sekcam]).Success);
        Assert.Equal(camat.Id, sekcam.SuperiorId);
        Assert.True(sekcam.SetSuperior(null, [camat, sekcam]).Success);
        Assert.Null(sekcam.SuperiorId);
    }

    [Fact]
    public void SetSuperior_Cycle_IsRefused()
    {
        var camat = new Position("CAMAT KALAENA", Kalaena);
        var sekcam = new Position("SEKRETARIS CAMAT", Kalaena);
        var kasubag = new Position("KEPALA SUB BAGIAN UMUM DAN KEUANGAN", Kalaena);
        Assert.True(sekcam.SetSuperior(camat, [camat, sekcam, kasubag]).Success);
        Assert.True(kasubag.SetSuperior(sekcam, [camat, sekcam, kasubag]).Success);

        var outcome = camat.SetSuperior(kasubag, [camat, sekcam, kasubag]);

        Assert.Equal("KEPALA SUB BAGIAN UMUM DAN KEUANGAN tidak dapat menjadi atasan CAMAT KALAENA: hubungan atasan akan berputar.", outcome.Error);
        Assert.Null(camat.SuperiorId);
    }

    [Fact]
    public void SetSuperior_Itself_IsRefused()
    {
        var camat = new Position("CAMAT KALAENA", Kalaena);

        Assert.False(camat.SetSuperior(camat, [camat]).Success);
    }

    [Fact]
    public void PersonRename_ChangesNameAndTitles()
    {
        var person = new Person(PersonName.Parse("MARSUKI"), null);

        Assert.True(person.Rename("MARSUKI", "H.", "S.Pd., M.M.").Success);

        Assert.Equal("H. MARSUKI, S.Pd., M.M.", person.PrintedName);
        Assert.Equal(Messages.PersonNameRequired, person.Rename(" ", null, null).Error);
    }

    [Fact]
    public void ChangeNip_ValidatesWithNip()
    {
        var person = new Person(PersonName.Parse("SAMUEL NASRANI, S.IP"), null);

        Assert.True(person.ChangeNip("19701024 199203 2 005").Success);
        Assert.Equal("197010241992032005", person.Nip);

        var refused = person.ChangeNip("19701024 199203 2 0051");
        Assert.Equal("NIP 19701024 199203 2 0051 (SAMUEL NASRANI, S.IP) tidak 18 digit, melainkan 19 digit.", refused.Error);
        Assert.Equal("197010241992032005", person.Nip);

        Assert.True(person.ChangeNip(null).Success);
        Assert.Null(person.Nip);
    }
}
