namespace Kinerja.Domain.Agreements;

/// <summary>What importing an agreement does with the stored one of the same natural key (<see cref="ReimportRule"/>).</summary>
public enum ImportOutcome
{
    /// <summary>Not stored before: inserted.</summary>
    Created,

    /// <summary>Stored from an earlier import, untouched since, with other content: replaced.</summary>
    Updated,

    /// <summary>Stored with the same content: left as it was.</summary>
    Unchanged,

    /// <summary>Stored and worked on (in the workflow, edited, signed or published, with evidence or notes): kept, and the import of its document refused.</summary>
    Refused,
}
