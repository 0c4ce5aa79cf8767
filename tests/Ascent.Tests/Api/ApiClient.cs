using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Ascent.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ascent.Tests.Api;

/// What a reporting tool does: a token made on the API tokens page, then plain HTTP with no cookies.
public static class ApiClient
{
    public const string CreateFormSelector = "main form[action$='handler=Create']";

    /// Makes a token on /account/tokens as the browser's signed-in user and reads it off the page.
    public static async Task<string> CreateTokenAsync(Browser browser, string? name = null, int days = 90)
    {
        name ??= "Token " + Guid.NewGuid().ToString("N")[..8];
        var page = await browser.GetAsync("/account/tokens");
        page = await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.LifetimeInDays"] = days.ToString(CultureInfo.InvariantCulture),
        }, CreateFormSelector);
        return page.Document.QuerySelector("code.app-token")?.TextContent.Trim()
            ?? throw new InvalidOperationException($"No token on {page.Url}: {string.Join("; ", page.ErrorMessages)}");
    }

    public static async Task<string> SignInAndCreateTokenAsync(AscentFixture app, string email, string? name = null)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email);
        return await CreateTokenAsync(browser, name);
    }

    public static HttpClient For(AscentFixture app, string? token)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<string> Strings(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];
}
