using Kinerja.Domain.Access;

namespace Kinerja.Application.Features.Accounts;

/// <summary>What the administrator changes of an account (see <see cref="ChangeUser"/>).</summary>
public sealed record UserChange(string DisplayName, Role Role, Guid? OfficeId = null, Guid? PersonId = null);
