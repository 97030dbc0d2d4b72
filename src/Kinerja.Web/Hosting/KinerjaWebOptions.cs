namespace Kinerja.Web.Hosting;

/// <summary>
/// Configuration section <c>Kinerja</c>: where the sample documents are, and whether an empty database gets them.
/// Relative paths are taken from the repository root (see <see cref="Application.Hosting.KinerjaPaths"/>).
/// </summary>
public sealed class KinerjaWebOptions
{
    public const string SectionName = "Kinerja";

    /// <summary>Documents imported when the database holds no agreement yet; default <c>samples/</c>.</summary>
    public string? SamplesDirectory { get; set; }

    /// <summary>
    /// The public address of the application (e.g. https://kinerja.luwutimurkab.go.id), printed in the QR code of
    /// every document page. Set it in every deployment: without it the QR code carries the request's host only when
    /// <c>AllowedHosts</c> restricts the hosts, else the address the server listens on (<see cref="PublicAddress"/>).
    /// An https address also makes the sign-in and antiforgery cookies <c>Secure</c> whatever the request says.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Debian's Chromium, which prints the PDFs; without it the print view and DOCX still work.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>
    /// True to show ASP.NET Core's developer exception page (stack trace, source paths) on a crash; only when asked
    /// (<c>Kinerja__DeveloperExceptionPage=true</c>), never because the environment is Development. Otherwise a crash
    /// shows the application's Indonesian error page.
    /// </summary>
    public bool DeveloperExceptionPage { get; set; }

    /// <summary>
    /// Sign-in attempts one client address may make a minute (<see cref="Security.SignInThrottle"/>); default 20,
    /// enough for an office behind one address whose staff sign in at eight.
    /// </summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>
    /// The reverse proxies (addresses like <c>10.0.0.5</c> or networks like <c>10.0.0.0/8</c>) whose
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed: the client address then is the forwarded one
    /// (sign-in limits) and a request the proxy received over HTTPS counts as HTTPS (the sign-in cookie is then
    /// <c>Secure</c>). Empty (the default): no forwarded header is believed.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>
    /// The region's time zone, <c>WIB</c> (UTC+7), <c>WITA</c> (UTC+8, the default) or <c>WIT</c> (UTC+9)
    /// (<c>Kinerja__TimeZone=WIB</c>): what "today" is for signing dates and the pages' default year, and the zone
    /// times are shown in, whatever the server's own time zone (see <see cref="Domain.Common.RegionTime"/>).
    /// </summary>
    public string TimeZone { get; set; } = Domain.Common.RegionTime.Default.Abbreviation;

    /// <summary>The configured <see cref="TimeZone"/> (<see cref="Domain.Common.RegionTime.FromSetting"/>).</summary>
    public static Domain.Common.RegionTime RegionTimeOf(IConfiguration configuration) =>
        Domain.Common.RegionTime.FromSetting(configuration.GetSection(SectionName)[nameof(TimeZone)]);

    /// <summary>
    /// True to import and publish the sample documents into an empty database at start: the README's first run
    /// (<c>dotnet run</c> sets <c>Kinerja__ImportSamples=true</c> in <c>Properties/launchSettings.json</c>) and
    /// development. False by default, so that a production deployment never publishes two sample kecamatan.
    /// </summary>
    public bool ImportSamples { get; set; }
}
