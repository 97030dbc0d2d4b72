using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Tests;

/// <summary>
/// Everything a round trip must keep of an agreement, written out line by line so that a difference shows where it
/// is: key, parties (name, NIP, position), place, date, kind, every sasaran with its indicators and targets (value
/// and unit), every budget line (level, name, amount, source).
/// </summary>
internal static class AgreementSnapshot
{
    public static string Of(Agreement a)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"{a.Key} {a.Kind} {a.Year} {a.Office} | {a.Region} | {a.Place} | {a.SignedAt:yyyy-MM-dd}");
        foreach (var p in new[] { a.FirstParty, a.SecondParty })
            s.AppendLine(CultureInfo.InvariantCulture, $"party {p.PrintedName} | {p.NipForExchange} | {p.Position}");
        foreach (var sasaran in a.Sasarans)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"sasaran {sasaran.Number} {sasaran.Level} {sasaran.Text}");
            foreach (var i in sasaran.Indicators)
                s.AppendLine(CultureInfo.InvariantCulture, $"  indicator {i.Text} = {i.Target.Value} {i.Target.Unit}");
        }

        foreach (var b in a.BudgetLines)
            s.AppendLine(CultureInfo.InvariantCulture, $"budget {b.Number} {b.Level} {b.Name} = {b.Amount.Value} {b.Source}");
        return s.ToString();
    }
}
