using System.Text;

namespace Kinerja.Domain.People;

/// <summary>
/// A name as printed, with academic and religious titles kept apart (DOMAIN.md §7): front titles have no
/// comma (Prof., Dr., dr., Ir., Drs., H., Hj.), back titles follow commas (S.Pd., M.M., S.T., IPM.). A back
/// title written without the comma ("SAMUEL N. SIP") is recognised from the list of known degrees.
/// </summary>
public sealed record PersonName(string Printed, string FrontTitles, string Name, string BackTitles)
{
    private static readonly HashSet<string> FrontTitleKeys = new(StringComparer.Ordinal)
    {
        "PROF", "DR", "DRS", "DRA", "IR", "H", "HJ", "KH", "DRG", "DRH", "APT", "NS", "PLT", "PLH",
    };

    /// <summary>Degrees (dots, spaces and case removed) that may follow a name without a comma.</summary>
    private static readonly HashSet<string> BackTitleKeys = new(StringComparer.Ordinal)
    {
        "SE", "SH", "SIP", "SPD", "SPDI", "SAG", "SAN", "SAP", "SSOS", "SPI", "SP", "SM", "ST", "SKOM", "SKM",
        "SKEP", "SSTP", "STP", "SFARM", "SHUT", "SPT", "SKED", "SPSI", "SS", "SSI", "SIKOM", "SAK", "SHI", "STH",
        "SAPT", "SGZ", "SST", "SMB", "SPN", "SPKP", "SHUM", "SEI", "SSN", "SEAK", "AMD", "AMDKEP", "AMDKEB", "AMA",
        "MM", "MSI", "MH", "MAP", "MPD", "MT", "MKES", "MKOM", "MSC", "MAG", "MA", "MKM", "MPH", "MIP", "MSE",
        "MAK", "MSOS", "MHUM", "MEC", "MPA", "MBA", "MEI", "MPDI", "MTP", "MP", "PHD", "IPM", "IPU", "CPA", "AK",
    };

    public static PersonName Parse(string printed)
    {
        var text = Clean(printed);
        if (text.Length == 0)
            return new PersonName(printed.Trim(), string.Empty, string.Empty, string.Empty);

        var commaParts = text.Split(',');
        var head = commaParts[0].Trim();
        var back = commaParts.Skip(1).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

        // Front titles: leading tokens that are known titles ending in a dot, or the bare known keys.
        var tokens = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var front = new List<string>();
        while (tokens.Count > 1 && FrontTitleKeys.Contains(Key(tokens[0])) && (tokens[0].EndsWith('.') || tokens[0].Length <= 3))
        {
            front.Add(tokens[0]);
            tokens.RemoveAt(0);
        }

        // Back titles typed without a comma: "SAMUEL N. SIP".
        var trailing = new List<string>();
        while (tokens.Count > 1 && BackTitleKeys.Contains(Key(tokens[^1])) && !IsInitial(tokens[^1]))
        {
            trailing.Insert(0, tokens[^1]);
            tokens.RemoveAt(tokens.Count - 1);
        }

        back.InsertRange(0, trailing);
        var name = string.Join(' ', tokens).TrimEnd('.', ' ');
        return new PersonName(text, string.Join(' ', front), name, string.Join(", ", back));
    }

    /// <summary>
    /// The name as a signature block prints it (DOMAIN.md §7): the name upper-cased, the titles as written, e.g.
    /// "Ir. H. IRWAN BACHRI SYAM, ST, IPM".
    /// </summary>
    public string ForSignature
    {
        get
        {
            if (Name.Length == 0)
                return Printed;
            var text = Name.ToUpper(Common.IndonesianCulture.Instance);
            if (FrontTitles.Length > 0)
                text = FrontTitles + " " + text;
            return BackTitles.Length > 0 ? text + ", " + BackTitles : text;
        }
    }

    /// <summary>The name alone, upper case, letters and single spaces: for comparing spellings.</summary>
    public string Comparable => ComparableName(Name);

    /// <summary>The titles reduced to their keys, for telling a title-only difference from a name difference.</summary>
    public string ComparableTitles =>
        string.Join(' ', (FrontTitles + " " + BackTitles).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Key));

    public static string ComparableName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToUpperInvariant())
        {
            if (char.IsLetter(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }

        return builder.ToString().Trim();
    }

    public override string ToString() => Printed;

    private static string Key(string token) =>
        new(token.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());

    private static bool IsInitial(string token) => Key(token).Length == 1;

    private static string Clean(string printed)
    {
        var s = printed.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        if (s.StartsWith('(') && s.EndsWith(')'))
            s = s[1..^1];
        // " ,S.M" → ", S.M"
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == ',' && builder.Length > 0 && builder[^1] == ' ')
                builder.Length--;
            builder.Append(c);
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
