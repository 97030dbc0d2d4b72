using System.Globalization;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// A Perjanjian Kinerja: the agreement page (parties, place, date), Lampiran 1 (sasaran, indicators and
/// targets; budget lines) and Lampiran 2 (explanations). An amendment (<see cref="AgreementKind.Perubahan"/>)
/// points to the version it supersedes.
/// </summary>
public sealed class Agreement
{
    private readonly List<Sasaran> sasarans = [];
    private readonly List<BudgetLine> budgetLines = [];

    private Agreement()
    {
    }

    public Agreement(int year, AgreementKind kind, string office, string region, Party firstParty, Party secondParty)
    {
        Year = year;
        Kind = kind;
        Office = office.Trim();
        Region = region.Trim();
        FirstParty = firstParty;
        SecondParty = secondParty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Year { get; private set; }

    public AgreementKind Kind { get; private set; }

    /// <summary>The agreement this amendment supersedes, when known.</summary>
    public Guid? SupersedesId { get; set; }

    /// <summary>The interchange key of the superseded agreement, when known (see <see cref="Key"/>).</summary>
    public string? SupersedesKey { get; set; }

    /// <summary>The office (perangkat daerah) as printed, e.g. "Kecamatan Kalaena".</summary>
    public string Office { get; private set; } = string.Empty;

    /// <summary>The region, e.g. "Kabupaten Luwu Timur".</summary>
    public string Region { get; private set; } = string.Empty;

    /// <summary>The office in the organisation register, once linked.</summary>
    public Guid? OfficeId { get; set; }

    public string Place { get; set; } = string.Empty;

    public DateOnly? SignedAt { get; set; }

    public Party FirstParty { get; private set; } = null!;

    public Party SecondParty { get; private set; } = null!;

    public IReadOnlyList<Sasaran> Sasarans => sasarans;

    public IReadOnlyList<BudgetLine> BudgetLines => budgetLines;

    public List<SasaranExplanation> Explanations { get; private set; } = [];

    public List<LampiranHeading> LampiranHeadings { get; private set; } = [];

    public List<SignatureName> SignatureNames { get; private set; } = [];

    /// <summary>Where the agreement was read from (file name), when imported.</summary>
    public string? SourceName { get; set; }

    public int? SourceLine { get; set; }

    /// <summary>
    /// The natural key of an agreement: office, year, position of Pihak Pertama and kind. Importing the same
    /// document twice finds the same key and changes nothing.
    /// </summary>
    public string Key => BuildKey(Office, Year, FirstParty.Position, Kind);

    public static string BuildKey(string office, int year, string position, AgreementKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{Normalize(office)}/{year}/{Normalize(position)}/{kind.ToString().ToLowerInvariant()}");

    public void AddSasaran(Sasaran sasaran) => sasarans.Add(sasaran);

    public void AddBudgetLine(BudgetLine line) => budgetLines.Add(line);

    public IEnumerable<Indicator> Indicators => sasarans.SelectMany(s => s.Indicators);

    private static string Normalize(string text) =>
        string.Join('-', text.ToLowerInvariant().Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries));
}
