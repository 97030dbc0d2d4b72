using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kinerja.Documents.Export.Html;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Export.Html;

public sealed class PrintViewTests
{
    private static readonly PrintOptions Options = PrintOptions.ForBaseUrl("https://kinerja.example/", new DateOnly(2025, 11, 25));

    [Theory]
    [InlineData(Samples.Kalaena)]
    [InlineData(Samples.Mangkutana)]
    public void Render_EverySeedAgreement_PrintsEveryIndicatorTargetAndAmount(string sample)
    {
        foreach (var agreement in Samples.Read(sample).Agreements)
        {
            var page = Parse(PrintView.Render(new PrintedAgreement(agreement), Options));

            var indicators = Texts(page, "table.targets td.indicator");
            var targets = Texts(page, "table.targets td.target");
            Assert.Equal(agreement.Indicators.Select(i => i.Text), indicators);
            Assert.Equal(agreement.Indicators.Select(i => i.Target.ToString()), targets);
            var amounts = Texts(page, "table.budget tbody tr:not(.total) td.amount");
            Assert.Equal(agreement.BudgetLines.Select(b => b.Amount.ToString()), amounts);
            Assert.All(amounts, a => Assert.Matches(@"^Rp \d{1,3}(\.\d{3})*$", a));
        }
    }

    [Fact]
    public void Render_KalaenaCamat_TotalIsTheSumOfTheProgramRows()
    {
        var camat = Samples.Read(Samples.Kalaena).Agreements.Single(a => a.FirstParty.Position == "CAMAT KALAENA");

        var page = Parse(PrintView.Render(new PrintedAgreement(camat), Options));

        Assert.Equal("Rp 199.899.000", page.QuerySelector("table.budget tr.total td.amount")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("table.budget tr.level-program").Length);
    }

    [Fact]
    public void Render_OriginalAndAmendment_HaveTheirTitles()
    {
        var kalaena = Parse(PrintView.Render(new PrintedAgreement(Samples.Read(Samples.Kalaena).Agreements[0]), Options));
        var mangkutana = Parse(PrintView.Render(new PrintedAgreement(Samples.Read(Samples.Mangkutana).Agreements[0]), Options));

        Assert.Equal("PERJANJIAN KINERJA TAHUN 2025", kalaena.QuerySelector("h1")!.TextContent);
        Assert.Equal("PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", mangkutana.QuerySelector("h1")!.TextContent);
        Assert.Contains("PERJANJIAN KINERJA PERUBAHAN CAMAT", mangkutana.QuerySelector(".lampiran-1 .lampiran-heading")!.TextContent);
        Assert.Contains("PERJANJIAN KINERJA CAMAT KALAENA", kalaena.QuerySelector(".lampiran-1 .lampiran-heading")!.TextContent);
    }

    [Fact]
    public void Render_Signatures_PihakKeduaLeftAndPihakPertamaRightOnTheAgreementPageAndLampiran1()
    {
        var camat = Samples.Read(Samples.Mangkutana).Agreements[0];

        var page = Parse(PrintView.Render(new PrintedAgreement(camat), Options));

        var blocks = page.QuerySelectorAll(".signatures");
        Assert.Equal(2, blocks.Length);
        foreach (var block in blocks)
        {
            var sides = block.QuerySelectorAll(".signature");
            Assert.Equal(["PIHAK KEDUA,", "PIHAK PERTAMA,"], sides.Select(s => s.QuerySelector(".role")!.TextContent));
            Assert.Equal(["Ir. H. IRWAN BACHRI SYAM, ST, IPM", "DARMAWATI, SE"], sides.Select(s => s.QuerySelector(".name")!.TextContent));
            Assert.Equal("NIP 19701024 199203 2 005", sides[1].QuerySelector(".nip")!.TextContent);
            Assert.Equal("Luwu Timur, 1 Oktober 2025", sides[1].QuerySelector(".place-date")!.TextContent);
        }
    }

    [Fact]
    public void Render_ActingOfficial_KeepsPltInTheJabatan()
    {
        var agreement = Agreement("Plt. CAMAT KALAENA");

        var page = Parse(PrintView.Render(new PrintedAgreement(agreement), Options));

        Assert.All(page.QuerySelectorAll(".signature.first .jabatan"), j => Assert.Equal("Plt. CAMAT KALAENA,", j.TextContent));
        Assert.Contains("PERJANJIAN KINERJA PLT. CAMAT KALAENA", page.QuerySelector(".lampiran-1 .lampiran-heading")!.TextContent);
    }

