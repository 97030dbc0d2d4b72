using Kinerja.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kinerja.Web.Hosting;

/// <summary>Healthy when the database answers and the start-up work on it is done; otherwise 503.</summary>
public sealed class DatabaseHealthCheck(KinerjaDbContext db, DatabaseStartup startup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
            return HealthCheckResult.Unhealthy("Basis data tidak dapat dihubungi.");
        return startup.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Basis data tersambung; persiapan saat mulai belum selesai.");
    }
}
