using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Decision;

/// One accreditation's decision: the evaluator's recommendation, the moderation panel, the setting's appeal and its
/// hearing. Everyone who may open the accreditation reads it; each form shows only to whoever may take that step.
public sealed class IndexModel(DecisionView views, AccreditationDecisions decisions, QualityMarkNotices notices, CurrentUser user) : PageModel
{
    public const string NotYet = "not-yet";

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public AccreditationDecisionView View { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Officers { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public Accreditation Accreditation => View.Accreditation;

    public bool IsCoordinator => QualityMarkAccess.CoordinatorRoles.Any(user.IsInRole);

    public bool CanRecommend => Accreditation.Status == AccreditationStatus.InProgress && Accreditation.EvaluatorId is not null
        && (IsCoordinator || (user.UserId == Accreditation.EvaluatorId && user.IsInRole(Roles.QualityMarkEvaluator)));

    public bool CanDecide => Accreditation.Status == AccreditationStatus.Recommended && IsCoordinator;

    public bool CanAppeal => Accreditation.Status == AccreditationStatus.NotYet && !Accreditation.Appealed
        && user.SettingId == Accreditation.SettingId && (user.IsInRole(Roles.SettingOwner) || user.IsInRole(Roles.SettingManager));

    public bool CanHear => Accreditation.Status == AccreditationStatus.Appealed && IsCoordinator;

    public IEnumerable<SelectListItem> LevelItems =>
        [.. View.Scheme.Levels.Select(l => new SelectListItem(l.Name, l.Code)), new SelectListItem("Not yet", NotYet)];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRecommendAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, () => CanRecommend, () => RequireLevel() & RequireText(Input.Reasons, "Input.Reasons", "Enter the reasons for your recommendation"),
            () => decisions.RecommendAsync(id, Input.Version, Level, Input.Reasons!, cancellationToken), "Recommendation sent to the panel", cancellationToken);

    public Task<IActionResult> OnPostDecideAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, () => CanDecide, () => RequireLevel() & RequireText(Input.Reasons, "Input.Reasons", "Enter the panel's reasons") & RequirePerson(Input.SecondReader, "Input.SecondReader", "Select the second reader"),
            () => decisions.DecideAsync(id, Input.Version, Input.SecondReader!.Value, Level, Input.Reasons!, cancellationToken), "The panel's decision is recorded", cancellationToken);

    public Task<IActionResult> OnPostAppealAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, () => CanAppeal, () => RequireText(Input.Grounds, "Input.Grounds", "Enter the grounds for your appeal"),
            () => decisions.AppealAsync(id, Input.Version, Input.Grounds!, cancellationToken), "Your appeal has been sent to the local authority", cancellationToken);

    public Task<IActionResult> OnPostHearAsync(int id, CancellationToken cancellationToken) =>
        StepAsync(id, () => CanHear, () => RequireLevel() & RequireText(Input.Reasons, "Input.Reasons", "Enter the reasons for the outcome of the appeal") & RequirePerson(Input.Hearer, "Input.Hearer", "Select who heard the appeal"),
            () => decisions.HearAsync(id, Input.Version, Input.Hearer!.Value, Level, Input.Reasons!, cancellationToken), "The outcome of the appeal is recorded", cancellationToken);

    private string? Level => Input.Level == NotYet ? null : Input.Level;

    private async Task<IActionResult> StepAsync(int id, Func<bool> allowed, Func<bool> valid, Func<Task<string?>> step, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!allowed())
        {
            // A step sent from a page older than the accreditation (the panel decided in another tab) says so; anyone
            // else who may not take the step is refused.
            if (Input.Version == Accreditation.Version)
                return Forbid();
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, AccreditationDecisions.ChangedMeanwhile);
            Input.Version = Accreditation.Version;
            return Page();
        }

        if (valid() && ModelState.IsValid && await step() is { } refused)
        {
            // Shown with the accreditation as it is now, and the version a second press would change.
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove("Input.Version");
            await LoadAsync(id, cancellationToken);
            Input.Version = Accreditation.Version;
        }

        if (!ModelState.IsValid)
            return Page();

        Message = done;
        return Redirect($"/quality-mark/accreditations/{id}/decision");
    }

    private bool RequireLevel()
    {
        if (Input.Level == NotYet || View.Scheme.Levels.Any(l => l.Code == Input.Level))
            return true;
        ModelState.AddModelError("Input.Level", "Select the level, or not yet");
        return false;
    }

    private bool RequireText(string? text, string key, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
            ModelState.AddModelError(key, message);
        else if (text.Length > Accreditation.TextMaxLength)
            ModelState.AddModelError(key, $"This must be {Accreditation.TextMaxLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters or fewer");
        else
            return true;
        return false;
    }

    private bool RequirePerson(Guid? id, string key, string message)
    {
        if (id is { } chosen && Officers.Any(o => o.Value == chosen.ToString() && o.Value.Length > 0))
            return true;
        ModelState.AddModelError(key, message);
        return false;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.FindAsync(id, cancellationToken) is not { } view)
            return false;
        View = view;
        if (HttpMethods.IsGet(HttpContext.Request.Method))
            Input.Version = view.Accreditation.Version;
        if (IsCoordinator && user.TenantId is { } tenantId)
        {
            var officers = await notices.Officers(tenantId).Where(u => u.Id != user.UserId).OrderBy(u => u.DisplayName)
                .Select(u => new { u.DisplayName, u.Id }).ToListAsync(cancellationToken);
            Officers = [new SelectListItem("Choose an officer", ""), .. officers.Select(o => new SelectListItem(o.DisplayName, o.Id.ToString()))];
        }

        return true;
    }
}

public sealed class DecisionInput
{
    public int Version { get; set; }

    public string? Level { get; set; }

    public string? Reasons { get; set; }

    public string? Grounds { get; set; }

    public Guid? SecondReader { get; set; }

    public Guid? Hearer { get; set; }
}
