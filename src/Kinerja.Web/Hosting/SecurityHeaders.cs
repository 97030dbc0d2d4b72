using Kinerja.Documents.Export.Html;

namespace Kinerja.Web.Hosting;

/// <summary>
/// The headers every response carries, pages, static files, error and status pages alike (set when the response
/// starts, so the exception handler's clearing of the response does not lose them):
/// a Content-Security-Policy without inline script (scripts and styles come from the application's own files; the
/// print view's one inline style element is allowed by its hash; no style attributes, see site.css), framing by the
/// application itself only (the PK page shows its print view in a frame), no MIME sniffing, and
/// the address of the page sent to the same site only.
/// </summary>
public static class SecurityHeaders
{
    public static readonly string ContentSecurityPolicy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' " + PrintView.StyleElementHash,
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "SAMEORIGIN";
                headers["Referrer-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
