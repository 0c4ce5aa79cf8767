using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.BadInput;

/// Every form and upload of Ascent, sent bad input of every kind one field at a time: nothing answers 5xx, no
/// script comes back unescaped, and when Ascent shows an error no table has changed. One fixture per database and
/// one test that loops over the cases, so that a thousand requests stay quick; each failure names its form, field,
/// kind of input and status.
public abstract class BadInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public void EveryPageWithAForm_IsInTheSuite()
    {
        var posting = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods.Any(h => h.HttpMethod == "Post") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(BadInputWorld.CoveredPages.Order(StringComparer.Ordinal), posting);
    }

    [Fact]
    public async Task EveryForm_RefusesBadInput_WithoutA5xx_AndWithoutWritingWhenItShowsAnError()
    {
        var world = await BadInputWorld.BuildAsync(app);
        await app.WaitForOutboxAsync();
        var counts = await TableCounts.ForAsync(app);
        var serverErrors = new ServerErrors();
        app.Factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().AddProvider(serverErrors);
        var failures = new List<string>();
        var reached = new HashSet<string>();
        var sent = new HashSet<string>();
        var cases = 0;
        var timer = System.Diagnostics.Stopwatch.StartNew();
        foreach (var target in world.Targets)
        {
            var browser = await world.BrowserForAsync(target.User);
            var page = await browser.GetAsync(target.Url, follow: false);
            if (page.Status != HttpStatusCode.OK)
            {
                failures.Add($"{target.Url} as {target.User ?? "anonymous"}: the page answered {(int)page.Status} before any bad input {serverErrors.Take()}");
                continue;
            }

            var forms = FoundForm.On(target.Url, page.Document).Where(f => !BadInputWorld.Skipped(f.Action)).ToList();
            for (var i = 0; i < forms.Count; i++)
            {
                var form = forms[i];
                reached.Add(BadInputWorld.PageOf(form.Action) ?? form.Action);
                var before = await counts.ReadAsync(app);
                foreach (var (label, send) in Cases(form))
                {
                    // The same form on another record (a case's six tasks) is probed once per field and value.
                    if (!sent.Add($"{BadInputWorld.PageOf(form.Action)} {label}"))
                        continue;
                    cases++;
                    serverErrors.Take();
                    using var response = await browser.Client.SendAsync(send());
                    var status = (int)response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync();
                    var where = $"{form.Action} ({target.User ?? "anonymous"}) {label}";
                    if (status >= 500)
                        failures.Add($"{where}: {status} {serverErrors.Take()}");
                    if (text.Contains(BadValues.ScriptMarker, StringComparison.Ordinal))
                        failures.Add($"{where}: the script came back unescaped");
                    if (status is >= 300 and < 400 && BadInputWorld.RefusesBadFiles(form.Action) && BadValues.MustBeRefused(label))
                        failures.Add($"{where}: the file was accepted");
                    if (status is >= 300 and < 400)
                    {
                        // It was accepted: fine, but the form must be read again for its new version and token.
                        await app.WaitForOutboxAsync();
                        await TableCounts.WaitForImportsAsync(app);
                        before = await counts.ReadAsync(app);
                        if (response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true)
                            browser = await world.BrowserForAsync(target.User, fresh: true);
                        var again = await browser.GetAsync(target.Url, follow: false);
                        if (again.Text.Contains(BadValues.ScriptMarker, StringComparison.Ordinal))
                            failures.Add($"{where}: the script came back unescaped on the page after saving");
                        var reread = again.Status == HttpStatusCode.OK ? FoundForm.On(target.Url, again.Document).Where(f => !BadInputWorld.Skipped(f.Action)).ToList() : [];
                        if (reread.Count != forms.Count)
                            break;
                        form = forms[i] = reread[i];
                        continue;
                    }

                    var after = await counts.ReadAsync(app);
                    var error = status >= 400 || text.Contains("class=\"govuk-error-summary\"", StringComparison.Ordinal);
                    if (!error && BadInputWorld.RefusesBadFiles(form.Action) && BadValues.MustBeRefused(label))
                        failures.Add($"{where}: the file was accepted");
                    var changed = TableCounts.Differences(before, after);
                    if (error && changed.Length > 0 && !BadInputWorld.CountsFailedAttempts(form.Action) && !await TableCounts.OnlyBackgroundWorkAsync(app, before, after))
                        failures.Add($"{where}: showed an error ({status}) but changed {changed}");
                    before = after;
                }
            }
        }

        // The error page takes any number in its address: only real error codes are answered with themselves.
        foreach (var code in new[] { "-1", "0", "99", "200", "302", "404", "429", "500", "599", "600", "99999", "2147483647", "2147483648" })
        {
            cases++;
            var expected = int.TryParse(code, out var number) && number is >= 400 and <= 599 ? number : 404;
            try
            {
                using var response = await (await world.BrowserForAsync(null)).Client.GetAsync($"/error/{code}");
                if ((int)response.StatusCode != expected)
                    failures.Add($"/error/{code} ({BadKind.OutOfRangeNumber}): {(int)response.StatusCode}, expected {expected}");
            }
            catch (ArgumentOutOfRangeException e)
            {
                failures.Add($"/error/{code} ({BadKind.OutOfRangeNumber}): the server failed: {e.Message}");
            }
        }

        reached.Add("/error/{code:int?}");
        var unreached = BadInputWorld.CoveredPages.Where(p => !reached.Contains(p)).ToList();
        Assert.True(failures.Count == 0 && unreached.Count == 0,
            $"{failures.Count} of {cases} cases ({timer.Elapsed}) on {app.ProviderName} failed:\n{string.Join("\n", failures.Take(200))}\nPages never reached: {string.Join(", ", unreached)}");
        Assert.True(cases >= 500, $"Only {cases} cases were sent on {app.ProviderName}");
    }

    /// Every bad value of every field of a form, and every bad file for its file fields, each as a request to send.
    private static IEnumerable<(string Label, Func<HttpRequestMessage> Send)> Cases(FoundForm form)
    {
        var token = form.Fields.FirstOrDefault(f => f.Name == "__RequestVerificationToken");
        foreach (var field in form.Fields.Where(f => f != token))
        {
            foreach (var bad in BadValues.For(field))
            {
                var fields = form.Fields.Where(f => f.Name != field.Name || bad.Kind == BadKind.DuplicatedField).Select(f => (f.Name, f.Value)).ToList();
                if (bad.Kind == BadKind.DuplicatedField)
                    fields.Add((field.Name, bad.Value!));
                else if (bad.Value is not null)
                    fields.Add((field.Name, bad.Value));
                yield return ($"field {field.Name}, {bad.Kind}: {bad.Label}", () => Request(form, fields, GoodFile(form)));
            }
        }

        foreach (var fileField in form.FileFields)
        {
            foreach (var (label, name, content) in BadValues.Files())
            {
                var fields = form.Fields.Select(f => (f.Name, f.Value)).ToList();
                yield return ($"file {fileField}, {BadKind.MalformedFile}: {label}", () => Request(form, fields, [(fileField, name, content)]));
            }
        }
    }

    private static List<(string Field, string Name, byte[] Content)> GoodFile(FoundForm form) =>
        [.. form.FileFields.Select(f => (f, BadInputWorld.GoodFileName(form.Action), BadInputWorld.GoodFile(form.Action)))];

    private static HttpRequestMessage Request(FoundForm form, List<(string Name, string Value)> fields, List<(string Field, string Name, byte[] Content)> files)
    {
        HttpContent content;
        if (form.Multipart)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
                multipart.Add(new StringContent(value, Encoding.UTF8), name);
            foreach (var (field, name, bytes) in files)
            {
                // Written by hand so that an empty name or a NUL in it reaches Ascent as a browser could send it.
                var part = new ByteArrayContent(bytes);
                part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field}\"; filename=\"{name}\"");
                part.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
                multipart.Add(part);
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        }

        return new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = content };
    }
}

public sealed class BadInputTestsOnSqlite(SqliteFixture app) : BadInputTests<SqliteFixture>(app);

public sealed class BadInputTestsOnPostgres(PostgresFixture app) : BadInputTests<PostgresFixture>(app);
