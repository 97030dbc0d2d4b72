using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// A form of a page as the browser would submit it: its action and every field it holds (hidden ones included, so the
/// antiforgery token goes along), with the test's own values on top.
/// </summary>
public sealed class HtmlForm
{
    private readonly Dictionary<string, string> fields;

    private HtmlForm(string action, Dictionary<string, string> fields)
    {
        Action = action;
        this.fields = fields;
    }

    public string Action { get; }

    public IReadOnlyDictionary<string, string> Fields => fields;

    /// <summary>The first form on <paramref name="url"/> matching <paramref name="selector"/>.</summary>
    public static async Task<HtmlForm> LoadAsync(HttpClient client, string url, string selector = "main form[method=post]")
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return Parse(html, url, selector);
    }

    public static HtmlForm Parse(string html, string pageUrl, string selector = "main form[method=post]")
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{selector}' on {pageUrl}.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is not ("file" or "submit" or "checkbox" or "radio") && input.Name is { Length: > 0 } name:
                    values[name] = input.Value;
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: true, Name: { Length: > 0 } name } input:
                    values[name] = input.Value;
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    values[name] = area.Value;
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    values[name] = select.Value ?? string.Empty;
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new HtmlForm(string.IsNullOrEmpty(action) ? pageUrl : action, values);
    }

    public HtmlForm Set(string name, string value)
    {
        fields[name] = value;
        return this;
    }

    public HtmlForm Without(string name)
    {
        fields.Remove(name);
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsync(new Uri(Action, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>Posts as multipart/form-data with one file.</summary>
    public Task<HttpResponseMessage> PostFileAsync(HttpClient client, string fieldName, string fileName, byte[] content, string contentType = "text/plain")
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            body.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fieldName, fileName);
        return client.PostAsync(new Uri(Action, UriKind.Relative), body);
    }
}
