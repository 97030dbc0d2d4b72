using System.Globalization;

namespace Kinerja.Domain.People;

/// <summary>
/// Nomor Induk Pegawai (DOMAIN.md §7): 18 digits = birth date YYYYMMDD + TMT CPNS YYYYMM + gender (1/2)
/// + 3-digit sequence ≥ 001. PPPK numbers carry a code greater than 12 in the TMT month place and are
/// recognised as such rather than rejected. An instance always holds 18 digits that passed validation.
/// </summary>
public sealed record Nip
{
    /// <summary>A civil servant starts at the earliest at about 18 (DOMAIN.md §7).</summary>
    private const int MinimumAgeAtAppointment = 18;

    /// <summary>No serving civil servant was born before this year; an earlier "birth date" is a typo.</summary>
    private const int EarliestBirthYear = 1900;

    private Nip(string digits, bool isPppk)
    {
        Digits = digits;
        IsPppk = isPppk;
    }

    /// <summary>The 18 digits without spaces.</summary>
    public string Digits { get; }

    /// <summary>True for a PPPK number (code above 12 in the month place).</summary>
    public bool IsPppk { get; }

    public DateOnly BirthDate => DateOnly.ParseExact(Digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>1 male, 2 female.</summary>
    public int Gender => Digits[14] - '0';

    /// <summary>Printed grouped: <c>19701024 199203 2 005</c>.</summary>
    public string Grouped => $"{Digits[..8]} {Digits[8..14]} {Digits[14]} {Digits[15..]}";

    public override string ToString() => Digits;

    /// <summary>The digits of a printed NIP, spaces and dots removed; null when there are none.</summary>
    public static string? DigitsOf(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
            return null;
        var digits = new string(printed.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    /// <summary>
    /// Validates a printed NIP (with or without spaces, dots or dashes, after an optional "NIP" label). A letter
    /// between its first and last digit is a <see cref="NipProblem.Letter"/>, not a character to skip.
    /// </summary>
    public static NipValidation Validate(string? printed)
    {
        var digits = DigitsOf(printed);
        if (digits is not null && HasLetterInside(printed!))
            return new NipValidation(null, NipProblem.Letter, digits);
        if (digits is null || digits.Length != 18)
            return new NipValidation(null, NipProblem.Length, digits);

        if (!DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < EarliestBirthYear)
            return new NipValidation(null, NipProblem.BirthDate, digits);

        var tmtYear = int.Parse(digits[8..12], CultureInfo.InvariantCulture);
        var tmtMonth = int.Parse(digits[12..14], CultureInfo.InvariantCulture);
        var isPppk = tmtMonth > 12;
        if (tmtMonth < 1)
            return new NipValidation(null, NipProblem.TmtMonth, digits);
        if (!isPppk && tmtYear - birth.Year < MinimumAgeAtAppointment)
            return new NipValidation(null, NipProblem.TmtBeforeAdulthood, digits);

        var gender = digits[14];
        if (gender is not ('1' or '2'))
            return new NipValidation(null, NipProblem.Gender, digits);
        if (digits[15..] == "000")
            return new NipValidation(null, NipProblem.Sequence, digits);

        return new NipValidation(new Nip(digits, isPppk), NipProblem.None, digits);
    }

    private static bool HasLetterInside(string printed)
    {
        var first = printed.IndexOfAny("0123456789".ToCharArray());
        var last = printed.LastIndexOfAny("0123456789".ToCharArray());
        return printed[first..last].Any(char.IsLetter);
    }
}

/// <summary>The result of <see cref="Nip.Validate"/>: a valid <see cref="Nip"/> or the problem found.</summary>
public sealed record NipValidation(Nip? Nip, NipProblem Problem, string? Digits)
{
    public bool IsValid => Nip is not null;
}
