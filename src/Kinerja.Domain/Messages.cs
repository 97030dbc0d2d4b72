namespace Kinerja.Domain;

/// <summary>
/// Every message the core shows a user, in Indonesian, in one place. Placeholders are
/// <see cref="string.Format(IFormatProvider, string, object[])"/> arguments.
/// </summary>
public static class Messages
{
    public const string AmountEmpty = "Anggaran kosong.";
    public const string AmountInvalid = "Anggaran \"{0}\" bukan jumlah Rupiah yang sah.";
    public const string NumberEmpty = "Angka kosong.";
    public const string NumberInvalid = "\"{0}\" bukan angka yang sah.";
    public const string DateEmpty = "Tanggal kosong.";
    public const string DateInvalid = "\"{0}\" bukan tanggal yang sah (contoh: 2 Januari 2025).";

    public const string NipLength = "NIP {0} ({1}) tidak 18 digit, melainkan {2} digit.";
    public const string NipBirthDate = "NIP {0} ({1}): delapan digit pertama bukan tanggal lahir yang sah.";
    public const string NipTmtMonth = "NIP {0} ({1}): bulan TMT CPNS tidak sah.";
    public const string NipTmtBeforeAdulthood = "NIP {0} ({1}): TMT CPNS kurang dari 18 tahun setelah tanggal lahir.";
    public const string NipGender = "NIP {0} ({1}): digit jenis kelamin harus 1 atau 2.";
    public const string NipSequence = "NIP {0} ({1}): nomor urut tidak boleh 000.";
    public const string NipLetter = "NIP {0} ({1}) memuat huruf; NIP hanya terdiri dari 18 angka.";
    public const string UnitContradictsIndicator = "Satuan target \"{0}\" bertentangan dengan indikator \"{1}\" yang diukur dalam {2}.";
    public const string SasaranMissing = "Sasaran untuk indikator \"{0}\" tidak diisi.";
    public const string IndicatorMissing = "Indikator kinerja untuk sasaran \"{0}\" tidak diisi.";
    public const string DuplicateIndicator = "Indikator \"{0}\" tercantum {1} kali dalam perjanjian ini.";
    public const string TargetMissing = "Target untuk indikator \"{0}\" tidak diisi atau bukan angka.";
    public const string TargetDiffersInLampiran2 = "Target indikator \"{0}\" di Lampiran 2 ({1}) berbeda dengan Lampiran 1 ({2}).";
    public const string LampiranNamesOtherOfficial = "Judul {0} menyebut \"{1}\", padahal Pihak Pertama adalah {2}.";
    public const string BudgetProgramNotReconciled = "Anggaran program \"{0}\" {1} tidak sama dengan jumlah kegiatannya {2} (selisih {3}).";
    public const string BudgetKegiatanNotReconciled = "Anggaran kegiatan \"{0}\" {1} tidak sama dengan jumlah sub kegiatannya {2} (selisih {3}).";
    public const string BudgetKegiatanExceeded = "Jumlah sub kegiatan dari \"{0}\" dalam perjanjian ini ({1}) melebihi anggaran kegiatannya {2} (selisih {3}).";
    public const string BudgetAmountsDisagree = "Anggaran \"{0}\" tertulis {1} di satu perjanjian dan {2} di perjanjian lain.";
    public const string BudgetLineUnknown = "\"{0}\" tidak ditemukan dalam katalog nomenklatur; direkonsiliasi menurut susunan tabel anggaran dokumen.";
    public const string BudgetCodeUnknown = "Kode {0} pada \"{1}\" tidak ada dalam katalog nomenklatur; baris ini direkonsiliasi menurut susunan tabel anggaran dokumen.";
    public const string BudgetCodeUnknownNameMatches = "Kode {0} pada \"{1}\" tidak ada dalam katalog nomenklatur; baris ini direkonsiliasi menurut susunan tabel anggaran dokumen. Namanya sesuai dengan {2} {3} \"{4}\" di katalog: periksa kodenya.";
    public const string NameSpelledDifferently = "NIP {0} tertulis dengan nama \"{1}\" dan \"{2}\".";
    public const string NameSpelledDifferentlyNoNip = "{0} tertulis dengan nama \"{1}\" dan \"{2}\".";
    public const string SecondPartyNotSuperior = "Pihak Kedua ({0}) bukan atasan langsung {1}; seharusnya {2}.";
    public const string DocumentEmpty = "Berkas kosong.";
    public const string NotAnAgreement = "Bukan dokumen Perjanjian Kinerja: tidak ada kalimat pembuka \"Dalam rangka mewujudkan manajemen pemerintahan ...\".";
    public const string PartiesMissing = "Perjanjian yang dimulai di baris {0} tidak memuat Nama dan Jabatan Pihak Pertama dan Pihak Kedua.";
    public const string OfficeMissing = "Perjanjian yang dimulai di baris {0} tidak menyebut perangkat daerahnya (mis. \"KECAMATAN ...\").";
    public const string YearMissing = "Perjanjian di baris {0} tidak menyebut tahun maupun tanggal penandatanganan.";
    public const string UnplacedText = "Baris tidak dapat ditempatkan: \"{0}\".";

