namespace Kinerja.Domain.Access;

/// <summary>
/// Who acts: the roles, the office an operator or official belongs to, the person an official is in the register,
/// and the account (id and display name) for review notes and the audit log. <see cref="Public"/> has no role.
/// </summary>
public sealed record Actor(IReadOnlySet<Role> Roles, Guid? OfficeId = null, Guid? PersonId = null, Guid? UserId = null, string Name = "")
{
    /// <summary>A visitor without an account.</summary>
    public static readonly Actor Public = new(new HashSet<Role>());

    public bool IsPublic => Roles.Count == 0;

    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>An actor with the given roles, e.g. <c>Actor.With([Role.Operator], officeId)</c>.</summary>
    public static Actor With(IEnumerable<Role> roles, Guid? officeId = null, Guid? personId = null, Guid? userId = null, string name = "") =>
        new(roles.ToHashSet(), officeId, personId, userId, name);

    /// <summary>True for an operator or official of <paramref name="officeId"/>.</summary>
    public bool BelongsTo(Guid? officeId, Role role) => Has(role) && OfficeId is { } own && own == officeId;
}
