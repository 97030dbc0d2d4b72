using System.Text.Json;
using Kinerja.Domain.Agreements;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>Every public value of an agreement graph as JSON, for comparing what was saved with what came back.</summary>
internal static class AgreementSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(Agreement agreement) => JsonSerializer.Serialize(agreement, Options);
}
