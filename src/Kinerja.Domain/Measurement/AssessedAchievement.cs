namespace Kinerja.Domain.Measurement;

/// <summary>
/// A capaian placed on a scale: the value as computed, the value to show (at most the display cap), whether it was
/// capped, and the category, which always follows the value as computed.
/// </summary>
public sealed record AssessedAchievement(decimal Actual, decimal Shown, bool Capped, string Category);
