using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Email;

/// One message: its delivery history in full, and the message itself as an .eml file that any mail program opens
/// (unless it carries a secret for its recipient alone). Another LA's message is not found.
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public OutboxDetails Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var item = await db.OutboxMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new OutboxDetails(
                new OutboxRow(m.Id, m.CreatedAt, m.Recipients, m.Subject, m.Status, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError),
                m.Confidential))
            .SingleOrDefaultAsync(cancellationToken);
        if (item is null)
            return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(long id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Content, m.Confidential }).SingleOrDefaultAsync(cancellationToken);
        if (message is null || message.Confidential)
            return NotFound();
        return File(message.Content, "message/rfc822", $"ascent-email-{id}.eml");
    }
}

public sealed record OutboxDetails(OutboxRow Message, bool Confidential);
