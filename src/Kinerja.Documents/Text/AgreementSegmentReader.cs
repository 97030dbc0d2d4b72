using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.People;

namespace Kinerja.Documents.Text;

/// <summary>
/// Reads one agreement: the lines from its title block to the next agreement's. Walks the lines once, keeping
/// track of the table or the Lampiran 2 section it is in; what it cannot place becomes a finding.
/// </summary>
internal sealed partial class AgreementSegmentReader
{
    private readonly IReadOnlyList<SourceLine> lines;
    private readonly int statementIndex;
    private readonly DocumentHeader header;
    private readonly string sourceName;
    private readonly List<Finding> findings = [];
    private readonly List<RawTargetRow> targetRows = [];
    private readonly List<RawBudgetRow> budgetRows = [];
    private readonly List<SasaranExplanation> explanations = [];
    private readonly List<LampiranHeading> headings = [];
    private readonly List<SignatureName> signatures = [];

    private PartyDraft? first;
    private PartyDraft? second;
    private TableHeader? table;
    private string? tableSection;
    private SectionState? section;
    private string place = string.Empty;
    private int position;
    private DateOnly? signedAt;
    private SourceLine? current;
    private int overflowReported;

    public AgreementSegmentReader(IReadOnlyList<SourceLine> lines, int statementIndex, DocumentHeader header, string sourceName)
    {
        this.lines = lines;
        this.statementIndex = statementIndex;
        this.header = header;
        this.sourceName = sourceName;
    }

    public (Agreement? Agreement, IReadOnlyList<Finding> Findings, ReadFailure? Failure) Read()
    {
        var statement = lines[statementIndex];
        var afterParties = ReadParties();
        if (first?.Name is null || first.Position is null || second?.Name is null || second.Position is null)
        {
            return (null, [], new ReadFailure(sourceName, statement.Number,
                string.Format(CultureInfo.InvariantCulture, Messages.PartiesMissing, statement.Number)));
        }

        for (position = afterParties; position < lines.Count; position++)
            ReadLine(lines[position], position);
        CloseSection();

        var office = header.Office ?? OfficeFromPosition(first.Position) ?? OfficeFromPosition(second.Position);
        if (office is null)
        {
            return (null, [], new ReadFailure(sourceName, lines[0].Number,
                string.Format(CultureInfo.InvariantCulture, Messages.OfficeMissing, lines[0].Number)));
        }

        var year = header.Year ?? signedAt?.Year;
        if (year is null)
        {
            return (null, [], new ReadFailure(sourceName, statement.Number,
                string.Format(CultureInfo.InvariantCulture, Messages.YearMissing, statement.Number)));
        }

        var firstParty = new Party(first.Name, first.Position, first.Nip, first.Line);
        var secondParty = new Party(second.Name, second.Position, second.Nip, second.Line);
        var agreement = new Agreement(year.Value, header.Kind ?? AgreementKind.Awal, office, header.Region ?? string.Empty, firstParty, secondParty)
        {
            Place = place,
            SignedAt = signedAt,
            SourceName = sourceName,
            SourceLine = lines[0].Number,
        };

        foreach (var line in new BudgetBuilder(budgetRows).Build())
            agreement.AddBudgetLine(line);
        foreach (var sasaran in new TargetBuilder(targetRows, agreement.BudgetLines, firstParty.Position).Build())
            agreement.AddSasaran(sasaran);
        foreach (var explanation in explanations.Where(e => e.Sasaran.Length > 0 || e.Description.Length > 0 || e.Indicators.Count > 0 || e.Targets.Count > 0))
            agreement.AddExplanation(explanation);
        headings.ForEach(agreement.AddLampiranHeading);
        signatures.ForEach(agreement.AddSignatureName);
        ExplanationMatcher.Attach(agreement);
        agreement.LinkExplanations();

        // A PK document was signed on paper: it enters the system signed.
        agreement.RecordAsSignedDocument();
        return (agreement, findings, null);
    }

