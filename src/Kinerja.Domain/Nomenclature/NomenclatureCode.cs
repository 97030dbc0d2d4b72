using System.Text.RegularExpressions;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Nomenclature;

/// <summary>
/// The code format of each level of the nomenclature (Kepmendagri 050-5889/2021): program 7.01.01, kegiatan
/// 7.01.01.2.02, sub kegiatan 7.01.01.2.02.0001. A sub kegiatan whose code is not yet known has none, but then
/// names its kegiatan's code.
/// </summary>
public static partial class NomenclatureCode
{
    /// <summary>An example code of the level, shown in messages.</summary>
    public static string Example(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => "7.01.01",
        BudgetLevel.Kegiatan => "7.01.01.2.02",
        _ => "7.01.01.2.02.0001",
    };

    /// <summary>The level's name in messages: "program", "kegiatan", "sub kegiatan".</summary>
    public static string LevelName(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => Messages.LevelProgram,
        BudgetLevel.Kegiatan => Messages.LevelKegiatan,
        _ => Messages.LevelSubKegiatan,
    };

    /// <summary>
    /// The bidang part of the penunjang template's codes (<c>X.XX.01</c> PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH
    /// KABUPATEN/KOTA and its kegiatan and sub kegiatan), which every office instantiates with its own bidang.
    /// </summary>
    public const string TemplatePrefix = "X.XX";

    /// <summary>The program number of the penunjang program within every bidang (X.XX.<b>01</b>).</summary>
    private const string PenunjangProgram = "01";

    /// <summary>True when <paramref name="code"/> has the format of <paramref name="level"/> (a template code as well).</summary>
    public static bool IsValid(string? code, BudgetLevel level)
    {
        if (code is null)
            return false;
        var trimmed = code.Trim();
        if (IsTemplate(trimmed))
            trimmed = "7.01" + trimmed[TemplatePrefix.Length..];
        return (level switch
        {
            BudgetLevel.Program => ProgramCode(),
            BudgetLevel.Kegiatan => KegiatanCode(),
            _ => SubKegiatanCode(),
        }).IsMatch(trimmed);
    }

    /// <summary>True for a code of the penunjang template (X.XX.01…).</summary>
    public static bool IsTemplate(string? code) =>
        code is not null && code.StartsWith(TemplatePrefix + ".", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bidang of a code: "7.01" of 7.01.02.2.04.0001; null for a template code or an unreadable one.</summary>
    public static string? BidangOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || IsTemplate(code))
            return null;
        var parts = code.Trim().Split('.');
        return parts.Length >= 3 ? parts[0] + "." + parts[1] : null;
    }

    /// <summary>True for the penunjang program of a bidang and what is under it (7.01.01, 7.01.01.2.02.0001).</summary>
    public static bool IsPenunjang(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return false;
        var parts = code.Trim().Split('.');
        return parts.Length >= 3 && parts[2] == PenunjangProgram;
    }

    /// <summary>A template code written out for a bidang: X.XX.01.2.02.0001 for 7.01 → 7.01.01.2.02.0001.</summary>
    public static string Instantiate(string templateCode, string bidang) =>
        IsTemplate(templateCode) ? bidang + templateCode.Trim()[TemplatePrefix.Length..] : templateCode;

    /// <summary>
    /// The messages of what is wrong with an entry (empty when it is sound): the code's format for its level (a
    /// sub kegiatan without a code needs its kegiatan's code instead), a name.
    /// </summary>
    public static IReadOnlyList<string> Check(NomenclatureEntry entry)
    {
        var errors = new List<string>();
        var level = LevelName(entry.Level);
        if (string.IsNullOrWhiteSpace(entry.Code))
        {
            if (entry.Level != BudgetLevel.SubKegiatan)
                errors.Add(RuleText.Format(Messages.NomenclatureCodeRequired, level));
            else if (string.IsNullOrWhiteSpace(entry.ParentCode))
                errors.Add(Messages.NomenclatureParentRequired);
            else if (!IsValid(entry.ParentCode, BudgetLevel.Kegiatan))
                errors.Add(RuleText.Format(Messages.NomenclatureCodeFormat, Messages.LevelKegiatan, entry.ParentCode.Trim(), Example(BudgetLevel.Kegiatan)));
        }
        else if (!IsValid(entry.Code, entry.Level))
        {
            errors.Add(RuleText.Format(Messages.NomenclatureCodeFormat, level, entry.Code.Trim(), Example(entry.Level)));
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
            errors.Add(Messages.NomenclatureNameRequired);
        return errors;
    }

    [GeneratedRegex(@"^\d{1,2}\.\d{2}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProgramCode();

    [GeneratedRegex(@"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex KegiatanCode();

    [GeneratedRegex(@"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubKegiatanCode();
}
