using Ascent.Web.Data;
using Ascent.Web.Domain.Email;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Ascent.Web.Infrastructure.Email;

/// One pass over the outbox: every message that is due is claimed, sent and marked sent, or marked failed to be
/// tried again later (OutboxRetry). Safe to run from several places at once (two instances, the worker and a test):
/// each message is claimed with an optimistic version check before it is sent, so only one of them sends it.
///
/// Delivery is at least once. A message is marked sent only after the mail server has accepted it; there is no
/// transaction spanning the database and SMTP, so a crash between the server's acceptance and the mark (or a lost
/// reply) sends that message again when its claim runs out. A duplicate e-mail is a nuisance; a lost invitation,
/// reset link or visit confirmation is a failure that nobody notices.
public sealed class OutboxDelivery(AppDbContext db, TimeProvider time, IMailSender sender, ILogger<OutboxDelivery> logger)
{
    /// How long a claimed message is left to its worker. Longer than any one attempt can take (SendTimeout), so a
    /// slow attempt is not taken over by another worker; after it, a worker that died mid-attempt is assumed gone.
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    // MailKit's own timeout is per operation; this bounds the whole attempt (connect, authenticate, send).
    private static readonly TimeSpan SendTimeout = TimeSpan.FromMinutes(3);

    private const int BatchSize = 50;

    /// Returns how many messages this pass sent.
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!db.CurrentUser.IsSystem)
            throw new InvalidOperationException("The outbox is delivered by the system.");
        var sent = 0;
        while (true)
        {
            // Every message taken here stops being due (sent, failed into the future, or claimed by another
            // worker), so each batch finds new ones and the loop ends.
            var now = time.GetUtcNow();
            var due = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                if (await DeliverAsync(id, cancellationToken))
                    sent++;
            }

            if (due.Count < BatchSize)
                return sent;
        }
    }

    private async Task<bool> DeliverAsync(long id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null || !message.IsDueAt(time.GetUtcNow()))
            return false;
        message.Claim(time.GetUtcNow() + ClaimLease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // another worker claimed it first, or an administrator just changed it
        }

        var error = await TrySendAsync(message, cancellationToken);
        await RecordAsync(message, error);
        return error is null;
    }

    private async Task<string?> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SendTimeout);
        try
        {
            using var content = new MemoryStream(message.Content, writable: false);
            using var mime = await MimeMessage.LoadAsync(content, timeout.Token);
            await sender.SendAsync(mime, timeout.Token);
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "E-mail {MessageId} ({Subject}) could not be sent on attempt {Attempt}", message.Id, message.Subject, message.Attempts + 1);
            return e is OperationCanceledException ? $"No answer from the mail server within {SendTimeout.TotalMinutes:N0} minutes." : e.Message;
        }
    }

    /// Marks the attempt. An administrator may have pressed "Try again now" while it was under way; the outcome of
    /// the attempt is recorded over that all the same.
    private async Task RecordAsync(OutboxMessage message, string? error)
    {
        for (var tries = 0; ; tries++)
        {
            var at = time.GetUtcNow();
            if (error is null)
            {
                message.MarkSent(at);
            }
            else
            {
                var delay = OutboxRetry.DelayAfter(message.Attempts + 1);
                message.MarkFailed(error, at, delay);
                if (delay is null)
                    logger.LogError("E-mail {MessageId} ({Subject}) failed {Attempts} times and will not be tried again: {Error}", message.Id, message.Subject, message.Attempts, error);
            }

            try
            {
                // Not cancelled on shutdown: the attempt happened, and a sent message must be recorded as sent.
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (tries < 3)
            {
                db.ChangeTracker.Clear();
                message = await db.OutboxMessages.SingleAsync(m => m.Id == message.Id, CancellationToken.None);
                if (message.Status == OutboxStatus.Sent)
                    return; // a retry that started meanwhile got it through
                logger.LogInformation(e, "E-mail {MessageId} changed during its attempt; recording the attempt again", message.Id);
            }
        }
    }
}
