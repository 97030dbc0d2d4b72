using Kinerja.Persistence.Audit;

namespace Kinerja.Application.Features.Audit;

/// <summary>
/// The Indonesian words of the audit log, in one place: what each stored entity type is called, the verb of each
/// action (<see cref="AuditActions"/>) and the label of each recorded field; and the reverse, the entity types and
/// actions a searched word ("perjanjian", "diajukan") stands for.
/// </summary>
public static class AuditVocabulary
{
    private sealed record Term(string Word, string[] Synonyms);

    private static readonly Dictionary<string, Term> Entities = new(StringComparer.Ordinal)
    {
        ["Agreement"] = new("perjanjian", ["pk", "perjanjian kinerja"]),
        ["Agreement.FirstParty#Party"] = new("Pihak Pertama", ["perjanjian", "pk", "pihak"]),
        ["Agreement.SecondParty#Party"] = new("Pihak Kedua", ["perjanjian", "pk", "pihak"]),
        ["Agreement.Explanations#SasaranExplanation"] = new("penjelasan Lampiran 2", ["perjanjian", "pk", "lampiran"]),
        ["Agreement.LampiranHeadings#LampiranHeading"] = new("judul lampiran", ["perjanjian", "pk", "lampiran"]),
        ["Agreement.SignatureNames#SignatureName"] = new("nama penanda tangan", ["perjanjian", "pk", "tanda tangan"]),
        ["Sasaran"] = new("sasaran", ["perjanjian", "pk"]),
        ["Indicator"] = new("indikator", ["perjanjian", "pk", "target"]),
        ["BudgetLine"] = new("baris anggaran", ["perjanjian", "pk", "anggaran", "program", "kegiatan"]),
        ["StoredFinding"] = new("temuan", ["perjanjian", "pk"]),
        ["ReviewNote"] = new("catatan", ["perjanjian", "pk", "pengembalian", "reviu"]),
        ["Evaluation"] = new("evaluasi", ["catatan evaluasi", "nilai"]),
        ["EvidenceDocument"] = new("pindaian", ["perjanjian", "pk", "bukti", "berkas"]),
        ["Region"] = new("daerah", ["kabupaten", "kota"]),
        ["Office"] = new("kantor", ["perangkat daerah", "kecamatan"]),
        ["Position"] = new("jabatan", []),
        ["Person"] = new("pegawai", ["orang", "nip"]),
        ["Assignment"] = new("penugasan", ["plt", "plh", "definitif"]),
        ["NomenclatureEntry"] = new("nomenklatur", ["katalog"]),
        ["BudgetApproval"] = new("tanggal pengesahan DPA", ["dpa", "pengesahan"]),
        ["AchievementScale"] = new("skala capaian", ["skala"]),
        ["AchievementScale.Bands#AchievementBand"] = new("kategori skala capaian", ["skala"]),
        ["KinerjaUser"] = new("akun", ["pengguna"]),
        ["IdentityUserRole<Guid>"] = new("peran akun", ["akun", "pengguna", "peran"]),
        ["IdentityRole<Guid>"] = new("peran", []),
        ["IdentityUserToken<Guid>"] = new("token akun", ["akun", "pengguna"]),
        ["IdentityUserClaim<Guid>"] = new("klaim akun", ["akun", "pengguna"]),
        ["IdentityUserLogin<Guid>"] = new("login luar akun", ["akun", "pengguna"]),
    };

