namespace Kinerja.Documents;

/// <summary>The Indonesian messages of reading uploaded documents (DOCX, XLSX, other formats); placeholders are format arguments.</summary>
internal static class DocumentMessages
{
    public const string PdfNotSupported = "Berkas PDF belum dapat dibaca; unggah teks atau DOCX.";
    public const string LegacyOfficeNotSupported = "Berkas Word/Excel versi lama (.doc/.xls) belum dapat dibaca; simpan sebagai DOCX atau XLSX lalu unggah lagi.";
    public const string ZipNotDocx = "Berkas ZIP ini bukan dokumen Word (DOCX): tidak ada word/document.xml.";
    public const string XlsxNotAgreementDocument = "Berkas XLSX berisi tabel target dan anggaran; impor melalui templat XLSX, bukan sebagai dokumen PK.";
    public const string DocxDamaged = "Berkas DOCX rusak atau tidak dapat dibuka: {0}";
    public const string NotText = "Isi berkas bukan teks UTF-8, DOCX, atau XLSX; unggah teks atau DOCX.";
}
