namespace Kinerja.Domain.Access;

/// <summary>
/// What a signed-in user may do (issue 3): the kabupaten's administrator, an office's operator, an official (signs
/// and approves), the Inspektorat's evaluator. A visitor without an account has no role: the public.
/// </summary>
public enum Role
{
    Administrator,
    Operator,
    Official,
    Evaluator,
}
