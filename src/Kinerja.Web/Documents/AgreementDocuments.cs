using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Export.Html;
using Kinerja.Domain;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Web.Documents;

/// <summary>
/// The documents of one agreement as the actor may read it: the print view (HTML, with the version before the
/// amendment beside changed values), DOCX. The verification link printed in the QR code starts with
/// <see cref="Hosting.PublicAddress"/> (<c>Kinerja:PublicBaseUrl</c>; never an arbitrary request's Host header).
/// </summary>
public sealed class AgreementDocuments(GetAgreement getAgreement, Hosting.PublicAddress address, TimeProvider clock)
{
    public async Task<Result<PrintedAgreement>> LoadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var result = await getAgreement.ExecuteAsync(actor, id, cancellationToken);
        if (!result.IsOk)
            return result.Map(_ => (PrintedAgreement)null!);

        var agreement = result.Value!.Agreement;
        Agreement? previous = null;
        if (agreement.SupersedesId is { } previousId)
        {
            var before = await getAgreement.ExecuteAsync(actor, previousId, cancellationToken);
            previous = before.IsOk ? before.Value!.Agreement : null;
        }

        return Result<PrintedAgreement>.Ok(new PrintedAgreement(agreement, previous, Labels.Of(agreement.Status)));
    }

    public string Html(PrintedAgreement agreement, HttpRequest request) =>
        PrintView.Render(agreement, Options(request));

    /// <summary>The print view of several agreements (e.g. all of an office and year), in hierarchy order.</summary>
    public string Html(IReadOnlyList<PrintedAgreement> agreements, HttpRequest request) =>
        PrintView.Render(agreements, Options(request));

    /// <summary>The Word document, with the same kop, QR code and fingerprint as the print view.</summary>
    public byte[] Docx(PrintedAgreement agreement, HttpRequest request) => Docx([agreement], request);

    public byte[] Docx(IReadOnlyList<PrintedAgreement> agreements, HttpRequest request) => DocxExporter.Write(agreements, Options(request));

    public static string FileName(Agreement agreement, string extension) =>
        string.Join('-', $"pk-{(agreement.Kind == AgreementKind.Perubahan ? "perubahan-" : string.Empty)}{agreement.Year}-{agreement.FirstParty.Position}"
            .ToLowerInvariant()
            .Split([' ', '.', ',', '/', '\\'], StringSplitOptions.RemoveEmptyEntries)) + "." + extension;

    private PrintOptions Options(HttpRequest request) => PrintOptions.ForBaseUrl(address.BaseUrl(request), Today());

    private DateOnly Today() => RegionTime.Today(clock);
}
