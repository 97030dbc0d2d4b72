using System.Globalization;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Tests.Text;

/// <summary>Compact one-line forms of an agreement's tables, for exact expectations.</summary>
internal static class SeedFormat
{
    public static string Budget(Agreement agreement) =>
        string.Join(", ", agreement.BudgetLines.Select(b =>
            (b.Level switch { BudgetLevel.Program => "P", BudgetLevel.Kegiatan => "K", _ => "S" }) + " " +
            b.Amount.Value.ToString(CultureInfo.InvariantCulture)));

    public static string Targets(Agreement agreement) =>
        string.Join(", ", agreement.Indicators.Select(i =>
            i.Target.Value!.Value.ToString(CultureInfo.InvariantCulture) + (i.Unit.Length == 0 ? string.Empty : " " + i.Unit)));
}
