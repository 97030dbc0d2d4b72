namespace Kinerja.Application;

/// <summary>
/// The messages of the use cases, in Indonesian, in one place. Placeholders are
/// <see cref="string.Format(IFormatProvider, string, object[])"/> arguments.
/// </summary>
public static class ApplicationMessages
{
    public const string DuplicateAgreement = "{0}: dokumen memuat lebih dari satu perjanjian {1} untuk jabatan \"{2}\" tahun {3}; tidak ada yang disimpan.";
    public const string ImportNotAllowed = "Hanya operator kantor dan administrator yang dapat mengimpor dokumen PK.";
    public const string ImportOtherOffice = "{0}: dokumen memuat perjanjian {1}; operator hanya dapat mengimpor perjanjian kantornya sendiri. Tidak ada yang disimpan.";
    public const string StoreFailed = "{0}: perjanjian tidak dapat disimpan, basis data tidak diubah ({1}).";
}