    [Fact]
    public void Render_EveryPageGroup_CarriesTheQrCodeOfTheVerificationUrlAndTheFingerprint()
    {
        var agreement = Samples.Read(Samples.Kalaena).Agreements[0];

        var page = Parse(PrintView.Render(new PrintedAgreement(agreement, Status: "Disetujui"), Options));

        var footers = page.QuerySelectorAll("table.sheet > tfoot .verification");
        Assert.Equal(3, footers.Length);
        var fingerprint = AgreementFingerprint.Compute(agreement);
        foreach (var footer in footers)
        {
            var svg = footer.QuerySelector(".qr svg");
            Assert.NotNull(svg);
            Assert.NotEmpty(svg.QuerySelectorAll("path, rect"));
            Assert.Equal("https://kinerja.example/verifikasi/" + agreement.Id.ToString("D"), footer.QuerySelector(".url")!.TextContent);
            Assert.Equal("Sidik dokumen: " + string.Join(' ', fingerprint[..4], fingerprint[4..8], fingerprint[8..12], fingerprint[12..16]), footer.QuerySelector(".fingerprint")!.TextContent);
            Assert.Contains("Status: Disetujui", footer.TextContent);
            Assert.Contains("Dicetak 25 November 2025", footer.TextContent);
        }
    }

