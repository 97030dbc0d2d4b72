using System.Text;

namespace Kinerja.Domain.Organisation;

/// <summary>
/// Compares names of regions, offices and positions as documents print them: case, dots, commas and spacing
/// do not matter, and an acting prefix (Plt., Plh., Pj., Pjs.) does not make another position.
/// </summary>
public static class OrganisationName
{
    private static readonly string[] ActingPrefixes = ["plt", "plh", "pj", "pjs"];

    private static readonly string[] RegionKinds = ["kabupaten", "kab", "kota", "provinsi"];

    /// <summary>Lower case words joined by single spaces: "KECAMATAN  Kalaena." → "kecamatan kalaena".</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '/')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }

        return builder.ToString().Trim();
    }

    /// <summary>The key of a position title without its acting prefix: "Plt. CAMAT KALAENA" → "camat kalaena".</summary>
    public static string PositionKey(string title)
    {
        var key = Key(title);
        foreach (var prefix in ActingPrefixes)
        {
            if (key.StartsWith(prefix + " ", StringComparison.Ordinal))
                return key[(prefix.Length + 1)..];
        }

        return key;
    }

    /// <summary>
    /// The key of a position title within a region, where documents may add or drop the region's place name:
    /// "BUPATI LUWU TIMUR" and "BUPATI" in "Kabupaten Luwu Timur" are both "bupati".
    /// </summary>
    public static string PositionKeyIn(string title, string regionName)
    {
        var key = PositionKey(title);
        var place = Key(regionName);
        foreach (var kind in RegionKinds)
        {
            if (place.StartsWith(kind + " ", StringComparison.Ordinal))
            {
                place = place[(kind.Length + 1)..];
                break;
            }
        }

        return place.Length > 0 && key.EndsWith(" " + place, StringComparison.Ordinal) ? key[..^(place.Length + 1)] : key;
    }

    /// <summary>The title without its acting prefix, as printed otherwise: "Plt. CAMAT KALAENA" → "CAMAT KALAENA".</summary>
    public static string WithoutActingPrefix(string title)
    {
        var trimmed = title.Trim();
        foreach (var prefix in ActingPrefixes)
        {
            if (trimmed.Length > prefix.Length
                && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (trimmed[prefix.Length] == '.' || trimmed[prefix.Length] == ' '))
                return trimmed[(prefix.Length + 1)..].TrimStart('.', ' ');
        }

        return trimmed;
    }
}
