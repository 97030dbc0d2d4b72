using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>A line of the anggaran table: a program, kegiatan or sub kegiatan with its amount.</summary>
public sealed class BudgetLine
{
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

    public string Number { get; private set; } = string.Empty;

    public BudgetLevel Level { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The nomenclature code (e.g. 7.01.01.2.02.0001) when known.</summary>
    public string? Code { get; set; }

    public Rupiah Amount { get; private set; }

    /// <summary>The source of funds, e.g. APBD.</summary>
    public string? Source { get; private set; }

    public int? SourceLine { get; private set; }

    /// <summary>What this line holds, as an editor sees it.</summary>
    public BudgetLineContent Content => new(Level, Name, Code, Amount, Source);

    internal void Change(BudgetLineContent content)
    {
        Level = content.Level;
        Name = content.Name.Trim();
        Code = string.IsNullOrWhiteSpace(content.Code) ? null : content.Code.Trim();
        Amount = content.Amount;
        Source = string.IsNullOrWhiteSpace(content.Source) ? null : content.Source.Trim();
    }

    /// <summary>The number the table's hierarchy gives the line (see <see cref="BudgetOutline"/>).</summary>
    internal void Renumber(string number) => Number = number;
}
