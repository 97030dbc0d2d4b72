namespace Kinerja.Persistence.Audit;

/// <summary>
/// The <see cref="AuditEntry.Action"/> values: a row created, updated or deleted, or for an agreement whose status
/// changed, the workflow verb of the new status (Withdrawn: from Submitted back to Draft); PasswordChanged for an
/// account whose password changed (the hash itself is never logged).
/// </summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
    public const string Submitted = "Submitted";
    public const string Withdrawn = "Withdrawn";
    public const string Returned = "Returned";
    public const string Approved = "Approved";
    public const string Signed = "Signed";
    public const string Published = "Published";
    public const string PasswordChanged = "PasswordChanged";
}