    public const string StatusDraft = "Draf";
    public const string StatusSubmitted = "Diajukan";
    public const string StatusReturned = "Dikembalikan";
    public const string StatusApproved = "Disetujui";
    public const string StatusSigned = "Ditandatangani";
    public const string StatusPublished = "Dipublikasikan";

    public const string SeverityError = "Galat";
    public const string SeverityWarning = "Peringatan";
    public const string SeverityInfo = "Info";
    public const string ReasonPergantianPejabat = "Pergantian pejabat (mutasi/pergantian)";
    public const string ReasonPerubahanProgramAnggaran = "Perubahan strategi, program, kegiatan atau anggaran (mis. APBD Perubahan)";
    public const string ReasonPerubahanPrioritas = "Perubahan prioritas atau asumsi";

    public const string NotEditable = "Perjanjian berstatus {0} tidak dapat diubah; hanya perjanjian berstatus Draf atau Dikembalikan yang dapat diubah.";
    public const string SubmitRefused = "Perjanjian berstatus {0} tidak dapat diajukan; hanya yang berstatus Draf atau Dikembalikan.";
    public const string ReturnRefused = "Perjanjian berstatus {0} tidak dapat dikembalikan; hanya yang berstatus Diajukan.";
    public const string ApproveRefused = "Perjanjian berstatus {0} tidak dapat disetujui; hanya yang berstatus Diajukan.";
    public const string SignRefused = "Perjanjian berstatus {0} tidak dapat ditandatangani; hanya yang berstatus Disetujui.";
    public const string PublishRefused = "Perjanjian berstatus {0} tidak dapat dipublikasikan; hanya yang berstatus Ditandatangani.";
    public const string AmendRefused = "Perjanjian berstatus {0} tidak dapat dibuatkan Perjanjian Kinerja Perubahan; hanya yang berstatus Ditandatangani atau Dipublikasikan.";
    public const string MarkSignedRefused = "Hanya perjanjian berstatus Draf yang dapat dicatat sebagai dokumen yang sudah ditandatangani.";
    public const string ReturnNoteRequired = "Catatan pengembalian wajib diisi.";
    public const string WithdrawRefused = "Perjanjian berstatus {0} tidak dapat ditarik; hanya yang berstatus Diajukan dan belum disetujui.";
    public const string SubmitErrorsNotAcknowledged = "PK ini masih memiliki {0} temuan galat. Centang \"Saya mengerti PK ini masih memiliki {0} temuan galat\" bila tetap ingin mengajukannya, atau perbaiki dahulu temuannya.";
    public const string ApproveErrorsNotAcknowledged = "PK ini masih memiliki {0} temuan galat. Centang \"Saya mengerti PK ini masih memiliki {0} temuan galat\" bila tetap ingin menyetujuinya, atau kembalikan dengan catatan.";
    public const string ErrorsAcknowledgement = "Saya mengerti PK ini masih memiliki {0} temuan galat";
    public const string AmendmentDateRequired = "PK Perubahan belum bertanggal: isi tanggal penandatanganan PK Perubahan di bagian Para pihak sebelum mengajukannya.";
    public const string AmendmentUnchanged = "PK Perubahan ini belum mengubah apa pun dari versi sebelumnya (para pihak, sasaran, indikator, target, anggaran dan Lampiran 2 sama): ubah isinya sebelum mengajukannya.";
    public const string EvidenceRequired = "Bukti perjanjian yang sudah ditandatangani wajib dilampirkan.";
    public const string SigningDateInFuture = "Tanggal penandatanganan {0} belum tiba; isi tanggal perjanjian benar-benar ditandatangani.";
    public const string SigningDateBeforeApproval = "Tanggal penandatanganan {0} tidak boleh sebelum PK disetujui ({1}).";
    public const string SigningDateOutsideYear = "Tanggal penandatanganan {0} harus dalam tahun PK ({1}).";
    public const string AmendmentExplanationRequired = "Penjelasan alasan perubahan wajib diisi.";
    public const string AgreementHasNoSasaran = "Perjanjian belum memuat sasaran.";
    public const string SasaranNotFound = "Sasaran tidak ditemukan dalam perjanjian ini.";
    public const string IndicatorNotFound = "Indikator tidak ditemukan dalam perjanjian ini.";
    public const string BudgetLineNotFound = "Baris anggaran tidak ditemukan dalam perjanjian ini.";
    public const string ExplanationNotFound = "Penjelasan Lampiran 2 tidak ditemukan dalam perjanjian ini.";
    public const string ExplanationDescriptionRequired = "Penjelasan sasaran wajib diisi.";
    public const string ExplanationSasaranTaken = "Sasaran {0} sudah terhubung dengan penjelasan Lampiran 2 lain; lepaskan dulu tautan penjelasan itu.";
    public const string SasaranTextRequired = "Sasaran wajib diisi.";
    public const string SasaranSupportsItself = "Sasaran tidak dapat mendukung sasaran dari perjanjian yang sama.";
    public const string IndicatorTextRequired = "Indikator kinerja wajib diisi.";
    public const string BudgetNameRequired = "Nama program, kegiatan atau sub kegiatan wajib diisi.";
    public const string BudgetAmountNegative = "Anggaran tidak boleh negatif.";
    public const string MoveOutOfRange = "Urutan tujuan {0} di luar daftar (1 sampai {1}).";
    public const string PartiesSamePosition = "Pihak Pertama dan Pihak Kedua tidak boleh jabatan yang sama.";
    public const string PartyNameRequired = "Nama {0} wajib diisi.";
    public const string PartyPositionRequired = "Jabatan {0} wajib diisi.";
    public const string FirstPartyLabel = "Pihak Pertama";
    public const string SecondPartyLabel = "Pihak Kedua";

