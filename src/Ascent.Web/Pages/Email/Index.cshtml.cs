using Ascent.Web.Data;
using Ascent.Web.Domain.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Email;

/// The e-mail Ascent has sent, is sending and could not send, newest first. The query filter shows an LA
/// administrator their own LA's messages and a system administrator everyone's. (The folder is EmailOutbox, not
/// Outbox, so that its namespace does not hide the Outbox service from the other pages.)
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 50;

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Pending { get; private set; }

    public int Failed { get; private set; }

    public int Sent { get; private set; }

    public int PageCount => Math.Max(1, (Pending + Failed + Sent + PageSize - 1) / PageSize);

    public IReadOnlyList<OutboxRow> Rows { get; private set; } = [];

    public Func<int, string> PageUrl => page => $"/outbox?p={page}";

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.OutboxMessages.GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(OutboxStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        (Pending, Failed, Sent) = (Count(OutboxStatus.Pending), Count(OutboxStatus.Failed), Count(OutboxStatus.Sent));

        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.CreatedAt, m.Recipients, m.Subject, m.Status, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError))
            .ToListAsync(cancellationToken);
    }

    /// "Try again now", from this list or a message's own page.
    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
            return NotFound();
        if (message.Status == OutboxStatus.Sent)
        {
            Message = $"The e-mail “{message.Subject}” has already been sent";
        }
        else
        {
            // Saving a due message wakes the delivery worker (OutboxWakeInterceptor).
            message.Retry(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            Message = $"The e-mail “{message.Subject}” is being sent again";
        }

        return RedirectToPage(new { p = PageNumber });
    }
}

public sealed record OutboxRow(long Id, DateTimeOffset CreatedAt, string Recipients, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError)
{
    public bool CanRetry => Status != OutboxStatus.Sent;

    /// The start of the error; the message's own page has all of it.
    public string? ShortError => LastError is { Length: > 150 } error ? error[..150] + "…" : LastError;

    public string StatusText => Status switch
    {
        OutboxStatus.Sent => "Sent",
        OutboxStatus.Failed => "Failed",
        _ => Attempts > 0 ? "Retrying" : "Waiting",
    };

    public string StatusColour => Status switch
    {
        OutboxStatus.Sent => "green",
        OutboxStatus.Failed => "red",
        _ => Attempts > 0 ? "orange" : "blue",
    };
}
