using Kinerja.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence;

/// <summary>Queries over stored agreements that know the model's shadow columns.</summary>
public static class AgreementQueries
{
    /// <summary>Agreements with their sasaran, indicators and budget lines, each in document order.</summary>
    public static IQueryable<Agreement> WithDetails(this IQueryable<Agreement> agreements) =>
        agreements
            .Include(a => a.Sasarans.OrderBy(s => EF.Property<int>(s, ShadowProperties.Ordinal)))
            .ThenInclude(s => s.Indicators.OrderBy(i => EF.Property<int>(i, ShadowProperties.Ordinal)))
            .Include(a => a.BudgetLines.OrderBy(b => EF.Property<int>(b, ShadowProperties.Ordinal)))
            .AsSplitQuery();

    /// <summary>The agreement with natural key <paramref name="key"/> (see <see cref="Agreement.Key"/>), if any.</summary>
    public static IQueryable<Agreement> WithKey(this IQueryable<Agreement> agreements, string key) =>
        agreements.Where(a => EF.Property<string>(a, ShadowProperties.NaturalKey) == key);

    public static IQueryable<string?> ContentHashes(this IQueryable<Agreement> agreements) =>
        agreements.Select(a => EF.Property<string?>(a, ShadowProperties.ContentHash));

    /// <summary>The stored (reading) findings of an agreement in the order they were made.</summary>
    public static IQueryable<StoredFinding> OfAgreement(this IQueryable<StoredFinding> findings, Guid agreementId) =>
        findings.Where(f => f.AgreementId == agreementId).OrderBy(f => f.Ordinal);
}
