using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Ascent.Bench;

/// The built Ascent.Web.dll running on Kestrel on a loopback port, as `dotnet Ascent.Web.dll` runs it,
/// with its output in a log file. Signs users in the way a browser does, to get a session cookie for wrk.
public sealed partial class AscentServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly string logPath;

    private AscentServer(Process process, StreamWriter log, string logPath, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        this.logPath = logPath;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public TimeSpan Cpu() => ProcessCpu.OfTree(process.Id);

    public static async Task<AscentServer> StartAsync(string connectionString, string dataDirectory)
    {
        // The same configuration as the bench itself (Release by default), built by the project reference.
        var configuration = typeof(AscentServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(RegisterFiles.RepositoryRoot(), "src", "Ascent.Web", "bin", configuration, "net10.0", "Ascent.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} not found: build src/Ascent.Web -c {configuration}.");

        var baseAddress = new Uri($"http://127.0.0.1:{PostgresServer.FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", baseAddress.ToString().TrimEnd('/') })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // Demo mode lets the bench's users skip two-factor set-up; it seeds nothing, because the import made tenants.
        start.Environment["Ascent__DemoMode"] = "true";
        start.Environment["Ascent__RequireHttps"] = "false";
        start.Environment["Ascent__Database__Provider"] = "Postgres";
        start.Environment["Ascent__Database__ConnectionString"] = connectionString;
        start.Environment["Ascent__DataDirectory"] = dataDirectory;

        var logPath = Path.Combine(dataDirectory, "server.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Ascent.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AscentServer(process, log, logPath, baseAddress);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// Signs in through the sign-in form, as a browser would, and returns the Cookie header that carries the session.
    public async Task<string> SignInAsync(string email, string password)
    {
        var cookies = new CookieContainer();
        using var client = Client(cookies);
        var form = await client.GetStringAsync("/account/sign-in");
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
            throw new InvalidOperationException("No __RequestVerificationToken on the sign-in page.");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await client.PostAsync("/account/sign-in", body);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in {email} answered {(int)response.StatusCode}, not a redirect.");
        return cookies.GetCookieHeader(BaseAddress);
    }

    /// Fetches a page once, to prove the cookie works: a 200, not a redirect to sign-in or two-factor set-up.
    public async Task<string> GetPageAsync(string? cookie, string path)
    {
        using var client = Client(new CookieContainer());
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} {response.Headers.Location}, not 200.");
        return await response.Content.ReadAsStringAsync();
    }

    /// The page's count as it shows it: "2,061", or "more than 1,000" once the count stops (it is bounded).
    public async Task<string> SettingsTotalAsync(string cookie, string path)
    {
        var total = SettingsTotal().Match(await GetPageAsync(cookie, path));
        if (!total.Success)
            throw new InvalidOperationException($"{path} shows no \"N settings\" line.");
        var count = int.Parse(string.Concat(total.Groups[2].Value.Where(char.IsAsciiDigit)), CultureInfo.InvariantCulture).ToString("N0", Format.Culture);
        return total.Groups[1].Success ? "more than " + count : count;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        await log.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = Client(new CookieContainer());
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Ascent exited with code {process.ExitCode}:\n{LogTail()}");
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Ascent was not ready within 90 seconds:\n{LogTail()}");
    }

    // The log lives in the bench's temp folder, which is deleted on the way out: a failure carries its end instead.
    private string LogTail()
    {
        using var reader = new StreamReader(new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(40));
    }

    private HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = BaseAddress };

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
                log.WriteLine(line);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    // The list says "70,980 settings" (or "1 setting match …"), formatted in the server's culture.
    [GeneratedRegex(@"govuk-body"">(More than )?([\d,.\u00a0\u202f]+) settings?\b")]
    private static partial Regex SettingsTotal();
}
