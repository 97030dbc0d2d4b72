namespace Kinerja.Domain.Agreements;

/// <summary>Awal: the agreement signed at the start of the year. Perubahan: an amendment that supersedes it.</summary>
public enum AgreementKind
{
    Awal,
    Perubahan,
}

/// <summary>The level of a sasaran (DOMAIN.md §2).</summary>
public enum SasaranLevel
{
    Strategis,
    Program,
    Kegiatan,
    SubKegiatan,
}

/// <summary>The level of a budget line in the nomenclature.</summary>
public enum BudgetLevel
{
    Program,
    Kegiatan,
    SubKegiatan,
}

/// <summary>Whether a higher realisation is better (the default) or a lower one.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How four quarterly realisations make the yearly one (DOMAIN.md §4).</summary>
public enum YearlyAggregation
{
    Sum,
    LastQuarter,
    Average,
}

/// <summary>Which side of the agreement.</summary>
public enum PartyRole
{
    First,
    Second,
}