    /// <summary>Reads the Nama / Jabatan / NIP blocks of the agreement page; returns the index after them.</summary>
    private int ReadParties()
    {
        var draft = new PartyDraft();
        var i = statementIndex + 1;
        for (; i < lines.Count && (first is null || second is null); i++)
        {
            var text = TextCleaner.StripMarkers(lines[i].Text);
            Match match;
            if ((match = NameLine().Match(text)).Success)
            {
                if (draft.Name is not null)
                    draft = new PartyDraft();
                draft.Name = match.Groups["value"].Value.Trim();
                draft.Line = lines[i].Number;
            }
            else if ((match = PositionLine().Match(text)).Success)
            {
                draft.Position = match.Groups["value"].Value.Trim();
            }
            else if ((match = NipLine().Match(text)).Success && draft.Name is not null)
            {
                draft.Nip = match.Groups["nip"].Value.Trim();
            }

            var role = RoleLine().Match(text);
            if (role.Success && draft.Name is not null)
            {
                if (role.Groups["role"].Value.Equals("pertama", StringComparison.OrdinalIgnoreCase))
                    first ??= draft;
                else
                    second ??= draft;
                draft = new PartyDraft();
            }
        }

        return i;
    }

    private void ReadLine(SourceLine line, int index)
    {
        current = line;
        if (line.IsBlank)
            return;

        if (line.IsTableRow)
        {
            ReadTableRow(line);
            return;
        }

        table = null;
        tableSection = null;
        var text = TextCleaner.StripMarkers(line.Text);

        if (IsLampiranHeading(text))
        {
            CloseSection();
            ReadLampiranHeading(index);
            return;
        }

        if (SectionStart().IsMatch(text))
        {
            CloseSection();
            section = new SectionState(new SasaranExplanation { Heading = text, SourceLine = line.Number });
            return;
        }

        if (section is not null)
        {
            ReadSectionLine(text);
            return;
        }

        if (ReadSignatureOrFurniture(text, line, index))
            return;

        findings.Add(Unplaced(line));
    }

    private void ReadTableRow(SourceLine line)
    {
        var recognised = TableHeader.TryRecognise(line);
        if (recognised is not null)
        {
            table = recognised;
            tableSection = null;
            return;
        }

        var cells = TableHeader.TrimTrailingEmpty(line.Cells);
        if (cells.Length == 0 || cells.All(c => c.Length == 0 || ColumnNumberCell().IsMatch(TextCleaner.Clean(c)) || DashCell().IsMatch(c)))
            return;

        if (table is null)
        {
            if (section is not null)
            {
                AppendDescription(string.Join(" | ", cells.Select(TextCleaner.Clean).Where(c => c.Length > 0)));
                return;
            }

            findings.Add(Unplaced(line));
            return;
        }

        switch (table.Kind)
        {
            case TableKind.Targets:
                ReadTargetRow(line, cells);
                break;
            case TableKind.Budget:
                ReadBudgetRow(line, cells);
                break;
            case TableKind.IndicatorExplanations:
                ReadIndicatorExplanationRow(line, cells);
                break;
            case TableKind.TargetExplanations:
                ReadTargetExplanationRow(line, cells);
                break;
            default:
                if (section is not null)
                    AppendDescription(string.Join(" | ", cells.Select(TextCleaner.Clean).Where(c => c.Length > 0)));
                else
                    findings.Add(Unplaced(line));
                break;
        }
    }

    private void ReadTargetRow(SourceLine line, string[] cells)
    {
        var header = table!;
        var number = Cell(cells, header.Number);
        var sasaran = TextCleaner.Clean(Cell(cells, header.Sasaran));
        var indicator = TextCleaner.Clean(Cell(cells, header.Indicator));
        var target = TextCleaner.Clean(Cell(cells, header.Target));

        if (number.Length == 0)
        {
            var embedded = EmbeddedNumber().Match(sasaran);
            if (embedded.Success)
            {
                number = embedded.Groups["number"].Value;
                sasaran = embedded.Groups["text"].Value;
            }
        }

        if (number.Length == 0 && indicator.Length == 0 && target.Length == 0 && SectionWord(sasaran) is { } word)
        {
            tableSection = word;
            return;
        }

        var previous = targetRows.Count > 0 && ReferenceEquals(targetRows[^1].Header, header) ? targetRows[^1] : null;
        if (number.Length == 0 && target.Length == 0 && previous is not null && !line.IsExplicitRow)
        {
            // The rest of a row wrapped onto the next line.
            previous.Sasaran = Join(previous.Sasaran, sasaran);
            previous.Indicator = Join(previous.Indicator, indicator);
            return;
        }

        targetRows.Add(new RawTargetRow
        {
            Number = number,
            Sasaran = sasaran,
            Indicator = indicator,
            Target = target,
            Line = line.Number,
            Header = header,
            Section = tableSection,
        });
    }

