using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Notifications;

/// The signed-in person's notifications, newest first. The query filter shows each person only their own, so an id
/// of someone else's is simply not found.
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int Shown = 100;

    public IReadOnlyList<NotificationRow> Rows { get; private set; } = [];

    public int Unread { get; private set; }

    public int Total { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking();
        Total = await mine.CountAsync(cancellationToken);
        Unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        Rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Shown)
            .Select(n => new NotificationRow(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
            return NotFound();
        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Message = "Notification marked as read";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.Where(n => n.ReadAt == null).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var notification in unread)
            notification.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        Message = unread.Count == 1 ? "1 notification marked as read" : $"{unread.Count} notifications marked as read";
        return RedirectToPage();
    }

    public sealed record NotificationRow(long Id, string Text, string? Link, DateTimeOffset CreatedAt, bool IsRead);
}
