using Kinerja.Domain.Common;
using Kinerja.Domain.People;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Organisation;

/// <summary>
/// A person in the organisation register: the name without titles, the titles apart, and the NIP when a valid one
/// is known (it identifies the person; names are spelled in many ways).
/// </summary>
public sealed class Person
{
    private Person()
    {
    }

    public Person(PersonName name, Nip? nip)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name.Name);
        Name = name.Name;
        FrontTitles = name.FrontTitles;
        BackTitles = name.BackTitles;
        Nip = nip?.Digits;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The 18 digits of a valid NIP, or null.</summary>
    public string? Nip { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string FrontTitles { get; private set; } = string.Empty;

    public string BackTitles { get; private set; } = string.Empty;

    /// <summary>True when <paramref name="name"/> spells this person's name (titles, case and punctuation aside).</summary>
    public bool IsNamed(string name) =>
        string.Equals(PersonName.ComparableName(Name), PersonName.ComparableName(name), StringComparison.Ordinal);

    /// <summary>Records the NIP of a person registered without one.</summary>
    public void SetNip(Nip nip)
    {
        if (Nip is not null && Nip != nip.Digits)
            throw new InvalidOperationException("The person already has another NIP.");
        Nip = nip.Digits;
    }

    /// <summary>The name with its titles as a signature block prints it: "H. MARSUKI, S.Pd., M.M.".</summary>
    public string PrintedName =>
        (FrontTitles.Length > 0 ? FrontTitles + " " : string.Empty) + Name + (BackTitles.Length > 0 ? ", " + BackTitles : string.Empty);

    /// <summary>Corrects the name and the titles.</summary>
    public Outcome Rename(string name, string? frontTitles, string? backTitles)
    {
        if (string.IsNullOrWhiteSpace(name))
            return Outcome.Fail(Messages.PersonNameRequired);

        Name = name.Trim();
        FrontTitles = (frontTitles ?? string.Empty).Trim();
        BackTitles = (backTitles ?? string.Empty).Trim().TrimStart(',').Trim();
        return Outcome.Ok();
    }

    /// <summary>Sets or corrects the NIP (printed with or without spaces) or clears it (null or blank); an invalid NIP is refused.</summary>
    public Outcome ChangeNip(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            Nip = null;
            return Outcome.Ok();
        }

        var validation = People.Nip.Validate(printed);
        if (validation.Nip is null)
            return Outcome.Fail(NipRule.Describe(validation, printed.Trim(), PrintedName));

        Nip = validation.Nip.Digits;
        return Outcome.Ok();
    }
}
