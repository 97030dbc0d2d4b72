using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>
/// Kabupaten Luwu Timur with the Bupati, Kecamatan Kalaena (Camat, Sekretaris Camat, Kepala Seksi Pelayanan Umum)
/// and Kecamatan Mangkutana (Camat, Sekretaris Camat), everyone assigned since 2024; and the actors of the tests.
/// Built fresh for each test and stored with <see cref="StoreAsync"/>.
/// </summary>
internal sealed class TestOrganisation
{
    public TestOrganisation()
    {
        Region = new Region("Kabupaten Luwu Timur");
        Pemkab = new Office("Pemerintah Kabupaten Luwu Timur", Region);
        Kalaena = new Office("Kecamatan Kalaena", Region);
        Mangkutana = new Office("Kecamatan Mangkutana", Region);
        Bupati = new Position("BUPATI LUWU TIMUR", Pemkab);
        CamatKalaena = Reporting(new Position("CAMAT KALAENA", Kalaena), Bupati);
        SekcamKalaena = Reporting(new Position("SEKRETARIS CAMAT", Kalaena), CamatKalaena);
        KasiKalaena = Reporting(new Position("KEPALA SEKSI PELAYANAN UMUM", Kalaena), CamatKalaena);
        CamatMangkutana = Reporting(new Position("CAMAT MANGKUTANA", Mangkutana), Bupati);
        SekcamMangkutana = Reporting(new Position("SEKRETARIS CAMAT", Mangkutana), CamatMangkutana);

        Irwan = Person("Ir. H. IRWAN BACHRI SYAM, S.T., IPM.", null);
        Marsuki = Person("H. MARSUKI, S.Pd., M.M.", "19701024 199203 1 005");
        Burhanuddin = Person("BURHANUDDIN, S.H.", "19750317 200003 1 002");
        Muliani = Person("MULIANI, S.E., M.M.", null);
        Samuel = Person("SAMUEL NASRANI, S.IP", null);
        Andi = Person("ANDI MAKKASAU, S.STP., M.Si", null);
        Assignments =
        [
            Assign(Irwan, Bupati), Assign(Marsuki, CamatKalaena), Assign(Burhanuddin, SekcamKalaena), Assign(Muliani, KasiKalaena),
            Assign(Andi, CamatMangkutana), Assign(Samuel, SekcamMangkutana),
        ];

        Administrator = Actor.With([Role.Administrator], userId: Guid.CreateVersion7(), name: "Biro Organisasi");
        Evaluator = Actor.With([Role.Evaluator], userId: Guid.CreateVersion7(), name: "Inspektorat");
        OperatorKalaena = Actor.With([Role.Operator], Kalaena.Id, userId: Guid.CreateVersion7(), name: "Operator Kalaena");
        OperatorMangkutana = Actor.With([Role.Operator], Mangkutana.Id, userId: Guid.CreateVersion7(), name: "Operator Mangkutana");
        CamatKalaenaOfficial = Actor.With([Role.Official], Kalaena.Id, Marsuki.Id, Guid.CreateVersion7(), "H. MARSUKI");
        SekcamKalaenaOfficial = Actor.With([Role.Official], Kalaena.Id, Burhanuddin.Id, Guid.CreateVersion7(), "BURHANUDDIN");
    }

    public Region Region { get; }

    public Office Pemkab { get; }

    public Office Kalaena { get; }

    public Office Mangkutana { get; }

    public Position Bupati { get; }

    public Position CamatKalaena { get; }

    public Position SekcamKalaena { get; }

    public Position KasiKalaena { get; }

    public Position CamatMangkutana { get; }

    public Position SekcamMangkutana { get; }

    public Person Irwan { get; }

    public Person Marsuki { get; }

    public Person Burhanuddin { get; }

    public Person Muliani { get; }

    public Person Samuel { get; }

    public Person Andi { get; }

    public List<Assignment> Assignments { get; }

    public Actor Administrator { get; }

    public Actor Evaluator { get; }

    public Actor OperatorKalaena { get; }

    public Actor OperatorMangkutana { get; }

    public Actor CamatKalaenaOfficial { get; }

    public Actor SekcamKalaenaOfficial { get; }

    public static async Task<TestOrganisation> StoreAsync(TestDatabase database)
    {
        var organisation = new TestOrganisation();
        await using var db = database.NewContext();
        db.AddRange(organisation.Region, organisation.Pemkab, organisation.Kalaena, organisation.Mangkutana);
        db.AddRange(organisation.Bupati, organisation.CamatKalaena, organisation.SekcamKalaena, organisation.KasiKalaena, organisation.CamatMangkutana, organisation.SekcamMangkutana);
        db.AddRange(organisation.Irwan, organisation.Marsuki, organisation.Burhanuddin, organisation.Muliani, organisation.Samuel, organisation.Andi);
        db.AddRange(organisation.Assignments);
        await db.SaveChangesAsync();
        return organisation;
    }

    private static Position Reporting(Position position, Position superior)
    {
        if (!position.SetSuperior(superior, [superior]).Success)
            throw new InvalidOperationException("Test organisation: cycle.");
        return position;
    }

    private static Person Person(string printed, string? nip) => new(PersonName.Parse(printed), Nip.Validate(nip).Nip);

    private static Assignment Assign(Person person, Position position) =>
        Assignment.Create(person.Id, position.Id, new DateOnly(2024, 1, 1), null, AssignmentKind.Definitif).Value!;
}