    public const string KindDefinitif = "Definitif";
    public const string KindPlt = "Pelaksana Tugas (Plt.)";
    public const string KindPlh = "Pelaksana Harian (Plh.)";
    public const string AssignmentEndsBeforeStart = "Tanggal akhir penugasan ({1}) sebelum tanggal mulainya ({0}).";
    public const string AssignmentsOverlap = "Dua penugasan definitif pada jabatan {0} tumpang tindih: {1} dan {2}.";
    public const string AssignmentOpenEnded = "sejak {0}";
    public const string AssignmentPeriod = "{0} s.d. {1}";
    public const string OfficeNameRequired = "Nama kantor wajib diisi.";
    public const string PositionTitleRequired = "Nama jabatan wajib diisi.";
    public const string SuperiorCycle = "{0} tidak dapat menjadi atasan {1}: hubungan atasan akan berputar.";
    public const string PersonNameRequired = "Nama pegawai wajib diisi.";
    public const string MergeSamePerson = "Pegawai tidak dapat digabungkan dengan dirinya sendiri.";
    public const string MergeNipsDiffer = "{0} (NIP {1}) dan {2} (NIP {3}) memiliki NIP berbeda; keduanya bukan orang yang sama.";
    public const string MergeSamePosition = "Jabatan tidak dapat digabungkan dengan dirinya sendiri.";
    public const string MergePositionsOtherOffice = "{0} dan {1} berada di kantor yang berbeda; hanya jabatan dalam satu kantor yang dapat digabungkan.";
    public const string NipInvalid = "NIP \"{0}\" tidak sah.";
    public const string PositionHasNoSuperior = "Jabatan {0} belum memiliki atasan langsung; tentukan atasannya dulu.";
    public const string PositionVacant = "Jabatan {0} tidak diisi pejabat pada {1}.";
    public const string PersonUnknown = "Pegawai penugasan jabatan {0} tidak ditemukan.";

