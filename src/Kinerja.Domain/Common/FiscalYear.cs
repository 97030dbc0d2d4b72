namespace Kinerja.Domain.Common;

/// <summary>The years the system accepts for an agreement, a budget approval or a scale.</summary>
public static class FiscalYear
{
    public const int Minimum = 2000;
    public const int Maximum = 2100;

    public static bool IsValid(int year) => year is >= Minimum and <= Maximum;
}
