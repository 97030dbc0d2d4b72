using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Measurement;

namespace Kinerja.Documents.Tests.Interchange;

/// <summary>Hand-built agreements for the interchange tests: every kind of field, each built fresh.</summary>
internal static class SampleAgreements
{
    public static Agreement Camat()
    {
        var agreement = new Agreement(
            2025,
            AgreementKind.Perubahan,
            "Kecamatan Mangkutana",
            "Kabupaten Luwu Timur",
            new Party("ANDI MUH. FADLI, S.STP., M.Si.", "CAMAT MANGKUTANA", "19701024 199203 2 005"),
            new Party("Ir. H. IRWAN BACHRI SYAM, S.T., IPM.", "BUPATI LUWU TIMUR", null))
        {
            Place = "Malili",
            SignedAt = new DateOnly(2025, 10, 1),
            SupersedesKey = "kecamatan-mangkutana/2025/camat-mangkutana/awal",
        };

        var strategic = new Sasaran("I.", SasaranLevel.Strategis, "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah");
        strategic.AddIndicator(new Indicator("Nilai AKIP Perangkat Daerah", TargetValue.Parse("70,05 Nilai")));
        strategic.AddIndicator(new Indicator("Indeks Kepuasan Masyarakat (IKM)", TargetValue.Parse("95")));
        agreement.AddSasaran(strategic);

        var program = new Sasaran("1.", SasaranLevel.Program, "Meningkatnya Ketenteraman & Ketertiban <Umum>");
        program.AddIndicator(new Indicator("Persentase koordinasi \"trantibum\" yang dilaksanakan", TargetValue.Parse("100%")));
        agreement.AddSasaran(program);

        agreement.AddSasaran(new Sasaran("1.1.", SasaranLevel.Kegiatan, "Sasaran tanpa indikator"));

        var subKegiatan = new Sasaran("1.1.1.", SasaranLevel.SubKegiatan, string.Empty);
        subKegiatan.AddIndicator(Indicator.Read(new IndicatorContent(
            "Jumlah Paket Rapat Koordinasi",
            TargetValue.Parse("4 Orang"),
            Polarity.LowerIsBetter,
            YearlyAggregation.Average,
            Definition: "Rapat koordinasi yang dilaksanakan",
            Formula: "Jumlah rapat",
            LowerIsBetterFormula: LowerIsBetterFormula.Ratio)));
        subKegiatan.AddIndicator(new Indicator("Target tanpa angka", TargetValue.Parse("Ada")));
        agreement.AddSasaran(subKegiatan);

        agreement.AddBudgetLine(new BudgetLine("1.", BudgetLevel.Program, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", new Rupiah(2_873_283_457), "APBD") { Code = "7.01.02" });
        agreement.AddBudgetLine(new BudgetLine("1.1.", BudgetLevel.Kegiatan, "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", new Rupiah(11_990_000), null));
        agreement.AddBudgetLine(new BudgetLine("1.1.1.", BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", new Rupiah(0), "APBD"));

        agreement.AddExplanation(new SasaranExplanation
        {
            Heading = "1. Sasaran Strategis I",
            Sasaran = "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
            Description = "Penjelasan dengan baris\nkedua dan rumus $\\frac{a}{b}$.",
            Indicators =
            [
                new IndicatorExplanation
                {
                    Indicator = "Nilai AKIP Perangkat Daerah",
                    Definition = "Hasil evaluasi AKIP",
                    Relevance = "Mengukur akuntabilitas",
                    Formula = "Nilai dari Inspektorat",
                    DataSource = "LHE AKIP",
                },
            ],
            Targets = [new TargetExplanation { Indicator = "Nilai AKIP Perangkat Daerah", Target = "70,05", Explanation = "Sesuai Renstra" }],
        });
        agreement.AddExplanation(new SasaranExplanation { Heading = "Bagian lain", Sasaran = "Bagian yang tidak menyebut sasaran", Description = "Dipilih oleh penyunting." });
        agreement.LinkExplanations();
        Assert.True(agreement.LinkExplanation(1, program.Id).Success);

        return agreement;
    }

    public static Agreement Sekcam()
    {
        var agreement = new Agreement(
            2025,
            AgreementKind.Awal,
            "Kecamatan Mangkutana",
            "Kabupaten Luwu Timur",
            new Party("HASNAWATI, S.E.", "SEKRETARIS CAMAT MANGKUTANA", "1980010120050120"),
            new Party("ANDI MUH. FADLI, S.STP., M.Si.", "CAMAT MANGKUTANA", "19701024 199203 2 005"));
        var sasaran = new Sasaran("1.", SasaranLevel.Program, "Meningkatnya Kualitas Administrasi Perkantoran");
        sasaran.AddIndicator(new Indicator("Persentase layanan administrasi", TargetValue.Parse("87,5 %")));
        agreement.AddSasaran(sasaran);
        return agreement;
    }

    public static ImportedDocument Document(params Agreement[] agreements)
    {
        var findings = new Dictionary<Guid, IReadOnlyList<Finding>>();
        foreach (var agreement in agreements)
        {
            findings[agreement.Id] = agreement.FirstParty.Nip is null && agreement.FirstParty.NipAsPrinted is not null
                ? [new Finding(Severity.Error, FindingCodes.NipLength, "NIP tidak 18 digit.", "contoh.txt:12")]
                : [new Finding(Severity.Info, FindingCodes.UnplacedText, "Baris tidak dapat ditempatkan: \"halo\".", "contoh.txt:40")];
        }

        return new ImportedDocument("contoh.txt", agreements, findings, null);
    }
}
