namespace Kinerja.Application.Features.Import;

/// <summary>What an import did with one agreement, found by its natural key.</summary>
public enum ImportOutcome
{
    /// <summary>Not stored before: inserted.</summary>
    Created,

    /// <summary>Stored with other content: replaced.</summary>
    Updated,

    /// <summary>Stored with the same content: left as it was.</summary>
    Unchanged,
}