    private void ReadBudgetRow(SourceLine line, string[] cells)
    {
        var header = table!;
        var number = Cell(cells, header.Number == header.Name ? -1 : header.Number);
        var name = TextCleaner.Clean(Cell(cells, header.Name));
        var amount = Cell(cells, header.Amount);
        var source = Cell(cells, header.Source);

        if (number.Length == 0 && amount.Length == 0 && SectionWord(name) is { } word)
        {
            tableSection = word;
            return;
        }

        // A total row ("Jumlah", "Total Anggaran") sums the lines above it; it is not a line of its own.
        if (number.Length == 0 && TotalRow().IsMatch(name))
            return;

        var previous = budgetRows.Count > 0 && ReferenceEquals(budgetRows[^1].Header, header) ? budgetRows[^1] : null;
        if (number.Length == 0 && previous is not null && !line.IsExplicitRow && (amount.Length == 0 || previous.Amount.Length == 0))
        {
            previous.Name = Join(previous.Name, name);
            if (previous.Amount.Length == 0)
                previous.Amount = amount;
            if (previous.Source.Length == 0)
                previous.Source = source;
            return;
        }

        budgetRows.Add(new RawBudgetRow
        {
            Number = number,
            Name = name,
            Amount = amount,
            Source = source,
            Line = line.Number,
            Header = header,
            Section = tableSection,
        });
    }

    private void ReadIndicatorExplanationRow(SourceLine line, string[] cells)
    {
        section ??= new SectionState(new SasaranExplanation());
        var header = table!;
        var mapped = MapCells(cells, header.Width);
        string Get(int index) => index >= 0 && index < mapped.Length ? TextCleaner.Clean(mapped[index]) : string.Empty;

        var number = header.Number >= 0 && header.Number != header.Indicator && header.Number != header.Definition ? Get(header.Number) : string.Empty;
        var row = new IndicatorExplanation
        {
            Indicator = Get(header.Indicator),
            Definition = Get(header.Definition),
            Relevance = Get(header.Relevance),
            Formula = Get(header.Formula),
            DataSource = Get(header.DataSource),
        };

        if (header.Indicator < 0 && number.Length > 0)
        {
            // Without an indicator column the "Uraian" opens with the indicator's name when it is a short first line.
            var firstLine = row.Definition.Split('\n')[0];
            if (firstLine.Length <= 160)
                row.Indicator = firstLine.TrimEnd('.');
        }

        var rows = section.Explanation.Indicators;
        if (number.Length == 0 && row.Indicator.Length == 0 && rows.Count > 0 && !line.IsExplicitRow)
        {
            var last = rows[^1];
            last.Definition = Join(last.Definition, row.Definition);
            last.Relevance = Join(last.Relevance, row.Relevance);
            last.Formula = Join(last.Formula, row.Formula);
            last.DataSource = Join(last.DataSource, row.DataSource);
            return;
        }

        rows.Add(row);
    }

