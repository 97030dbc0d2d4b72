using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class ReimportRuleTests
{
    [Fact]
    public void Decide_NothingStored_Creates()
    {
        var verdict = ReimportRule.Decide(Imported("100%"), null);

        Assert.Equal(ImportOutcome.Created, verdict.Outcome);
        Assert.Equal("baru", verdict.Message);
    }

    [Fact]
    public void Decide_StoredWithTheSameContent_IsUnchangedWhateverItsStatus()
    {
        var published = Imported("100%");
        Assert.True(published.Publish().Success);

        var verdict = ReimportRule.Decide(Imported("100%"), Facts(published, hasEvidence: true, hasReviewNotes: true));

        Assert.Equal(ImportOutcome.Unchanged, verdict.Outcome);
        Assert.Equal("sudah ada, tidak berubah", verdict.Message);
    }

    [Fact]
    public void Decide_StoredByAnEarlierImportAndUntouched_IsReplaced()
    {
        var verdict = ReimportRule.Decide(Imported("90%"), Facts(Imported("100%")));

        Assert.Equal(ImportOutcome.Updated, verdict.Outcome);
        Assert.Equal("menggantikan hasil impor sebelumnya yang belum diubah", verdict.Message);
    }

    [Fact]
    public void Decide_ImportedDraftNotEditedSinceImport_IsReplaced()
    {
        var draft = WorkflowAgreements.Complete("pk.json");

        Assert.Equal(ImportOutcome.Updated, ReimportRule.Decide(Imported("90%"), Facts(draft)).Outcome);
    }

    [Fact]
    public void Decide_DraftMadeInTheApplication_IsRefusedNamingItAndWhatToDo()
    {
        var draft = MadeInTheApplication(AgreementStatus.Draft);

        var verdict = ReimportRule.Decide(Imported("90%"), Facts(draft));

        Assert.Equal(ImportOutcome.Refused, verdict.Outcome);
        Assert.Equal(
            "PK Awal 2025 KEPALA SEKSI PELAYANAN UMUM (Kecamatan Kalaena) yang tersimpan tidak dapat diganti oleh impor: "
            + "perjanjian itu disusun di aplikasi. Ubah perjanjian itu di aplikasi, bukan dengan impor.",
            verdict.Message);
    }

    [Theory]
    [InlineData(AgreementStatus.Submitted, "perjanjian itu berstatus Diajukan", "Selesaikan dulu alur persetujuannya")]
    [InlineData(AgreementStatus.Returned, "perjanjian itu berstatus Dikembalikan", "Ubah perjanjian itu di aplikasi")]
    [InlineData(AgreementStatus.Approved, "perjanjian itu berstatus Disetujui", "Selesaikan dulu alur persetujuannya")]
    [InlineData(AgreementStatus.Signed, "perjanjian itu sudah ditandatangani di aplikasi", "buat PK Perubahan")]
    [InlineData(AgreementStatus.Published, "perjanjian itu sudah dipublikasikan dengan isi yang berbeda", "buat PK Perubahan")]
    public void Decide_AgreementInTheWorkflow_IsRefused(AgreementStatus status, string reason, string instead)
    {
        var stored = WorkflowAgreements.In(status, "pk.json");

        var verdict = ReimportRule.Decide(Imported("90%"), Facts(stored));

        Assert.Equal(ImportOutcome.Refused, verdict.Outcome);
        Assert.Contains(reason, verdict.Message, StringComparison.Ordinal);
        Assert.Contains(instead, verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ImportedAndPublished_IsRefusedWithTheAmendmentAsTheWayOut()
    {
        var published = Imported("100%");
        Assert.True(published.Publish().Success);

        var verdict = ReimportRule.Decide(Imported("90%"), Facts(published));

        Assert.Equal(ImportOutcome.Refused, verdict.Outcome);
        Assert.EndsWith(
            "tidak dapat diganti oleh impor: perjanjian itu sudah dipublikasikan dengan isi yang berbeda. "
            + "Untuk mengubah isinya, buat PK Perubahan dari perjanjian itu atau impor dokumen PK Perubahan.",
            verdict.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evidence", "ada pindaian bertanda tangan yang dilampirkan")]
    [InlineData("notes", "ada catatan reviu")]
    [InlineData("evaluations", "ada catatan evaluasi")]
    public void Decide_ImportedWithWorkAttached_IsRefused(string attached, string reason)
    {
        var stored = Facts(
            Imported("100%"), hasEvidence: attached == "evidence", hasReviewNotes: attached == "notes", hasEvaluations: attached == "evaluations");

        var verdict = ReimportRule.Decide(Imported("90%"), stored);

        Assert.Equal(ImportOutcome.Refused, verdict.Outcome);
        Assert.Contains(reason, verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ImportedButEditedSinceImport_IsRefused()
    {
        var stored = Imported("100%");
        var whenStored = AgreementFingerprint.Compute(Imported("80%"));

        var verdict = ReimportRule.Decide(Imported("90%"), new StoredAgreementFacts(stored, whenStored, false, false, false));

        Assert.Equal(ImportOutcome.Refused, verdict.Outcome);
        Assert.Contains("isinya sudah diubah di aplikasi sejak diimpor", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ImportedWithoutAKnownFingerprint_IsRefused() =>
        Assert.Equal(
            ImportOutcome.Refused,
            ReimportRule.Decide(Imported("90%"), new StoredAgreementFacts(Imported("100%"), null, false, false, false)).Outcome);

    [Fact]
    public void Decide_SeveralReasons_AreAllNamed()
    {
        var verdict = ReimportRule.Decide(Imported("90%"), Facts(MadeInTheApplication(AgreementStatus.Submitted), hasReviewNotes: true));

        Assert.Contains("perjanjian itu disusun di aplikasi; perjanjian itu berstatus Diajukan; ada catatan reviu.", verdict.Message, StringComparison.Ordinal);
    }

    /// <summary>An agreement as a reader makes it from a document signed on paper.</summary>
    private static Agreement Imported(string target)
    {
        var agreement = AgreementBuilder.For()
            .Sasaran("Meningkatnya kualitas pelayanan umum", ("Persentase layanan tepat waktu", target))
            .SubKegiatan("Penyediaan Gaji dan Tunjangan ASN", 1_000_000)
            .From("pk-kalaena.txt")
            .Build();
        Assert.True(agreement.RecordAsSignedDocument().Success);
        return agreement;
    }

    /// <summary>An agreement drawn up in the application (no source document) and brought to <paramref name="status"/>.</summary>
    private static Agreement MadeInTheApplication(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status, sourceName: null);
        return agreement;
    }

    /// <summary>A stored agreement whose content is as it was first stored.</summary>
    private static StoredAgreementFacts Facts(
        Agreement stored, bool hasEvidence = false, bool hasReviewNotes = false, bool hasEvaluations = false) =>
        new(stored, AgreementFingerprint.Compute(stored), hasEvidence, hasReviewNotes, hasEvaluations);
}
