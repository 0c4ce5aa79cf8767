using Ascent.Web.Data;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Note;

/// The note of a visit. LA staff write the draft (evaluating the carried-forward recommendations, adding new ones and
/// agreed actions), may ask the Senior Improvement Adviser to review it, and issue it; after that it is read-only
/// and corrected by addenda. The setting sees it once issued, and acknowledges it.
public sealed class IndexModel(AppDbContext db, TimeProvider time, NoteWork work) : NoteFormPage(db)
{
    [BindProperty]
    public string? Addendum { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Note is null)
            return IsLocalAuthority ? Redirect($"/visits/{id}") : NotFound();
        if (CanEdit)
        {
            await work.CarryForwardAsync(Note, cancellationToken);
            FillInputs();
        }

        Version = Note.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsLocalAuthority || Visit.Status == VisitStatus.Cancelled)
            return Forbid();
        if (Note is null)
        {
            await work.StartAsync(Visit, cancellationToken);
            try
            {
                await Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A colleague started it at the same moment (one note per visit): theirs is the note.
                Db.ChangeTracker.Clear();
            }
        }

        return Redirect($"/visits/{id}/note");
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        SaveDraftAsync(id, "Draft saved", () => Task.FromResult(true), cancellationToken);

    public Task<IActionResult> OnPostRequestReviewAsync(int id, CancellationToken cancellationToken) =>
        SaveDraftAsync(id, "Draft saved and sent to the Senior Improvement Adviser for review", async () =>
        {
            await work.RequestReviewAsync(Note!, Visit, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<IActionResult> OnPostReviewAsync(int id, CancellationToken cancellationToken) =>
        SaveDraftAsync(id, "Review recorded: the adviser can see your comments", () =>
        {
            Note!.Review(Db.CurrentUser.DisplayName, ReviewComment, time.GetUtcNow());
            return Task.FromResult(true);
        }, cancellationToken, reviewing: true);

    public Task<IActionResult> OnPostIssueAsync(int id, CancellationToken cancellationToken) =>
        SaveDraftAsync(id, "Note issued. It has been sent to the setting and your colleagues.", async () =>
        {
            foreach (var (field, problem) in NoteWork.ProblemsBeforeIssuing(Note!, Visit))
                ModelState.AddModelError(field, problem);
            if (!ModelState.IsValid)
                return false;
            await work.IssueAsync(Note!, Visit, cancellationToken);
            return true;
        }, cancellationToken);

    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsSettingLeader || Note is not { IsIssued: true })
            return Forbid();
        work.Acknowledge(Note, Visit);
        return await SaveAsync(id, "Thank you: you have acknowledged the note of visit", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddendumAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsLocalAuthority || Note is not { IsIssued: true })
            return Forbid();
        if (string.IsNullOrWhiteSpace(Addendum))
            ModelState.AddModelError(nameof(Addendum), "Enter the addendum");
        else
            Check(Addendum, NoteAddendum.TextMaxLength, nameof(Addendum), "Addendum");
        if (!ModelState.IsValid)
            return Page();
        await work.AddAddendumAsync(Note, Visit, Addendum!, cancellationToken);
        return await SaveAsync(id, "Addendum added and sent to the setting", cancellationToken);
    }

    /// Copies the form onto the draft (carrying forward any recommendation issued meanwhile), then does what the
    /// button asks; the page again, with the problems, if the form or the note is not ready.
    private async Task<IActionResult> SaveDraftAsync(int id, string message, Func<Task<bool>> then, CancellationToken cancellationToken, bool reviewing = false)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!(reviewing ? CanReview : CanEdit))
            return Forbid();
        await work.CarryForwardAsync(Note!, cancellationToken);
        if (!CopyOntoDraft() || !await then())
            return Page();
        return await SaveAsync(id, message, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int id, string message, CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Version = Note?.Version ?? 0;
            ModelState.AddModelError(nameof(SeenAndDiscussed), "Someone else changed this note while you had it open. Your version is below and theirs is saved: compare them, then save again.");
            return Page();
        }

        TempData["Message"] = message;
        return Redirect($"/visits/{id}/note");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadVisitAsync(id, cancellationToken))
            return false;
        Note = await Db.VisitNotes
            .Include(n => n.Reviews.OrderBy(r => r.Id)).ThenInclude(r => r.Recommendation).ThenInclude(r => r!.Note)
            .Include(n => n.Recommendations).Include(n => n.Actions).ThenInclude(a => a.Goal).Include(n => n.Addenda)
            .AsSplitQuery().FirstOrDefaultAsync(n => n.VisitId == id, cancellationToken);
        if (CanEdit)
        {
            await LoadOpenGoalsAsync(cancellationToken);
            await LoadOfferItemsAsync(cancellationToken);
        }
        return true;
    }
}