    private void ReadTargetExplanationRow(SourceLine line, string[] cells)
    {
        section ??= new SectionState(new SasaranExplanation());
        var header = table!;
        var mapped = MapCells(cells, header.Width);
        string Get(int index) => index >= 0 && index < mapped.Length ? TextCleaner.Clean(mapped[index]) : string.Empty;

        var number = header.Number >= 0 && header.Number != header.Indicator ? Get(header.Number) : string.Empty;
        var row = new TargetExplanation
        {
            Indicator = Get(header.Indicator),
            Target = Get(header.Target),
            Explanation = Get(header.Explanation),
            SourceLine = line.Number,
        };

        var rows = section.Explanation.Targets;
        var continuation = number.Length == 0 && row.Indicator.Length == 0 && row.Target.Length == 0 && !line.IsExplicitRow;
        if (continuation && rows.Count > 0)
        {
            rows[^1].Explanation = Join(rows[^1].Explanation, row.Explanation);
            return;
        }

        rows.Add(row);
    }

    private void ReadSectionLine(string text)
    {
        var state = section!;
        var trimmed = text.Trim();
        Match match;
        if ((match = SasaranLabel().Match(trimmed)).Success)
        {
            state.Mode = SectionMode.Sasaran;
            var inline = TextCleaner.Clean(match.Groups["value"].Value);
            if (inline.Length > 0)
            {
                state.Explanation.Sasaran = Join(state.Explanation.Sasaran, CleanSasaran(inline));
                state.Mode = SectionMode.Description;
            }

            return;
        }

        if (PenjelasanLabel().IsMatch(trimmed))
        {
            state.Mode = SectionMode.Description;
            return;
        }

        if ((match = UraianLabel().Match(trimmed)).Success)
        {
            state.Mode = SectionMode.Uraian;
            var inline = match.Groups["value"].Value.Trim();
            if (inline.Length > 0)
                ReadUraian(TextCleaner.Clean(inline));
            return;
        }

        if ((match = IndicatorLabel().Match(trimmed)).Success)
        {
            state.Mode = SectionMode.Indicator;
            var name = TextCleaner.Clean(match.Groups["value"].Value).TrimEnd('.');
            if (name.Length > 0)
                state.IndicatorNames.Add(name);
            return;
        }

        if (TargetLabel().IsMatch(trimmed))
        {
            state.Mode = SectionMode.Target;
            return;
        }

        if (Boilerplate().IsMatch(trimmed))
            return;

        var clean = TextCleaner.Clean(trimmed);
        switch (state.Mode)
        {
            case SectionMode.Sasaran:
                state.Explanation.Sasaran = Join(state.Explanation.Sasaran, CleanSasaran(clean));
                state.Mode = SectionMode.Description;
                break;
            case SectionMode.Uraian:
                ReadUraian(clean);
                break;
            default:
                AppendDescription(clean);
                break;
        }
    }

    /// <summary>"Meningkatnya X. yang dimaksud dalam sasaran kinerja ini adalah ...": the sasaran, then its description.</summary>
    private void ReadUraian(string text)
    {
        var explanation = section!.Explanation;
        if (explanation.Sasaran.Length == 0)
        {
            var split = MeaningClause().Match(text);
            explanation.Sasaran = (split.Success ? text[..split.Index] : FirstSentence(text)).Trim().TrimEnd('.', ',');
        }

        AppendDescription(text);
    }

    private void AppendDescription(string text)
    {
        if (text.Length == 0)
            return;
        section ??= new SectionState(new SasaranExplanation());
        var explanation = section.Explanation;
        if (explanation.Description.Length + text.Length >= DocumentLimits.FieldCharacters)
        {
            ReportOverflow();
            return;
        }

        explanation.Description = explanation.Description.Length == 0 ? text : explanation.Description + "\n" + text;
    }

    private void CloseSection()
    {
        if (section is null)
            return;
        var explanation = section.Explanation;
        // "Indikator Kinerja : X" names the indicator when the table row does not.
        for (var i = 0; i < explanation.Indicators.Count && i < section.IndicatorNames.Count; i++)
        {
            if (explanation.Indicators[i].Indicator.Length == 0)
                explanation.Indicators[i].Indicator = section.IndicatorNames[i];
        }

        // A target table without an indicator column lists the targets in the order of the indicators above it.
        for (var i = 0; i < explanation.Targets.Count; i++)
        {
            if (explanation.Targets[i].Indicator.Length > 0)
                continue;
            if (i < explanation.Indicators.Count && explanation.Indicators[i].Indicator.Length > 0)
                explanation.Targets[i].Indicator = explanation.Indicators[i].Indicator;
            else if (i < section.IndicatorNames.Count)
                explanation.Targets[i].Indicator = section.IndicatorNames[i];
        }

        explanations.Add(explanation);
        section = null;
        table = null;
    }

