namespace Kinerja.Persistence;

/// <summary>
/// A value that changes, in the same transaction, with every save that changes what it stands for: caches of derived
/// data (e.g. the findings of an office's agreements) compare it with the stamp they were computed at, so that every
/// instance of the application sharing the database sees a change made by any other. A new random value on each change
/// (not a counter), so that two instances saving at once can never leave two different states under one stamp.
/// </summary>
public sealed class ChangeStamp
{
    /// <summary>
    /// Changes with every save of an agreement or its parts, a stored (reading) finding or the nomenclature catalogue:
    /// what <c>AgreementChecker</c> reads.
    /// </summary>
    public const string FindingsKey = "findings";

    private ChangeStamp()
    {
    }

    public ChangeStamp(string key, Guid value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; private set; } = string.Empty;

    public Guid Value { get; private set; }

    internal void Renew() => Value = Guid.NewGuid();
}
