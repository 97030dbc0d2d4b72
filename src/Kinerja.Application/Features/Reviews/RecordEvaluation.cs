using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Reviews;

/// <summary>
/// The Inspektorat's evaluation of an office's PKs for a year, or of one of its agreements (score out of 100 and/or
/// notes). Evaluators only; answers the evaluation's id.
/// </summary>
public sealed class RecordEvaluation(KinerjaDbContext db, TimeProvider clock)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid officeId, int year, Guid? agreementId, decimal? score, string? notes, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanEvaluateOffices(actor))
            return Result.Forbidden();
        if (!await db.Offices.AnyAsync(o => o.Id == officeId, cancellationToken))
            return Result.NotFound();
        if (agreementId is { } id && !await db.Agreements.AnyAsync(a => a.Id == id && a.OfficeId == officeId && a.Year == year, cancellationToken))
            return Result.NotFound();

        var evaluation = Evaluation.Create(officeId, year, agreementId, score, notes, clock.GetUtcNow(), actor.UserId, actor.Name);
        if (!evaluation.Success)
            return Result.Invalid(evaluation.Errors);

        db.Evaluations.Add(evaluation.Value!);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(evaluation.Value!.Id);
    }
}