    /// <summary>A Lampiran heading is a few lines ("LAMPIRAN I", the agreement, the position, the year); the lines after these are read as they are.</summary>
    private const int HeadingLines = 8;

    private void ReadLampiranHeading(int index)
    {
        var parts = new List<string>();
        var number = lines[index].Number;
        for (var i = index; i < lines.Count && i < index + HeadingLines && !lines[i].IsBlank && !lines[i].IsTableRow; i++)
            parts.Add(TextCleaner.StripMarkers(lines[i].Text).Trim());

        position = index + parts.Count - 1;
        var joined = string.Join(' ', parts).ToUpperInvariant();
        var lampiran = LampiranNumber().Match(joined);
        var which = lampiran.Success ? lampiran.Groups["n"].Value : (joined.Contains("PENJELASAN", StringComparison.Ordinal) ? "2" : "1");
        which = which switch { "I" => "1", "II" => "2", "III" => "3", _ => which };

        var named = joined;
        foreach (var noise in HeadingNoise())
            named = noise.Replace(named, " ");
        named = string.Join(' ', named.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '*', '.', ',');
        if (named.Length > 0)
            headings.Add(new LampiranHeading { Lampiran = "Lampiran " + which, NamedPosition = named, SourceLine = number });
    }

    /// <summary>Signature blocks, places and dates, NIP lines, titles: the structure of the pages.</summary>
    private bool ReadSignatureOrFurniture(string text, SourceLine line, int index)
    {
        var trimmed = text.Trim();
        var date = PlaceAndDate().Match(trimmed);
        if (date.Success)
        {
            var parsed = IndonesianDate.Parse(date.Groups["date"].Value);
            if (parsed.Success && signedAt is null)
            {
                signedAt = parsed.Value;
                var printedPlace = date.Groups["place"].Value.Trim();
                place = TextNormalizer.IsMostlyUpperCase(printedPlace) ? TextNormalizer.TitleCase(printedPlace) : printedPlace;
            }

            return true;
        }

        var nip = NipLine().Match(trimmed);
        if (nip.Success)
        {
            AttachNip(nip.Groups["nip"].Value.Trim(), index);
            return true;
        }

        if (StatementLine().IsMatch(trimmed))
            return true;

        if (MatchParty(trimmed) is { } role)
        {
            signatures.Add(new SignatureName { Role = role, PrintedName = PersonName.Parse(trimmed).Printed, SourceLine = line.Number });
            return true;
        }

        return trimmed.Length <= 120 && (TextNormalizer.IsMostlyUpperCase(trimmed) || SignatureLabel().IsMatch(trimmed) ||
                                          DocumentHeader.IsTitleLine(trimmed) || trimmed.Length <= 2);
    }

    private void AttachNip(string printed, int index)
    {
        // The NIP belongs to the name printed just above it.
        for (var i = index - 1; i >= Math.Max(0, index - 4); i--)
        {
            if (lines[i].IsBlank)
                continue;
            var name = TextCleaner.StripMarkers(lines[i].Text).Trim();
            var role = MatchParty(name);
            if (role is null)
                break;

            var signature = signatures.LastOrDefault(s => s.SourceLine == lines[i].Number);
            if (signature is not null)
                signature.NipAsPrinted = printed;
            var party = role == PartyRole.First ? first! : second!;
            party.Nip ??= printed;
            return;
        }

        findings.Add(Unplaced(lines[index]));
    }

    private PartyRole? MatchParty(string text)
    {
        if (text.Length > 80 || text.Contains(':', StringComparison.Ordinal))
            return null;
        var candidate = PersonName.Parse(text).Comparable;
        if (candidate.Length == 0)
            return null;
        if (NameMatcher.SamePerson(candidate, PersonName.Parse(first!.Name!).Comparable))
            return PartyRole.First;
        if (NameMatcher.SamePerson(candidate, PersonName.Parse(second!.Name!).Comparable))
            return PartyRole.Second;
        return null;
    }

