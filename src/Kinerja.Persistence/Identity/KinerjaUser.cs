using Microsoft.AspNetCore.Identity;

namespace Kinerja.Persistence.Identity;

/// <summary>
/// An account (ASP.NET Core Identity): the name shown, and for an operator or official the office they belong to,
/// for an official the person they are in the organisation register. Roles are Identity roles named after
/// <see cref="Domain.Access.Role"/>.
/// </summary>
public sealed class KinerjaUser : IdentityUser<Guid>
{
    public KinerjaUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = string.Empty;

    public Guid? OfficeId { get; set; }

    public Guid? PersonId { get; set; }
}
