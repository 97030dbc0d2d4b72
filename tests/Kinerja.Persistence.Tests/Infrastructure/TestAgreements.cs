using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>Small explicit builders of agreements, made with the domain constructors (no reader involved).</summary>
internal static class TestAgreements
{
    public const string Office = "Kecamatan Kalaena";
    public const string Region = "Kabupaten Luwu Timur";
    public const string CamatNip = "19801231 200212 1 003";
    public const string SekcamNip = "19701024 199203 2 005";

    /// <summary>The Camat's agreement with the Bupati: every part filled, target 70,05 and a budget of Rp 2.873.283.457.</summary>
    public static Agreement Camat(
        int year = 2025,
        AgreementKind kind = AgreementKind.Awal,
        string office = Office,
        string firstPartyName = "ANDI MAKKASAU, S.STP., M.Si",
        string? firstPartyNip = CamatNip,
        decimal target = 70.05m,
        long programAmount = 2_873_283_457)
    {
        var agreement = new Agreement(
            year,
            kind,
            office,
            Region,
            new Party(firstPartyName, "CAMAT KALAENA", firstPartyNip, sourceLine: 20),
            new Party("Drs. H. BUDIMAN, M.Pd", "BUPATI LUWU TIMUR", null, sourceLine: 24))
        {
            Place = "Kalaena",
            SignedAt = new DateOnly(year, kind == AgreementKind.Awal ? 1 : 10, kind == AgreementKind.Awal ? 2 : 1),
            SourceName = "pk-camat.txt",
            SourceLine = 1,
        };

        var sasaran = new Sasaran("1.", SasaranLevel.Strategis, "Meningkatnya kualitas pelayanan publik kecamatan", sourceLine: 40);
        sasaran.AddIndicator(Indicator.Read(
            new IndicatorContent(
                "Indeks Kepuasan Masyarakat",
                new TargetValue(target, "Nilai", "70,05 Nilai"),
                Definition: "Hasil pengukuran kepuasan masyarakat",
                Relevance: "Mengukur kualitas layanan",
                Formula: "$\\frac{NRR}{9}$ × 25",
                DataSource: "Laporan SKM",
                TargetExplanation: "Sesuai Renstra"),
            sourceLine: 41));
        sasaran.AddIndicator(Indicator.Read(new IndicatorContent("Persentase layanan administrasi tepat waktu", TargetValue.Parse("100%"), Polarity.HigherIsBetter), sourceLine: 42));
        agreement.AddSasaran(sasaran);

        var second = new Sasaran("2.", SasaranLevel.Program, "Meningkatnya ketertiban umum", sourceLine: 44);
        second.AddIndicator(Indicator.Read(
            new IndicatorContent("Jumlah Paket pengamanan", TargetValue.Parse("4 Paket"), Polarity.LowerIsBetter, YearlyAggregation.Average),
            sourceLine: 45));
        agreement.AddSasaran(second);

        agreement.AddBudgetLine(new BudgetLine("1", BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", new Rupiah(programAmount), "APBD", 60) { Code = "7.01.01" });
        agreement.AddBudgetLine(new BudgetLine("1.1", BudgetLevel.Kegiatan, "Administrasi Keuangan Perangkat Daerah", new Rupiah(programAmount - 1_000_000), "APBD", 61) { Code = "7.01.01.2.02" });
        agreement.AddBudgetLine(new BudgetLine("1.2", BudgetLevel.Kegiatan, "Administrasi Umum Perangkat Daerah", new Rupiah(1_000_000), null, 62));

        agreement.AddExplanation(new SasaranExplanation
        {
            Heading = "Sasaran 1",
            Sasaran = "Meningkatnya kualitas pelayanan publik kecamatan",
            Description = "Pelayanan yang cepat dan tepat",
            SourceLine = 100,
            Indicators = [new IndicatorExplanation { Indicator = "Indeks Kepuasan Masyarakat", Definition = "Hasil SKM", Relevance = "Kualitas", Formula = "NRR × 25", DataSource = "Laporan SKM" }],
            Targets = [new TargetExplanation { Indicator = "Indeks Kepuasan Masyarakat", Target = "70,05", Explanation = "Sesuai Renstra", SourceLine = 110 }],
        });
        agreement.AddLampiranHeading(new LampiranHeading { Lampiran = "LAMPIRAN 1", NamedPosition = "CAMAT KALAENA", SourceLine = 30 });
        agreement.AddLampiranHeading(new LampiranHeading { Lampiran = "LAMPIRAN 2", NamedPosition = "CAMAT KALAENA", SourceLine = 90 });
        agreement.AddSignatureName(new SignatureName { Role = PartyRole.First, PrintedName = "ANDI MAKKASAU, S.STP., M.Si", NipAsPrinted = firstPartyNip, SourceLine = 70 });
        agreement.AddSignatureName(new SignatureName { Role = PartyRole.Second, PrintedName = "Drs. H. BUDIMAN, M.Pd", SourceLine = 72 });
        return agreement;
    }

    /// <summary>The Sekretaris Camat's agreement with the Camat.</summary>
    public static Agreement Sekcam(int year = 2025, AgreementKind kind = AgreementKind.Awal, string office = Office, string nip = SekcamNip)
    {
        var agreement = new Agreement(
            year,
            kind,
            office,
            Region,
            new Party("SAMUEL NASRANI, S.IP", "SEKRETARIS CAMAT", nip),
            new Party("ANDI MAKKASAU, S.STP., M.Si", "CAMAT KALAENA", CamatNip))
        {
            Place = "Kalaena",
            SignedAt = new DateOnly(year, 1, 2),
        };
        var sasaran = new Sasaran("1.", SasaranLevel.Program, "Meningkatnya kualitas administrasi perkantoran");
        sasaran.AddIndicator(new Indicator("Nilai AKIP kecamatan", TargetValue.Parse("87,5 Nilai")));
        agreement.AddSasaran(sasaran);
        agreement.AddBudgetLine(new BudgetLine("1", BudgetLevel.Kegiatan, "Administrasi Umum Perangkat Daerah", new Rupiah(1_000_000), "APBD"));
        return agreement;
    }

    public static IReadOnlyList<Finding> FindingsFor(Agreement agreement) =>
    [
        new Finding(Severity.Error, FindingCodes.NipLength, "NIP terlalu panjang.", $"{agreement.SourceName ?? "pk.txt"}:20"),
        new Finding(Severity.Warning, FindingCodes.UnitContradictsIndicator, "Satuan bertentangan.", $"{agreement.SourceName ?? "pk.txt"}:45"),
    ];
}