    private Finding Unplaced(SourceLine line)
    {
        var excerpt = TextCleaner.Clean(line.Text);
        if (excerpt.Length > 80)
            excerpt = excerpt[..77] + "...";
        return new Finding(Severity.Warning, FindingCodes.UnplacedText,
            string.Format(CultureInfo.InvariantCulture, Messages.UnplacedText, excerpt),
            string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{line.Number}"));
    }

    private static bool IsLampiranHeading(string text)
    {
        var match = LampiranWord().Match(text.Trim());
        return match.Success && TextNormalizer.Levenshtein(match.Value.ToUpperInvariant(), "LAMPIRAN") <= 2;
    }

    private static string? OfficeFromPosition(string position)
    {
        var match = CamatPosition().Match(position);
        return match.Success ? "Kecamatan " + TextNormalizer.TitleCase(match.Groups["name"].Value) : null;
    }

    /// <summary>
    /// Maps a row's cells to the header's columns. A row with more cells than the header (a table nested inside a
    /// cell, flattened by the extraction) keeps its last cell in the last column and joins the extra cells into the
    /// column before it.
    /// </summary>
    private static string[] MapCells(string[] cells, int width)
    {
        if (cells.Length <= width || width < 2)
            return cells;
        var mapped = cells[..width];
        mapped[width - 1] = cells[^1];
        mapped[width - 2] = string.Join(" | ", cells[(width - 2)..^1].Where(c => c.Length > 0));
        return mapped;
    }

    private static string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index].Trim() : string.Empty;

    /// <summary>A field and the rest of it from the next line; past <see cref="DocumentLimits.FieldCharacters"/> the line is reported, not joined.</summary>
    private string Join(string a, string b)
    {
        if (a.Length + b.Length >= DocumentLimits.FieldCharacters)
        {
            ReportOverflow();
            return a;
        }

        return a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;
    }

    /// <summary>The current line could not be joined to the field it continues: it becomes a finding (once).</summary>
    private void ReportOverflow()
    {
        if (current is null || overflowReported == current.Number)
            return;
        overflowReported = current.Number;
        findings.Add(Unplaced(current));
    }

    private static string? SectionWord(string text) =>
        TextNormalizer.Key(text) switch
        {
            "SASARAN" => "SASARAN",
            "PROGRAM" => "PROGRAM",
            "KEGIATAN" => "KEGIATAN",
            "SUB KEGIATAN" => "SUB KEGIATAN",
            "SASARAN STRATEGIS" => "SASARAN STRATEGIS",
            "SASARAN PROGRAM" => "SASARAN PROGRAM",
            "SASARAN KEGIATAN" => "SASARAN KEGIATAN",
            "SASARAN SUB KEGIATAN" => "SASARAN SUB KEGIATAN",
            _ => null,
        };

    /// <summary>"- Terlaksananya X." → "Terlaksananya X".</summary>
    private static string CleanSasaran(string text) => text.TrimStart('-', ' ').TrimEnd('.', ' ');

    private static string FirstSentence(string text)
    {
        var index = text.IndexOf(". ", StringComparison.Ordinal);
        return index > 0 ? text[..index] : text;
    }

