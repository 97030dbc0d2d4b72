using Kinerja.Persistence.Audit;

namespace Kinerja.Web.Security;

/// <summary>The audit log's "who" in the web: the signed-in user of the current request, else the system.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Guid? UserId => accessor.HttpContext?.User.ToActor().UserId;

    public string UserName
    {
        get
        {
            var actor = accessor.HttpContext?.User.ToActor();
            return actor is null || actor.IsPublic ? SystemAuditActor.Instance.UserName : actor.Name;
        }
    }
}
