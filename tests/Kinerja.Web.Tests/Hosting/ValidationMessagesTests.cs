using System.ComponentModel.DataAnnotations;
using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Pk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Tests.Hosting;

/// <summary>Values that cannot be bound, and attributes without a message of their own, answer in Indonesian.</summary>
[Collection(WebCollection.Name)]
public class ValidationMessagesTests
{
    private static readonly string[] EnglishWords = ["value", "valid", "field", "required", "must", "supplied", "body"];

    [Fact]
    public async Task Signing_WithATamperedDate_AnswersInIndonesianKeepsWhatWasTypedAndSignsNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (operatorClient, draftId) = await WorkflowTests.ApprovedAmendmentAsync(factory);
        using var client = operatorClient;

        var detail = await client.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var sign = HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "31-02-2025");
        Assert.Contains("__RequestVerificationToken", sign.Fields.Keys);
        var response = await sign.PostFileAsync(client, "Pindaian", "pk-bertanda-tangan.pdf", SampleRecords.ScanPdf, "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        const string message = "Nilai \"31-02-2025\" tidak sah untuk Tanggal penandatanganan.";
        Assert.Contains(message, page.QuerySelector(".validation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=TanggalTandaTangan]")!.TextContent.Trim());
        Assert.Equal("31-02-2025", page.QuerySelector("input#TanggalTandaTangan")!.GetAttribute("value"));
        Assert.DoesNotContain("is not valid", page.Body!.TextContent, StringComparison.Ordinal);
        var agreement = await SampleRecords.ReloadAsync(factory.Services, draftId);
        Assert.Equal((AgreementStatus.Approved, null), (agreement.Status, agreement.SignatureEvidence));
    }

    [Fact]
    public async Task EveryModelBindingMessage_IsIndonesian()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var messages = factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ModelBindingMessageProvider;

        string[] shown =
        [
            messages.MissingBindRequiredValueAccessor("Tahun"),
            messages.MissingKeyOrValueAccessor(),
            messages.MissingRequestBodyRequiredValueAccessor(),
            messages.ValueMustNotBeNullAccessor(string.Empty),
            messages.AttemptedValueIsInvalidAccessor("abc", "Kantor"),
            messages.NonPropertyAttemptedValueIsInvalidAccessor("abc"),
            messages.UnknownValueIsInvalidAccessor("Kantor"),
            messages.NonPropertyUnknownValueIsInvalidAccessor(),
            messages.ValueIsInvalidAccessor("1.2.3"),
            messages.ValueMustBeANumberAccessor("Tahun"),
            messages.NonPropertyValueMustBeANumberAccessor(),
        ];

        Assert.Equal("Nilai \"abc\" tidak sah untuk Kantor.", shown[4]);
        Assert.Equal("Tahun harus berupa angka.", shown[9]);
        Assert.All(shown, text => Assert.DoesNotContain(EnglishWords, word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData(nameof(Form.Nama), "Nama wajib diisi.")]
    [InlineData(nameof(Form.Jumlah), "Jumlah harus antara 1 dan 10.")]
    [InlineData(nameof(Form.Kode), "Kode paling panjang 5 karakter.")]
    [InlineData(nameof(Form.Catatan), "Catatan sendiri.")]
    public async Task AttributesWithoutAMessage_GetAnIndonesianOne_OwnMessagesAreKept(string property, string expected)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var metadata = factory.Services.GetRequiredService<IModelMetadataProvider>().GetMetadataForProperty(typeof(Form), property);

        var attribute = Assert.Single(metadata.ValidatorMetadata.OfType<ValidationAttribute>());

        Assert.Equal(expected, attribute.FormatErrorMessage(metadata.GetDisplayName()));
    }

    /// <summary>A form model as pages write them: a non-nullable string (MVC adds [Required] itself) and bare attributes.</summary>
    public sealed class Form
    {
        public string Nama { get; set; } = string.Empty;

        [Range(1, 10)]
        public int Jumlah { get; set; }

        [StringLength(5)]
        public string? Kode { get; set; }

        [Required(ErrorMessage = "Catatan sendiri.")]
        public string? Catatan { get; set; }
    }
}