    [GeneratedRegex(@"^\s*Nama\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^\s*Jabatan\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PositionLine();

    // A letter among the digits is kept (not a reason to skip the line): the NIP rule reports it.
    [GeneratedRegex(@"^\s*NIP\.?\s*:?\s*(?<nip>\d[\d .\p{L}]*\d)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NipLine();

    [GeneratedRegex(@"disebut\s+(?:sebagai\s+)?pihak\s+(?<role>pertama|kedua)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLine();

    [GeneratedRegex(@"^(?:Dalam rangka|Pihak (?:Pertama|Kedua)\s+(?:berjanji|akan)|Selanjutnya disebut|Selaku atasan|Nama\s*:|Jabatan\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex StatementLine();

    [GeneratedRegex(@"^\(?\s*Pihak\s+(?:Pertama|Kedua)\s*\)?\s*[;:,]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLabel();

    [GeneratedRegex(@"^(?<place>[^,\t\d]{2,40}),\s*(?<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*$")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^[A-Za-z]{6,9}\b")]
    private static partial Regex LampiranWord();

    [GeneratedRegex(@"\bL\w{5,7}\s+(?<n>\d+|I{1,3})\b")]
    private static partial Regex LampiranNumber();

    private static Regex[] HeadingNoise() =>
    [
        LampiranPrefix(), AgreementWords(), ExplanationWords(), YearWords(), OfficeWords(),
    ];

    [GeneratedRegex(@"\bL\w{5,7}(\s+(\d+|I{1,3}))?\b")]
    private static partial Regex LampiranPrefix();

    [GeneratedRegex(@"\bPERJANJIAN KINERJA( PERUBAHAN)?\b")]
    private static partial Regex AgreementWords();

    [GeneratedRegex(@"\bPENJELASAN( KINERJA)?\b")]
    private static partial Regex ExplanationWords();

    [GeneratedRegex(@"\bTAHUN( ANGGARAN)?\s*:?\s*\d{4}\b")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"\b(KANTOR\s+)?(KECAMATAN|KABUPATEN)(\s+KECAMATAN)?\s+[A-Z]+(\s+TIMUR|\s+BARAT|\s+UTARA|\s+SELATAN|\s+TENGAH)?\b")]
    private static partial Regex OfficeWords();

    [GeneratedRegex(@"^(?:\d+\.\s*)?(?:Sasaran(?:\s+(?:Strategis|Program|Kegiatan|Sub\s+Kegiatan))?\s*:?\s*(?:[IVXLC]+|\d[\d.]*)\.?|Penjelasan(?:\s+Sasaran)?(?:\s+Kinerja)?\s*\d+\.?|Penjelasan\s+Kinerja)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"^-?\s*Sasaran\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SasaranLabel();

    [GeneratedRegex(@"^-?\s*Penjelasan\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PenjelasanLabel();

    [GeneratedRegex(@"^(?:[A-Z]\.\s*)?Uraian\s+Sasaran\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex UraianLabel();

    [GeneratedRegex(@"^(?:[A-Z]\.\s*)?Indikator\s+Kinerja\s*\.?\s*(?::\s*(?<value>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorLabel();

    [GeneratedRegex(@"^(?:[A-Z]\.\s*)?Target\s+Kinerja\s*\.?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetLabel();

    [GeneratedRegex(@"^(?:Indikator ini menggambarkan|Sasaran kinerja ini memiliki|Dalam perjanjian kinerja ini)", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"[.,]\s+yang dimaksud\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeaningClause();

    [GeneratedRegex(@"^\(?\s*\d{1,2}\s*\)?$")]
    private static partial Regex ColumnNumberCell();

    [GeneratedRegex(@"^(?:Jumlah|Total)(?:\s+(?:Total|Anggaran|Keseluruhan))?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^-{2,}$")]
    private static partial Regex DashCell();

    [GeneratedRegex(@"^(?<number>(?:\d+\.)+\d*|[IVX]+\.|[A-Z]\.)\s+(?<text>\S.*)$")]
    private static partial Regex EmbeddedNumber();

    [GeneratedRegex(@"^(?:PLT\.?|PLH\.?)?\s*CAMAT\s+(?<name>[A-Z][A-Z ]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CamatPosition();

    private sealed class PartyDraft
    {
        public string? Name { get; set; }

        public string? Position { get; set; }

        public string? Nip { get; set; }

        public int Line { get; set; }
    }

    private enum SectionMode
    {
        None,
        Sasaran,
        Uraian,
        Description,
        Indicator,
        Target,
    }

    private sealed class SectionState(SasaranExplanation explanation)
    {
        public SasaranExplanation Explanation { get; } = explanation;

        public SectionMode Mode { get; set; }

        public List<string> IndicatorNames { get; } = [];
    }
}
