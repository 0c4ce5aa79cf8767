using System.ComponentModel.DataAnnotations;
using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Funding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Funding;

public sealed class DecisionModel(AppDbContext db, FundingService funding, FundingStatuses statuses, FundingRules rules, IAuthorizationService authorization) : PageModel
{
    public const string Confirm = "confirm";
    public const string Reject = "reject";

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public FundingDecision Decision { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public string Reference { get; private set; } = "";

    public IReadOnlyDictionary<string, FundingState> Current { get; private set; } = new Dictionary<string, FundingState>();

    public bool CanDecide { get; private set; }

    /// The rule that proposed the change, by its name in funding/rules.yaml.
    public string RuleName => rules.Name(Decision.RuleCode);

    /// What led to the proposal, in words: the register change or the case task.
    public string? ProposedAfter { get; private set; }

    /// The letter confirming would make, shown before the manager confirms.
    public FundingLetter? Preview { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public static IEnumerable<SelectListItem> DecisionItems { get; } =
        [new("Confirm the change and make the letter to the setting", Confirm), new("Reject the proposal", Reject)];

    // Another LA's decision is filtered out by AppDbContext, so it is simply not found.
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, tracked: false, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetLetterAsync(int id, CancellationToken cancellationToken)
    {
        var letter = await db.FundingDecisions.AsNoTracking().Where(d => d.Id == id && d.Letter != null)
            .Select(d => new { d.Letter, d.LetterFileName }).FirstOrDefaultAsync(cancellationToken);
        return letter is null ? NotFound() : File(letter.Letter!, FundingLetters.ContentType, letter.LetterFileName);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken))
            return NotFound();
        if (!CanDecide)
            return Forbid();
        if (!Decision.IsPending)
            ModelState.AddModelError("Input.Decision", "This proposal has already been decided");
        else if (Input.Decision is not (Confirm or Reject))
            ModelState.AddModelError("Input.Decision", "Select whether to confirm or reject the proposal");
        else if (Input.Decision == Reject && string.IsNullOrWhiteSpace(Input.RejectionReason))
            ModelState.AddModelError("Input.RejectionReason", "Enter why you are rejecting the proposal");
        else if (Input.Decision == Confirm && Input.Letter != Preview?.Fingerprint)
            ModelState.AddModelError("Input.Decision", "The letter has changed since you opened this page: check it below, then confirm again");
        if (!ModelState.IsValid)
        {
            // The letter shown now is the one a second press confirms.
            ModelState.Remove("Input.Letter");
            Input.Letter = Preview?.Fingerprint;
            return Page();
        }

        // The version the page was opened at must still be current: a colleague's decision in between wins.
        db.Entry(Decision).Property(d => d.Version).OriginalValue = Input.Version;
        if (Input.Decision == Confirm)
            await funding.ConfirmAsync(Decision, Preview!, cancellationToken);
        else
            funding.Reject(Decision, Input.RejectionReason!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, tracked: false, cancellationToken);
            ModelState.Clear();
            ModelState.AddModelError("Input.Decision", "Someone else decided this proposal while you were looking at it: their decision is shown below");
            return Page();
        }

        Message = Input.Decision == Confirm ? "Change confirmed: the letter to the setting is ready to download" : "Proposal rejected";
        return Redirect($"/funding/{id}");
    }

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.FundingDecisions : db.FundingDecisions.AsNoTracking();
        var decision = await query.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (decision is null)
            return false;
        Decision = decision;
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == decision.SettingId).Select(s => new { s.Name, s.Reference }).SingleAsync(cancellationToken);
        (SettingName, Reference) = (setting.Name, setting.Reference);
        ProposedAfter = decision.TriggerEventId is { } eventId
            ? await db.ChangeEvents.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.Summary).FirstOrDefaultAsync(cancellationToken)
            : decision.TriggerTaskId is { } taskId
                ? await db.CaseTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.Title).FirstOrDefaultAsync(cancellationToken)
                : null;
        Current = (await statuses.ForSettingAsync(decision.SettingId, cancellationToken)).ToDictionary(o => o.Entitlement, o => o.State);
        CanDecide = (await authorization.AuthorizeAsync(User, Policies.DecideFunding)).Succeeded;
        // Cleared when a colleague decided meanwhile: a reload must not keep the first load's letter.
        Preview = decision.IsPending && CanDecide ? await funding.LetterAsync(decision, cancellationToken) : null;
        if (Request.Method == HttpMethods.Get)
        {
            Input.Version = decision.Version;
            Input.Letter = Preview?.Fingerprint;
        }

        return true;
    }
}

public sealed class DecisionInput
{
    public string? Decision { get; set; }

    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? RejectionReason { get; set; }

    public int Version { get; set; }

    /// The fingerprint of the letter the page showed: confirming makes that letter or, if it changed, shows it again.
    public string? Letter { get; set; }
}
