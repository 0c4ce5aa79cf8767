using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ascent.Tests.Support;

/// A no-JavaScript browser: keeps cookies, follows redirects when asked, reads pages with AngleSharp and
/// submits their forms with every field they carry (the antiforgery token included), as a person's browser would.
public sealed class Browser(HttpClient client, AscentFixture app) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    public async Task<Page> GetAsync(string url, bool follow = true) => await SendAsync(new HttpRequestMessage(HttpMethod.Get, url), follow);

    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, bool follow = true) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) }, follow);

    /// Submits a page's multipart form with files, as a browser does for an upload.
    public async Task<Page> UploadAsync(Page page, IDictionary<string, string> values, string fileField, params (string Name, byte[] Content)[] files)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>("main form[enctype='multipart/form-data']")
            ?? throw new InvalidOperationException($"No upload form on {page.Url}");
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in FormFields(form).Where(f => !values.ContainsKey(f.Key) && f.Key != fileField))
            content.Add(new StringContent(value), key);
        foreach (var (key, value) in values)
            content.Add(new StringContent(value), key);
        foreach (var (name, bytes) in files)
            content.Add(new ByteArrayContent(bytes), fileField, name);
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, page.Url) { Content = content }, follow: true);
    }

    /// Fills in the page's form (the first one, or the one matching the selector) and submits it.
    public Task<Page> SubmitAsync(Page page, IDictionary<string, string>? values = null, string formSelector = "main form", bool follow = true)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}:\n{page.Text[..Math.Min(page.Text.Length, 2000)]}");
        var fields = FormFields(form);
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        return PostAsync(action, fields, follow);
    }

    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                continue;
            fields.Add(new(input.Name!, input.Value));
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
            fields.Add(new(area.Name!, area.Value));
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
            fields.Add(new(select.Name!, select.Value ?? ""));
        return fields;
    }

    /// Signs in as a TestWorld user, answering the two-factor question with a code from their authenticator key.
    public async Task<Page> SignInAsync(string email, string password = TestWorld.Password)
    {
        var page = await GetAsync("/account/sign-in");
        page = await SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (page.Url.StartsWith("/account/two-factor", StringComparison.Ordinal))
        {
            // Identity checks authenticator codes against the real clock, not the app's TimeProvider.
            var code = Totp.Code(app.World.AuthenticatorKeys[email], TimeProvider.System.GetUtcNow());
            page = await SubmitAsync(page, new Dictionary<string, string> { ["Code"] = code });
        }

        return page;
    }

    private async Task<Page> SendAsync(HttpRequestMessage request, bool follow)
    {
        var url = request.RequestUri!.ToString();
        var response = await client.SendAsync(request);
        for (var hops = 0; follow && hops < 10 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            var location = response.Headers.Location!;
            url = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            response.Dispose();
            response = await client.GetAsync(url);
        }

        var text = await response.Content.ReadAsStringAsync();
        return new Page(url, response, Parser.ParseDocument(text), text);
    }

    public void Dispose() => client.Dispose();
}

public sealed record Page(string Url, HttpResponseMessage Response, IHtmlDocument Document, string Text)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    public IReadOnlyList<string> ErrorMessages =>
        [.. Document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim())];

    public string? Location => Response.Headers.Location?.OriginalString;
}
