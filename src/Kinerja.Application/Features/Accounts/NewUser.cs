using Kinerja.Domain.Access;

namespace Kinerja.Application.Features.Accounts;

/// <summary>An account to create (see <see cref="CreateUser"/>).</summary>
public sealed record NewUser(string UserName, string DisplayName, string Password, Role Role, Guid? OfficeId = null, Guid? PersonId = null);