    public const string NoteKindReturn = "Pengembalian";
    public const string NoteKindEvaluation = "Catatan evaluasi";
    public const string NoteKindNote = "Catatan";
    public const string NoteTextRequired = "Isi catatan wajib diisi.";
    public const string ScoreOutOfRange = "Nilai evaluasi harus antara 0 dan 100.";
    public const string EvaluationEmpty = "Isi nilai atau catatan evaluasi.";

    public const string YearInvalid = "Tahun wajib diisi dengan angka empat digit antara {0} dan {1}, mis. 2026.";
    public const string TimeZoneUnknown = "Zona waktu \"{0}\" tidak dikenal (Kinerja__TimeZone): pilih WIB, WITA atau WIT.";
    public const string TriwulanInvalid = "Triwulan wajib salah satu dari I, II, III atau IV.";
    public const string TriwulanUnreadable = "\"{0}\" bukan triwulan yang sah: tulis I, II, III atau IV.";
    public const string ScaleYearOutOfRange = "Tahun berlaku {0} di luar rentang {1}–{2}.";
    public const string ScaleBandCount = "Skala capaian harus memiliki {0} sampai {1} kategori.";
    public const string ScaleBandOrdinal = "ke-{0}";
    public const string ScaleBandNameRequired = "Nama kategori ke-{0} wajib diisi.";
    public const string ScaleBandNameTooLong = "Nama kategori \"{0}\" lebih dari {1} karakter.";
    public const string ScaleBandNameDuplicate = "Kategori \"{0}\" tertulis lebih dari sekali.";
    public const string ScaleBandMinimumRequired = "Batas bawah kategori \"{0}\" wajib diisi; hanya kategori terakhir yang tanpa batas bawah.";
    public const string ScaleLowestHasMinimum = "Kategori terakhir (\"{0}\") menampung semua capaian di bawah kategori lain; kosongkan batas bawahnya.";
    public const string ScaleBandMinimumOutOfRange = "Batas bawah kategori \"{0}\" harus lebih dari 0 dan paling besar {1} persen.";
    public const string ScaleBandsNotDescending = "Batas bawah kategori \"{0}\" ({1}) harus lebih kecil dari batas bawah kategori di atasnya, \"{2}\" ({3}).";
    public const string ScaleDisplayCapOutOfRange = "Batas tampilan capaian harus antara {0} dan {1} persen, atau dikosongkan (tanpa batas).";
    public const string EvidenceEmpty = "Berkas bukti kosong.";
    public const string EvidenceNotPdf = "Berkas bukti \"{0}\" bukan PDF; unggah hasil pindaian perjanjian yang ditandatangani dalam format PDF.";
    public const string EvidenceTooLarge = "Berkas bukti \"{0}\" berukuran {1}; paling besar {2}. Perkecil resolusi pindaian (mis. 200 dpi, hitam putih) lalu unggah lagi.";
    public const string EvidenceFileNameRequired = "Nama berkas bukti wajib diisi.";

    public const string NomenclatureCodeRequired = "Kode {0} wajib diisi.";
    public const string NomenclatureCodeFormat = "Kode {0} \"{1}\" tidak sesuai format, contoh: {2}.";
    public const string NomenclatureParentRequired = "Sub kegiatan tanpa kode harus menyebut kode kegiatannya.";
    public const string NomenclatureNameRequired = "Nama program, kegiatan atau sub kegiatan wajib diisi.";
    public const string LevelProgram = "program";
    public const string LevelKegiatan = "kegiatan";
    public const string LevelSubKegiatan = "sub kegiatan";

