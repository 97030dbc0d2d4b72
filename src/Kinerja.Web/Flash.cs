namespace Kinerja.Web;

/// <summary>Keys of the one-time messages shown after a redirect (TempData).</summary>
public static class Flash
{
    public const string Success = "flash-success";
    public const string Error = "flash-error";
}
