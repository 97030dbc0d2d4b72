using System.Globalization;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// "LAMPIRAN 1 / PERJANJIAN KINERJA CAMAT KALAENA / TAHUN 2025". The official named is the one the document's heading
/// named when it was imported (kept so that a heading naming another official stays visible), else Pihak Pertama.
/// </summary>
internal static class LampiranHeadingText
{
    public static string For(Agreement agreement, int lampiran)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"Lampiran {lampiran}");
        var named = agreement.LampiranHeadings.FirstOrDefault(h => string.Equals(h.Lampiran, key, StringComparison.Ordinal))?.NamedPosition
                    ?? agreement.FirstParty.Position.ToUpper(IndonesianCulture.Instance);
        var agreementLine = agreement.Kind == AgreementKind.Perubahan ? AgreementWording.LampiranAmendment : AgreementWording.LampiranAgreement;
        return string.Join(
            '\n',
            string.Format(CultureInfo.InvariantCulture, AgreementWording.LampiranHeading, lampiran),
            string.Format(CultureInfo.InvariantCulture, agreementLine, named),
            string.Format(CultureInfo.InvariantCulture, AgreementWording.LampiranYear, agreement.Year));
    }
}
