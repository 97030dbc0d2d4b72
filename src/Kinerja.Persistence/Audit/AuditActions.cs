namespace Kinerja.Persistence.Audit;

/// <summary>
/// The <see cref="AuditEntry.Action"/> values: a row created, updated or deleted, or for an agreement whose status
/// changed, the workflow verb of the new status.
/// </summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
    public const string Submitted = "Submitted";
    public const string Returned = "Returned";
    public const string Approved = "Approved";
    public const string Signed = "Signed";
    public const string Published = "Published";
}