    public const string ImportAgreementName = "PK {0} {1} {2} ({3})";
    public const string ImportCreated = "baru";
    public const string ImportUnchanged = "sudah ada, tidak berubah";
    public const string ImportReplaces = "menggantikan hasil impor sebelumnya yang belum diubah";
    public const string ImportRefused = "{0} yang tersimpan tidak dapat diganti oleh impor: {1}. {2}";
    public const string ImportKeepMadeInApplication = "perjanjian itu disusun di aplikasi";
    public const string ImportKeepEditedSinceImport = "isinya sudah diubah di aplikasi sejak diimpor";
    public const string ImportKeepInWorkflow = "perjanjian itu berstatus {0}";
    public const string ImportKeepPublished = "perjanjian itu sudah dipublikasikan dengan isi yang berbeda";
    public const string ImportKeepSignedInApplication = "perjanjian itu sudah ditandatangani di aplikasi";
    public const string ImportKeepEvidence = "ada pindaian bertanda tangan yang dilampirkan";
    public const string ImportKeepReviewNotes = "ada catatan reviu";
    public const string ImportKeepEvaluations = "ada catatan evaluasi";
    public const string ImportInsteadEdit = "Ubah perjanjian itu di aplikasi, bukan dengan impor.";
    public const string ImportInsteadWorkflow = "Selesaikan dulu alur persetujuannya; setelah ditandatangani, perubahan isi dibuat sebagai PK Perubahan.";
    public const string ImportInsteadAmend = "Untuk mengubah isinya, buat PK Perubahan dari perjanjian itu atau impor dokumen PK Perubahan.";

    public const string ReviewRowLocation = "baris {0}";
    public const string ReviewDirectionMissing = "Kolom Arah kosong; dihitung sebagai makin tinggi makin baik.";
    public const string ReviewDirectionUnknown = "Arah \"{0}\" tidak dikenal (tulis \"Makin tinggi makin baik\" atau \"Makin rendah makin baik\"); dihitung sebagai makin tinggi makin baik.";
    public const string ReviewTargetMissing = "Target kosong; capaian tidak dapat dihitung.";
    public const string ReviewTargetNotNumber = "Target \"{0}\" bukan angka; capaian tidak dapat dihitung.";
    public const string ReviewRealisationNotNumber = "Realisasi {0} bukan angka: capaian tidak dihitung (bukan nol).";
    public const string ReviewTargetZero = "Target 0: capaian tidak dapat dihitung sebagai persentase.";
    public const string ReviewNoRatio = "Realisasi 0 dengan rumus target / realisasi: capaian tidak dapat dihitung.";
    public const string ReviewPublishedNotNumber = "Capaian tertulis \"{0}\" bukan angka.";
    public const string ReviewCapaianWrong = "Capaian tertulis {0} tidak sesuai dengan target dan realisasi; dengan rumus {1} seharusnya {2}.";
    public const string ReviewDirectionReversed = "Capaian tertulis {0} dihitung sebagai {1}, padahal arah indikator {2}; seharusnya {3}.";
    public const string ReviewAlternativeFormula = "Capaian tertulis {0} mengikuti rumus alternatif makin rendah makin baik (target / realisasi × 100); dengan rumus baku (2 × target − realisasi) / target × 100 hasilnya {1}.";
    public const string ReviewUnroundedRealisation = "Capaian tertulis {0} tidak mengikuti realisasi yang tercetak ({1}), tetapi mengikuti realisasi sebelum dibulatkan; dari angka yang tercetak seharusnya {2}.";

    public const string SkmAnswerCount = "Jawaban survei harus {0} unsur; terisi {1}.";
    public const string SkmAnswerOutOfRange = "Jawaban unsur {0} harus 1 sampai 4, bukan {1}.";
    public const string SkmAnswersEmpty = "Tidak ada satu pun unsur yang dijawab.";
}
