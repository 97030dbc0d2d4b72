using System.Reflection;
using Kinerja.Application.Features.Audit;
using Kinerja.Persistence.Audit;

namespace Kinerja.Persistence.Tests.Application.Features.Audit;

/// <summary>Every action the audit log records reads as an Indonesian verb, and is found by it.</summary>
public sealed class AuditVocabularyTests
{
    public static TheoryData<string> AllActions() =>
        new(typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!));

    [Theory]
    [MemberData(nameof(AllActions))]
    public void EveryAction_HasAnIndonesianVerb_ThatFindsIt(string action)
    {
        var verb = AuditVocabulary.Verb(action);

        Assert.NotEqual(action, verb);
        Assert.Contains(action, AuditVocabulary.Match(verb).Actions);
    }
}
