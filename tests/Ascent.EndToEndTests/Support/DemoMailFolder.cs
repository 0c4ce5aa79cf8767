namespace Ascent.EndToEndTests.Support;

/// The demo's mail pickup folder, where the outbox writes each e-mail as an .eml file: journeys wait there for what a
/// person would find in their inbox.
public static class DemoMailFolder
{
    /// The first e-mail to `to` whose text has `subject` (a "Subject: …" line, or part of one), waiting up to 90
    /// seconds, as the pages wait: the outbox worker shares a loaded machine with the browser and the server.
    public static async Task<string> WaitForAsync(AscentBrowserFixture app, string to, string subject)
    {
        ArgumentNullException.ThrowIfNull(app);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (Directory.Exists(app.MailDirectory))
            {
                foreach (var file in Directory.GetFiles(app.MailDirectory, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (text.Contains(to, StringComparison.OrdinalIgnoreCase) && text.Contains(subject, StringComparison.Ordinal))
                        return text;
                }
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No e-mail to {to} with \"{subject}\" reached {app.MailDirectory}");
    }
}
