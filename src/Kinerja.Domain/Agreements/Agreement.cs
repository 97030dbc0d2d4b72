using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// A Perjanjian Kinerja: the agreement page (parties, place, date), Lampiran 1 (sasaran, indicators and
/// targets; budget lines) and Lampiran 2 (explanations). An amendment (<see cref="AgreementKind.Perubahan"/>)
/// points to the version it supersedes. Its <see cref="Status"/> moves through the workflow (Agreement.Workflow.cs);
/// its content changes through editing methods that refuse unless <see cref="IsEditable"/> (Agreement.Editing.cs);
/// <see cref="Amend"/> starts a new version (Agreement.Amendment.cs).
/// </summary>
public sealed partial class Agreement
{
    private readonly List<Sasaran> sasarans = [];
    private readonly List<BudgetLine> budgetLines = [];
    private readonly List<SasaranExplanation> explanations = [];
    private readonly List<LampiranHeading> lampiranHeadings = [];
    private readonly List<SignatureName> signatureNames = [];
    private string place = string.Empty;
    private DateOnly? signedAt;
    private string? supersedesKey;
    private string? sourceNameOfRead;

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
        Revision = kind == AgreementKind.Awal ? 0 : 1;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Year { get; private set; }

    public AgreementKind Kind { get; private set; }

    /// <summary>0 for the Awal agreement, 1 for the first Perubahan, 2 for an amendment of that, and so on.</summary>
    public int Revision { get; private set; }

    public AgreementStatus Status { get; private set; } = AgreementStatus.Draft;

    /// <summary>Only a Draft or Returned agreement can be edited.</summary>
    public bool IsEditable => Status is AgreementStatus.Draft or AgreementStatus.Returned;

    /// <summary>Why this amendment was made; null for an Awal agreement and for imported amendments.</summary>
    public AmendmentReason? AmendmentReason { get; private set; }

    public string? AmendmentExplanation { get; private set; }

    /// <summary>The day Pihak Kedua approved it; null before approval and for agreements imported as signed.</summary>
    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>
    /// The day the signatures were recorded in the application (<see cref="Sign"/>); null for agreements imported as
    /// signed. Not part of the document: the date printed on the paper is <see cref="SignedAt"/>.
    /// </summary>
    public DateOnly? SignedOn { get; private set; }

    /// <summary>What proves the signature (e.g. the SHA-256 of the uploaded scan); null when not signed in the system.</summary>
    public string? SignatureEvidence { get; private set; }

    /// <summary>The agreement this amendment supersedes, when known.</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>The interchange key of the superseded agreement, when known (see <see cref="Key"/>).</summary>
    /// <remarks>A reader sets it when the file names the original by its key only (the interchange format).</remarks>
    public string? SupersedesKey { get => supersedesKey; init => supersedesKey = value; }

    /// <summary>The office (perangkat daerah) as printed, e.g. "Kecamatan Kalaena".</summary>
    public string Office { get; private set; } = string.Empty;

    /// <summary>The region, e.g. "Kabupaten Luwu Timur".</summary>
    public string Region { get; private set; } = string.Empty;

    /// <summary>The office in the organisation register, once linked.</summary>
    public Guid? OfficeId { get; private set; }

    /// <summary>Where it is signed, e.g. "Kalaena". Set when building, then through <see cref="UpdateHeader"/>.</summary>
    public string Place { get => place; init => place = value.Trim(); }

    /// <summary>The date printed on the document. Set when building, then through <see cref="UpdateHeader"/> while editable.</summary>
    public DateOnly? SignedAt { get => signedAt; init => signedAt = value; }

    public Party FirstParty { get; private set; } = null!;

    public Party SecondParty { get; private set; } = null!;

    public IReadOnlyList<Sasaran> Sasarans => sasarans;

    public IReadOnlyList<BudgetLine> BudgetLines => budgetLines;

    public IReadOnlyList<SasaranExplanation> Explanations => explanations;

    public IReadOnlyList<LampiranHeading> LampiranHeadings => lampiranHeadings;

    public IReadOnlyList<SignatureName> SignatureNames => signatureNames;

