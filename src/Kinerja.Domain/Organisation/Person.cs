using Kinerja.Domain.People;

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
}
