using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Complaints;

/// One compliment or complaint (404 for whoever the query filter keeps it from), and for the LA administrator and
/// its named manager the steps that work it: acknowledge, answer, record the learning, share with the officer.
public sealed class ShowModel(ComplaintRegister register, ComplaintWork work, ComplaintTeams teams, TimeProvider time) : PageModel
{
    [BindProperty] public int Version { get; set; }

    [BindProperty] public DateInput AcknowledgedOn { get; set; } = new();

    [BindProperty] public DateInput AnsweredOn { get; set; } = new();

    [BindProperty] public string? AnswerText { get; set; }

    [BindProperty] public string? Outcome { get; set; }

    [BindProperty] public string? Theme { get; set; }

    [BindProperty] public string? Learning { get; set; }

    public Complaint Complaint { get; private set; } = null!;

    public string Team { get; private set; } = "";

    public string? Setting { get; private set; }

    public bool MayWork { get; private set; }

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public IEnumerable<SelectListItem> OutcomeItems =>
        ComplaintWords.OutcomesFor(Complaint.Kind).Select(o => new SelectListItem(ComplaintWords.Outcome(o), o.ToString()));

    public IEnumerable<SelectListItem> ThemeItems => [new($"None ({Team})", ""), .. Themes.Select(t => new SelectListItem(t, t, t == Theme))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Version = Complaint.Version;
        var today = time.Today();
        AcknowledgedOn = DateInput.From(today);
        AnsweredOn = DateInput.From(today);
        Learning = Complaint.Learning;
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, "It is acknowledged", () =>
            CheckDate(nameof(AcknowledgedOn), AcknowledgedOn, "acknowledged") is { } on ? work.AcknowledgeAsync(id, Version, on, cancellationToken) : null, cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, "The answer is recorded and sent", () =>
        {
            var on = CheckDate(nameof(AnsweredOn), AnsweredOn, "answered");
            if (string.IsNullOrWhiteSpace(AnswerText))
                ModelState.AddModelError(nameof(AnswerText), "Enter the response");
            else if (AnswerText.Trim().Length > Complaint.TextMaxLength)
                ModelState.AddModelError(nameof(AnswerText), $"The response must be {Complaint.TextMaxLength} characters or fewer");
            var outcome = ComplaintWords.OutcomesFor(Complaint.Kind).Where(o => o.ToString() == Outcome).Select(o => (ComplaintOutcome?)o).FirstOrDefault();
            if (outcome is null)
                ModelState.AddModelError(nameof(Outcome), "Select the outcome");
            if (!string.IsNullOrEmpty(Theme) && !Themes.Contains(Theme))
                ModelState.AddModelError(nameof(Theme), "Select the theme from the list");
            return on is { } day && outcome is { } chosen && ModelState.IsValid
                ? work.AnswerAsync(id, Version, day, AnswerText!, chosen, Theme, cancellationToken) : null;
        }, cancellationToken);

    public Task<IActionResult> OnPostLearningAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, "The learning is recorded", () =>
        {
            if (string.IsNullOrWhiteSpace(Learning))
                ModelState.AddModelError(nameof(Learning), "Enter what was learnt");
            else if (Learning.Trim().Length > Complaint.ShortTextMaxLength)
                ModelState.AddModelError(nameof(Learning), $"The learning must be {Complaint.ShortTextMaxLength} characters or fewer");
            else
                return work.RecordLearningAsync(id, Version, Learning, cancellationToken);
            return null;
        }, cancellationToken);

    public Task<IActionResult> OnPostShareAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, "It is shared with the officer", () => work.ShareAsync(id, Version, cancellationToken), cancellationToken);

    // Checks the form (the step returns null when it is wrong), saves the step, and shows the page again with the
    // reason when it is refused; only those who may work it get this far.
    private async Task<IActionResult> StepAsync(int id, string done, Func<Task<string?>?> step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!MayWork)
            return Forbid();
        if (step() is { } saving && await saving is var refused)
        {
            if (refused is null)
            {
                TempData["Message"] = done;
                return Redirect($"/complaints/{id}");
            }

            ModelState.AddModelError(string.Empty, refused);
        }

        ModelState.Remove(nameof(Version));
        Version = Complaint.Version;
        return Page();
    }

    private DateOnly? CheckDate(string field, DateInput input, string what)
    {
        if (input.IsEmpty)
            ModelState.AddModelError(field, $"Enter the date it was {what}");
        else if (!input.TryGetDate(out var day))
            ModelState.AddModelError(field, "The date must be a real date, like 14 3 2026");
        else if (day > time.Today())
            ModelState.AddModelError(field, "The date cannot be in the future");
        else if (day < Complaint.ReceivedOn)
            ModelState.AddModelError(field, $"The date cannot be before it was received, {Infrastructure.Format.Date(Complaint.ReceivedOn)}");
        else
            return day;
        return null;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await register.FindAsync(id, cancellationToken) is not { } complaint)
            return false;
        Complaint = complaint;
        Team = await register.TeamNameAsync(complaint.TeamId, cancellationToken) ?? "";
        Setting = await register.SettingNameAsync(complaint.SettingId, cancellationToken);
        MayWork = register.MayWork(complaint);
        if (MayWork)
            Themes = await teams.ThemesAsync(cancellationToken);
        return true;
    }
}
