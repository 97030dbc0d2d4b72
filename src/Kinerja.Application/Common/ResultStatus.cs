namespace Kinerja.Application.Common;

/// <summary>
/// How a use case ended. The web maps them once: NotFound → 404 (also for a record of another office or one the
/// actor may not read), Forbidden → 403 (readable, but the actor may not do this), Invalid → the form again with
/// the messages, Conflict → 409 with the message (e.g. the record already exists or its status refuses the action).
/// </summary>
public enum ResultStatus
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}
