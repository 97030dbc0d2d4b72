namespace Kinerja.Documents.Export;

/// <summary>The Indonesian words of the print view, PDF and DOCX that are not the agreement's own wording (<see cref="AgreementWording"/>).</summary>
internal static class PrintMessages
{
    public const string DocumentTitle = "Perjanjian Kinerja {0} {1}";
    public const string Government = "PEMERINTAH {0}";
    public const string WasValue = "semula: {0}";
    public const string NewInAmendment = "baru pada perubahan";
    public const string RemovedInAmendment = "Dihapus pada perubahan:";
    public const string RemovedTarget = "{0} — {1} (semula: {2})";
    public const string RemovedBudgetLine = "{0} (semula: {1})";
    public const string ScanToVerify = "Pindai kode QR untuk memeriksa keaslian dokumen ini:";
    public const string Fingerprint = "Sidik dokumen: {0}";
    public const string Status = "Status: {0}";
    public const string GeneratedAt = "Dicetak {0}";
    public const string Separator = " · ";
    public const string NoAgreements = "Tidak ada perjanjian untuk dicetak.";
    public const string Uraian = "A. Uraian Sasaran";
    public const string IndicatorSection = "B. Indikator Kinerja";
    public const string TargetSection = "C. Target Kinerja";
}