    /// <summary>Where the agreement was read from (file name), when imported.</summary>
    public string? SourceName { get => sourceNameOfRead; init => sourceNameOfRead = value; }

    public int? SourceLine { get; init; }

    /// <summary>
    /// The natural key of an agreement: office, year, position of Pihak Pertama and kind. Importing the same
    /// document twice finds the same key and changes nothing. A second amendment in a year adds its revision.
    /// </summary>
    public string Key => BuildKey(Office, Year, FirstParty.Position, Kind, Revision);

    public static string BuildKey(string office, int year, string position, AgreementKind kind, int revision = 1) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Normalize(office)}/{year}/{Normalize(position)}/{kind.ToString().ToLowerInvariant()}{(revision > 1 ? "-" + revision.ToString(CultureInfo.InvariantCulture) : string.Empty)}");

    /// <summary>Adds a sasaran while building an agreement (a reader); editing goes through <see cref="AddSasaran(SasaranLevel, string, Guid?)"/>.</summary>
    public void AddSasaran(Sasaran sasaran)
    {
        EnsureEditable();
        sasaran.Attach();
        sasarans.Add(sasaran);
    }

    /// <summary>Adds a budget line while building an agreement (a reader); editing goes through <see cref="AddBudgetLine(BudgetLineContent)"/>.</summary>
    public void AddBudgetLine(BudgetLine line)
    {
        EnsureEditable();
        budgetLines.Add(line);
    }

    /// <summary>Adds an indicator to a sasaran of this agreement while building it (a reader that reads indicators after their sasaran).</summary>
    public void AddIndicator(Sasaran sasaran, Indicator indicator)
    {
        EnsureEditable();
        if (!sasarans.Contains(sasaran))
            throw new InvalidOperationException("The sasaran is not one of this agreement's.");
        sasaran.Append(indicator);
    }

    /// <summary>Adds a Lampiran 2 explanation while building an agreement (a reader); editing goes through <see cref="SetExplanation"/>.</summary>
    public void AddExplanation(SasaranExplanation explanation)
    {
        EnsureEditable();
        explanations.Add(explanation);
    }

    /// <summary>Adds a Lampiran heading as the document printed it, while building an agreement (a reader).</summary>
    public void AddLampiranHeading(LampiranHeading heading)
    {
        EnsureEditable();
        lampiranHeadings.Add(heading);
    }

    /// <summary>Adds a name under a signature as the document printed it, while building an agreement (a reader).</summary>
    public void AddSignatureName(SignatureName signature)
    {
        EnsureEditable();
        signatureNames.Add(signature);
    }

    /// <summary>
    /// Fills what Lampiran 2 says of an indicator (definition, relevance, formula, data source, target explanation) where
    /// the indicator says nothing yet, while building an agreement (the reader matching Lampiran 2 to Lampiran 1).
    /// </summary>
    public void DescribeIndicator(Guid indicatorId, string? definition, string? relevance, string? formula, string? dataSource, string? targetExplanation)
    {
        EnsureEditable();
        if (FindIndicator(indicatorId) is not { } found)
            throw new InvalidOperationException("The indicator is not one of this agreement's.");
        var content = found.Indicator.Content;
        found.Indicator.Change(content with
        {
            Definition = content.Definition ?? definition,
            Relevance = content.Relevance ?? relevance,
            Formula = content.Formula ?? formula,
            DataSource = content.DataSource ?? dataSource,
            TargetExplanation = content.TargetExplanation ?? targetExplanation,
        });
    }

    public IEnumerable<Indicator> Indicators => sasarans.SelectMany(s => s.Indicators);

    /// <summary>The anggaran table's hierarchy as the document lays it out (<see cref="Agreements.BudgetOutline"/>).</summary>
    public BudgetOutline BudgetOutline => new(budgetLines);

    /// <summary>The total budget: the sum of the top-level lines, whatever their level (<see cref="BudgetOutline.Total"/>).</summary>
    public Rupiah BudgetTotal => BudgetOutline.Total;

    private static string Normalize(string text) =>
        string.Join('-', text.ToLowerInvariant().Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries));
}
