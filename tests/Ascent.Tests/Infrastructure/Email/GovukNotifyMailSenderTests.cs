using System.Net;
using System.Text;
using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Ascent.Tests.Infrastructure.Email;

/// GOV.UK Notify's client against a local HTTP listener standing in for Notify's API: what Ascent asks Notify to
/// send, as Notify would receive it.
public sealed class GovukNotifyMailSenderTests : IDisposable
{
    private const string TemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    private static readonly string ApiKey = $"ascent_test-{Guid.NewGuid()}-{Guid.NewGuid()}";

    private readonly HttpListener _listener = new();
    private readonly string _baseUrl;

    public GovukNotifyMailSenderTests()
    {
        for (var attempt = 1; ; attempt++)
        {
            _baseUrl = $"http://127.0.0.1:{FreePort.Next()}/";
            _listener.Prefixes.Add(_baseUrl);
            try
            {
                _listener.Start();
                return;
            }
            catch (HttpListenerException) when (attempt < 3)
            {
                _listener.Prefixes.Clear(); // another process took the port
            }
        }
    }

    private GovukNotifyMailSender Sender() =>
        new(new GovukNotifyOptions { ApiKey = ApiKey, TemplateId = TemplateId, BaseUrl = _baseUrl.TrimEnd('/') }, NullLogger<GovukNotifyMailSender>.Instance);

    private static MimeMessage Message()
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("Ascent <no-reply@ascent.example>"));
        message.To.Add(new MailboxAddress("Vera Visitor", "vera@example.test"));
        message.Cc.Add(new MailboxAddress("Manny Manager", "manny@example.test"));
        message.Subject = "Visit on 12 March";
        var body = new BodyBuilder { TextBody = "Your visit is booked.\n\nSee you then." };
        body.Attachments.Add("visit.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray(), new ContentType("text", "calendar"));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// Answers each request as Notify does and returns what was asked.
    private async Task<List<(string Path, string? Authorization, JsonElement Body)>> AnswerAsync(int count, HttpStatusCode status)
    {
        var requests = new List<(string, string?, JsonElement)>();
        for (var i = 0; i < count; i++)
        {
            var context = await _listener.GetContextAsync().WaitAsync(TimeSpan.FromSeconds(10));
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            using var json = JsonDocument.Parse(await reader.ReadToEndAsync());
            requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], json.RootElement.Clone()));
            var id = Guid.NewGuid();
            var answer = status == HttpStatusCode.Created
                ? JsonSerializer.Serialize(new
                {
                    id,
                    reference = (string?)null,
                    content = new { subject = "s", body = "b", from_email = "ascent@notifications.service.gov.uk" },
                    uri = $"{_baseUrl}v2/notifications/{id}",
                    template = new { id = TemplateId, version = 1, uri = $"{_baseUrl}v2/template/{TemplateId}" },
                })
                : """{"status_code":400,"errors":[{"error":"BadRequestError","message":"Can't send to this recipient using a team-only API key"}]}""";
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }

        return requests;
    }

    [Fact]
    public async Task EachRecipient_IsSentTheTemplateWithTheSubjectAndPlainTextBody()
    {
        var answering = AnswerAsync(2, HttpStatusCode.Created);
        await Sender().SendAsync(Message());
        var requests = await answering;

        Assert.Equal(["vera@example.test", "manny@example.test"], requests.Select(r => r.Body.GetProperty("email_address").GetString()));
        foreach (var (path, authorization, body) in requests)
        {
            Assert.Equal("/v2/notifications/email", path);
            Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
            Assert.Equal(TemplateId, body.GetProperty("template_id").GetString());
            var personalisation = body.GetProperty("personalisation");
            Assert.Equal("Visit on 12 March", personalisation.GetProperty("subject").GetString());
            Assert.Equal("Your visit is booked.\n\nSee you then.", personalisation.GetProperty("body").GetString()?.ReplaceLineEndings("\n").TrimEnd());
        }
    }

    [Fact]
    public async Task ARefusal_IsAnError_SoTheOutboxTriesAgain()
    {
        var answering = AnswerAsync(1, HttpStatusCode.BadRequest);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Sender().SendAsync(Message()));
        await answering;
        Assert.Contains("team-only API key", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();
}