    private static readonly Dictionary<string, Term> Actions = new(StringComparer.Ordinal)
    {
        [AuditActions.Created] = new("membuat", ["dibuat", "buat", "tambah", "ditambah"]),
        [AuditActions.Updated] = new("mengubah", ["diubah", "ubah", "perubahan"]),
        [AuditActions.Deleted] = new("menghapus", ["dihapus", "hapus"]),
        [AuditActions.Submitted] = new("mengajukan", ["diajukan", "ajukan", "pengajuan"]),
        [AuditActions.Returned] = new("mengembalikan", ["dikembalikan", "kembalikan", "pengembalian"]),
        [AuditActions.Approved] = new("menyetujui", ["disetujui", "setujui", "persetujuan"]),
        [AuditActions.Signed] = new("menandatangani", ["ditandatangani", "tanda tangan", "tandatangan"]),
        [AuditActions.Published] = new("memublikasikan", ["dipublikasikan", "publikasi", "publikasikan"]),
        [AuditActions.Withdrawn] = new("menarik pengajuan", ["ditarik", "tarik", "penarikan"]),
        [AuditActions.PasswordChanged] = new("mengganti kata sandi", ["kata sandi", "sandi", "password"]),
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Status"] = "status",
        ["Year"] = "tahun",
        ["Kind"] = "jenis",
        ["Office"] = "kantor",
        ["Region"] = "daerah",
        ["Place"] = "tempat",
        ["Date"] = "tanggal",
        ["SignedAt"] = "tanggal dokumen",
        ["SignedOn"] = "tanggal penandatanganan",
        ["Revision"] = "revisi",
        ["AmendmentReason"] = "alasan perubahan",
        ["AmendmentExplanation"] = "penjelasan perubahan",
        ["SignatureEvidence"] = "bukti tanda tangan",
        ["SourceName"] = "berkas sumber",
        ["Number"] = "nomor",
        ["Level"] = "tingkat",
        ["Text"] = "teks",
        ["Name"] = "nama",
        ["Title"] = "nama jabatan",
        ["Code"] = "kode",
        ["Amount"] = "anggaran",
        ["Source"] = "sumber dana",
        ["Target.Value"] = "nilai target",
        ["Target.Unit"] = "satuan target",
        ["Target.Text"] = "target",
        ["Polarity"] = "arah indikator",
        ["Aggregation"] = "cara realisasi tahunan",
        ["Definition"] = "definisi",
        ["Relevance"] = "relevansi",
        ["Formula"] = "formulasi",
        ["DataSource"] = "sumber data",
        ["TargetExplanation"] = "penjelasan target",
        ["PrintedName"] = "nama tercetak",
        ["FrontTitles"] = "gelar depan",
        ["BackTitles"] = "gelar belakang",
        ["Nip"] = "NIP",
        ["NipAsPrinted"] = "NIP tercetak",
        ["Position"] = "jabatan",
        ["Eselon"] = "eselon",
        ["From"] = "mulai",
        ["To"] = "sampai",
        ["ApprovedOn"] = "tanggal pengesahan atau persetujuan",
        ["EffectiveFromYear"] = "berlaku mulai tahun",
        ["DisplayCap"] = "batas tampilan",
        ["LowerBound"] = "batas bawah",
        ["Label"] = "kategori",
        ["AuthorName"] = "penulis",
        ["ByName"] = "oleh",
        ["Notes"] = "catatan",
        ["Score"] = "nilai",
        ["At"] = "waktu",
        ["FileName"] = "nama berkas",
        ["ContentType"] = "jenis berkas",
        ["Size"] = "ukuran",
        ["Sha256"] = "sidik SHA-256",
        ["UploadedAt"] = "diunggah",
        ["UploadedByName"] = "pengunggah",
        ["Severity"] = "tingkat",
        ["Message"] = "pesan",
        ["Location"] = "lokasi",
        ["UserName"] = "nama pengguna",
        ["DisplayName"] = "nama",
        ["Email"] = "surel",
        ["LockoutEnd"] = "dikunci sampai",
        ["LockoutEnabled"] = "dapat dikunci",
        ["AccessFailedCount"] = "gagal masuk",
        ["Role"] = "peran",
    };

    /// <summary>Fields left out of the log as people read it: keys, links, order and bookkeeping.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Ordinal", "Key", "NaturalKey", "ContentHash", "SourceLine", "NormalizedUserName", "NormalizedEmail", "EmailConfirmed",
        "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "SupersedesKey", "NormalizedName",
    };

    /// <summary>"perjanjian", "indikator"...; an unknown type keeps its stored name.</summary>
    public static string EntityNoun(string entityType) => Entities.TryGetValue(entityType, out var term) ? term.Word : entityType;

    /// <summary>"mengajukan", "mengubah"...; an unknown action keeps its stored name.</summary>
    public static string Verb(string action) => Actions.TryGetValue(action, out var term) ? term.Word : action;

    /// <summary>The label of a recorded field, or null when the field is bookkeeping people need not read (ids, order).</summary>
    public static string? FieldLabel(string field)
    {
        var name = field.Contains('.', StringComparison.Ordinal) && !Fields.ContainsKey(field) ? field[(field.LastIndexOf('.') + 1)..] : field;
        if (Hidden.Contains(name) || (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2) || name == "Id")
            return null;
        return Fields.TryGetValue(field, out var label) || Fields.TryGetValue(name, out label) ? label : name;
    }

    /// <summary>
    /// What a searched term stands for: the entity types and actions one of whose words or synonyms begins with it
    /// ("perjanjian", "diajukan", "tanda tangan"; case ignored; a stored type name such as "Agreement" is accepted
    /// too). Both empty when it names none.
    /// </summary>
    public static (IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actions) Match(string text)
    {
        var term = text.Trim().ToLowerInvariant();
        if (term.Length == 0)
            return ([], []);
        return (Matching(Entities, term), Matching(Actions, term));
    }

    private static List<string> Matching(Dictionary<string, Term> vocabulary, string term) =>
        vocabulary
            .Where(p => string.Equals(p.Key, term, StringComparison.OrdinalIgnoreCase)
                || Names(p.Value).Any(word => word.StartsWith(term, StringComparison.Ordinal)))
            .Select(p => p.Key)
            .ToList();

    private static IEnumerable<string> Names(Term term) => [term.Word.ToLowerInvariant(), .. term.Synonyms];
}
