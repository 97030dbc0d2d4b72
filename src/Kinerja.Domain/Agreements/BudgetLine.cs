using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>A line of the anggaran table: a program, kegiatan or sub kegiatan with its amount.</summary>
public sealed class BudgetLine
{
    private string? code;

    private BudgetLine()
    {
    }

    public BudgetLine(string number, BudgetLevel level, string name, Rupiah amount, string? source, int? sourceLine = null)
    {
        Number = number.Trim();
        Level = level;
        Name = name.Trim();
        Amount = amount;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        SourceLine = sourceLine;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The line's identity across versions of the agreement (see <see cref="Indicator.LineageId"/>).</summary>
    public Guid LineageId { get; private set; } = Guid.CreateVersion7();

    public string Number { get; private set; } = string.Empty;

    public BudgetLevel Level { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The nomenclature code (e.g. 7.01.01.2.02.0001) when known.</summary>
    public string? Code { get => code; init => code = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    public Rupiah Amount { get; private set; }

    /// <summary>The source of funds, e.g. APBD.</summary>
    public string? Source { get; private set; }

    public int? SourceLine { get; private set; }

    /// <summary>
    /// A line read from a document or a file, as printed (the reader's builder); a <paramref name="lineageId"/> given
    /// continues a line of another version (the interchange format carries it).
    /// </summary>
    public static BudgetLine Read(string number, BudgetLevel level, string name, Rupiah amount, string? source, string? code, int? sourceLine = null, Guid? lineageId = null)
    {
        var line = new BudgetLine(number, level, name, amount, source, sourceLine) { Code = code };
        if (lineageId is { } lineage && lineage != Guid.Empty)
            line.LineageId = lineage;
        return line;
    }

    /// <summary>What this line holds, as an editor sees it.</summary>
    public BudgetLineContent Content => new(Level, Name, Code, Amount, Source);

    internal void Change(BudgetLineContent content)
    {
        Level = content.Level;
        Name = content.Name.Trim();
        code = string.IsNullOrWhiteSpace(content.Code) ? null : content.Code.Trim();
        Amount = content.Amount;
        Source = string.IsNullOrWhiteSpace(content.Source) ? null : content.Source.Trim();
    }

    /// <summary>The nomenclature code the catalogue gives a line read without one (a reading-time enrichment).</summary>
    internal void AssignCode(string value)
    {
        if (code is null && !string.IsNullOrWhiteSpace(value))
            code = value.Trim();
    }

    /// <summary>The same line in a new version of the agreement: its content and its lineage, a new id.</summary>
    internal BudgetLine Continued()
    {
        var copy = new BudgetLine(Number, Level, Name, Amount, Source) { Code = Code };
        copy.LineageId = LineageId;
        return copy;
    }

    /// <summary>Takes the lineage of the line this one continues (<see cref="Agreement.Supersede"/>).</summary>
    internal void Continue(BudgetLine previous) => LineageId = previous.LineageId;

    /// <summary>The number the table's hierarchy gives the line (see <see cref="BudgetOutline"/>).</summary>
    internal void Renumber(string number) => Number = number;
}