    [Fact]
    public void Render_Document_IsStandaloneIndonesianHtmlWithoutScriptOrExternalAsset()
    {
        var html = PrintView.Render(new PrintedAgreement(Samples.Read(Samples.Kalaena).Agreements[0]), Options);
        var page = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("size: A4 portrait", page.QuerySelector("head style")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe"));
        Assert.DoesNotContain(page.All, e => e.HasAttribute("src") || e.HasAttribute("href"));
        Assert.DoesNotContain("http", page.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void Render_TextWithMarkup_IsEncoded()
    {
        var agreement = Agreement("CAMAT KALAENA", sasaran: "<script>alert('x')</script> & <b>tebal</b>");

        var html = PrintView.Render(new PrintedAgreement(agreement), Options);
        var page = Parse(html);

        Assert.Empty(page.QuerySelectorAll("script, b"));
        Assert.Equal("<script>alert('x')</script> & <b>tebal</b>", page.QuerySelector("table.targets td.sasaran")!.TextContent);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void Render_WholeOffice_PrintsTheAgreementsInHierarchyOrder()
    {
        var agreements = Samples.Read(Samples.Kalaena).Agreements.Reverse().Select(a => new PrintedAgreement(a)).ToList();

        var page = Parse(PrintView.Render(agreements, Options));

        var positions = page.QuerySelectorAll("article.pk").Select(a => a.QuerySelector(".signature.first .jabatan")!.TextContent.TrimEnd(',')).ToList();
        Assert.Equal(7, positions.Count);
        Assert.Equal("CAMAT KALAENA", positions[0]);
        Assert.Equal("SEKRETARIS CAMAT", positions[1]);
        Assert.All(positions.Skip(2).Take(3), p => Assert.StartsWith("KEPALA SEKSI", p));
        Assert.All(positions.Skip(5), p => Assert.StartsWith("KEPALA SUB BAGIAN", p));
        Assert.Equal(3 * 7, page.QuerySelectorAll("table.sheet").Length);
        Assert.Equal((3 * 7) - 1, page.QuerySelectorAll("table.sheet.break").Length);
    }

    [Fact]
    public void Render_Amendment_ShowsThePreviousValueBesideEachChangedTargetAndAmount()
    {
        var original = Agreement("CAMAT KALAENA", target: "76", amount: 1_000_000);
        var amended = Agreement("CAMAT KALAENA", target: "80", amount: 1_250_000, kind: AgreementKind.Perubahan, extraLine: true);
        amended.Supersede(original);

        var page = Parse(PrintView.Render(new PrintedAgreement(amended, original), Options));

        Assert.Equal("80semula: 76", page.QuerySelector("table.targets td.target")!.TextContent);
        var amounts = page.QuerySelectorAll("table.budget tbody tr:not(.total) td.amount");
        Assert.Equal("Rp 1.250.000semula: Rp 1.000.000", amounts[0].TextContent);
        Assert.Equal("Rp 500.000baru pada perubahan", amounts[1].TextContent);
        Assert.Equal("PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Render_AmendmentWithANewOfficial_ShowsThePreviousNameOnTheAgreementPage()
    {
        var original = Agreement("CAMAT KALAENA");
        var amended = Agreement("Plt. CAMAT KALAENA", kind: AgreementKind.Perubahan, firstPartyName: "DARMAWATI, SE");

        var page = Parse(PrintView.Render(new PrintedAgreement(amended, original), Options));

        var firstParty = page.QuerySelectorAll("table.party")[0];
        Assert.Equal(["semula: H. MARSUKI, S.Pd., M.M.", "semula: CAMAT KALAENA"], firstParty.QuerySelectorAll(".was").Select(w => w.TextContent));
        Assert.Empty(page.QuerySelectorAll("table.party")[1].QuerySelectorAll(".was"));
    }

    [Fact]
    public void Render_AgreementWithoutPrevious_ShowsNoChangeNotes()
    {
        var page = Parse(PrintView.Render(new PrintedAgreement(Agreement("CAMAT KALAENA", kind: AgreementKind.Perubahan)), Options));

        Assert.Empty(page.QuerySelectorAll(".was"));
    }

    [Fact]
    public void Render_PenjelasanWrittenInTheEditor_PrintsEverySasaranWithTheTablesOfItsIndicators()
    {
        var agreement = Agreement("CAMAT KALAENA");
        var second = new Sasaran("2.", SasaranLevel.Strategis, "Meningkatnya akuntabilitas kinerja perangkat daerah");
        second.AddIndicator(Indicator.From(new IndicatorContent("Nilai AKIP Perangkat Daerah", TargetValue.Parse("76"), TargetExplanation: "Sesuai Renstra")));
        agreement.AddSasaran(second);

        Assert.True(agreement.SetExplanation(second.Id, "Akuntabilitas dinilai Inspektorat setiap tahun.").Success);
        var sections = Parse(PrintView.Render(new PrintedAgreement(agreement), Options)).QuerySelectorAll("section.explanation");

        Assert.Equal(2, sections.Length);
        Assert.DoesNotContain("Penjelasan:", sections[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Indeks Kepuasan Masyarakat (IKM)", sections[0].QuerySelector("table.target-explanations td")!.TextContent);
        Assert.Contains("Akuntabilitas dinilai Inspektorat setiap tahun.", sections[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["Nilai AKIP Perangkat Daerah", "76", "Sesuai Renstra"], sections[1].QuerySelectorAll("table.target-explanations td").Select(c => c.TextContent));
    }

    [Fact]
    public void Render_AmendmentOfTheKalaenaSeed_PenjelasanChangedInTheEditor_KeepsTheDocumentsTables_UntilRemoved()
    {
        var signed = Samples.Read(Samples.Kalaena).Agreements.Single(a => a.FirstParty.Position == "CAMAT KALAENA");
        var camat = signed.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan").Value!;
        var sasaran = camat.Sasarans[0];
        var rows = camat.Explanations[0].Indicators.Count;

        Assert.True(camat.SetExplanation(sasaran.Id, "Uraian yang diperbarui.").Success);
        var page = Parse(PrintView.Render(new PrintedAgreement(camat), Options));
        Assert.Equal(13, page.QuerySelectorAll("section.explanation").Length);
        var first = page.QuerySelector("section.explanation")!;
        Assert.Contains("Uraian yang diperbarui.", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(rows, first.QuerySelectorAll("table.indicators tbody tr").Length);

        Assert.True(camat.RemoveExplanation(sasaran.Id).Success);
        first = Parse(PrintView.Render(new PrintedAgreement(camat), Options)).QuerySelector("section.explanation")!;
        Assert.DoesNotContain("Uraian yang diperbarui.", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(sasaran.Indicators.Select(i => i.Text), first.QuerySelectorAll("table.indicators tbody tr td:first-child").Select(c => c.TextContent));
    }

    private static Agreement Agreement(
        string position,
        string sasaran = "Meningkatnya kualitas pelayanan publik",
        string target = "95",
        long amount = 1_000_000,
        AgreementKind kind = AgreementKind.Awal,
        bool extraLine = false,
        string firstPartyName = "H. MARSUKI, S.Pd., M.M.")
    {
        var agreement = new Agreement(
            2025,
            kind,
            "Kecamatan Kalaena",
            "Kabupaten Luwu Timur",
            new Party(firstPartyName, position, "19701024 199203 2 005"),
            new Party("Ir. H. IRWAN BACHRI SYAM, S.T., IPM.", "BUPATI LUWU TIMUR", null))
        {
            Place = "Kalaena",
            SignedAt = new DateOnly(2025, 1, 2),
        };
        var s = new Sasaran("1.", SasaranLevel.Strategis, sasaran);
        s.AddIndicator(new Indicator("Indeks Kepuasan Masyarakat (IKM)", TargetValue.Parse(target)));
        agreement.AddSasaran(s);
        agreement.AddBudgetLine(new BudgetLine("1.", BudgetLevel.Program, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", new Rupiah(amount), "APBD"));
        if (extraLine)
            agreement.AddBudgetLine(new BudgetLine("1.1.", BudgetLevel.Kegiatan, "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", new Rupiah(500_000), "APBD"));
        return agreement;
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<string> Texts(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.ChildNodes.OfType<IText>().Select(t => t.Data).FirstOrDefault() ?? string.Empty).ToList();
}
