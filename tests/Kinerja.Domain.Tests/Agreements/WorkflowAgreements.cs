using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

/// <summary>Complete agreements brought to a status through the workflow's own methods.</summary>
internal static class WorkflowAgreements
{
    public static readonly DateOnly SignedOn = new(2025, 1, 2);

    public static readonly DateOnly ApprovedOn = new(2025, 1, 2);

    public static Agreement Complete(string? sourceName = "pk.txt") =>
        AgreementBuilder.For()
            .From(sourceName)
            .Sasaran("Meningkatnya kualitas pelayanan umum", ("Persentase layanan tepat waktu", "100%"))
            .SubKegiatan("Penyediaan Gaji dan Tunjangan ASN", 1_000_000)
            .Build();

    /// <summary>A complete agreement, given what <paramref name="drawUp"/> adds while it is a draft, brought to <paramref name="status"/>.</summary>
    public static Agreement In(AgreementStatus status, string? sourceName = "pk.txt", Action<Agreement>? drawUp = null)
    {
        var agreement = Complete(sourceName);
        drawUp?.Invoke(agreement);
        var steps = status switch
        {
            AgreementStatus.Draft => [],
            AgreementStatus.Submitted => [Submit],
            AgreementStatus.Returned => [Submit, Return],
            AgreementStatus.Approved => [Submit, Approve],
            AgreementStatus.Signed => [Submit, Approve, Sign],
            AgreementStatus.Published => new Func<Agreement, bool>[] { Submit, Approve, Sign, Publish },
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in steps)
            Assert.True(step(agreement));
        Assert.Equal(status, agreement.Status);
        return agreement;
    }

    private static bool Submit(Agreement a) => a.Submit().Success;

    private static bool Return(Agreement a) => a.Return("Target belum sesuai Renstra.").Success;

    private static bool Approve(Agreement a) => a.Approve(ApprovedOn).Success;

    private static bool Sign(Agreement a) => a.Sign("sha256:abc", SignedOn, SignedOn).Success;

    private static bool Publish(Agreement a) => a.Publish().Success;
}
