namespace Kinerja.Domain.Measurement;

/// <summary>
/// A capaian placed on a scale: the value as written (two decimals), the value to show (at most the display cap), whether it was
/// capped, and the category, which always follows the value as written, not the cap.
/// </summary>
public sealed record AssessedAchievement(decimal Actual, decimal Shown, bool Capped, string Category);
