using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Accreditations;

/// One setting's accreditation: its application, the entry criteria (live while it waits, as recorded once decided),
/// its status and the pages of the steps after it. The coordinator accepts or declines here; a setting's staff read
/// their own (the query filters hide every other).
public sealed class ShowModel(AppDbContext db, Applications applications, ApplicationRows rows, IAuthorizationService authorization) : PageModel
{
    public const string Accept = "accept";
    public const string Decline = "decline";

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Accreditation Accreditation { get; private set; } = null!;

    public SchemeDefinition Scheme { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public string SettingReference { get; private set; } = "";

    public string? EvaluatorName { get; private set; }

    public IReadOnlyList<CriterionLine> Criteria { get; private set; } = [];

    public bool CriteriaRecorded { get; private set; }

    public bool CanCoordinate { get; private set; }

    public bool CanEvaluate { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public static IReadOnlyList<SelectListItem> DecisionItems { get; } =
        [new("Accept the setting into the cohort", Accept), new("Do not accept the application", Decline)];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, tracked: false, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken))
            return NotFound();
        if (!CanCoordinate)
            return Forbid();
        if (Accreditation.Status != AccreditationStatus.Applied)
            return await DecidedMeanwhileAsync(id, cancellationToken);
        var notMet = Criteria.Count(c => c.Outcome == CriterionOutcome.NotMet);
        var theirs = Criteria.Count(c => c.Outcome == CriterionOutcome.ForCoordinator);
        if (Decision is not (Accept or Decline))
            ModelState.AddModelError(nameof(Decision), "Select whether to accept the application");
        else if (string.IsNullOrWhiteSpace(Note))
            ModelState.AddModelError(nameof(Note), Decision == Decline ? "Enter why the application is not accepted"
                : notMet > 0 ? $"Enter why you accept the setting although {(notMet == 1 ? "one criterion is" : $"{notMet} criteria are")} not met"
                : theirs > 0 ? "Enter your judgement on the criteria left to you" : "Enter a note for the record");
        if (Note?.Trim().Length > Accreditation.TextMaxLength)
            ModelState.AddModelError(nameof(Note), $"The note must be {Accreditation.TextMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        // The version the page was opened at must still be current: a colleague's decision in between wins.
        db.Entry(Accreditation).Property(a => a.Version).OriginalValue = Version;
        if (Decision == Accept)
            await applications.AcceptAsync(Accreditation, SettingName, Note!, cancellationToken);
        else
            await applications.DeclineAsync(Accreditation, SettingName, Note!, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return await DecidedMeanwhileAsync(id, cancellationToken);
        }

        Message = Decision == Accept ? $"{SettingName} accepted into {Accreditation.Cohort.Name}" : $"{SettingName}'s application not accepted";
        return Redirect($"/quality-mark/accreditations/{id}");
    }

    private async Task<IActionResult> DecidedMeanwhileAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, tracked: false, cancellationToken);
        ModelState.Clear();
        ModelState.AddModelError(nameof(Decision), "Someone else decided this application while you were looking at it: their decision is shown below");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Accreditations : db.Accreditations.AsNoTracking();
        var accreditation = await query.Include(a => a.Cohort).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (accreditation is null)
            return false;
        Accreditation = accreditation;
        Scheme = await applications.SchemeOfAsync(accreditation.Cohort, cancellationToken);
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == accreditation.SettingId).Select(s => new { s.Name, s.Reference }).SingleAsync(cancellationToken);
        (SettingName, SettingReference) = (setting.Name, setting.Reference);
        EvaluatorName = accreditation.EvaluatorId is { } evaluator
            ? await db.Users.AsNoTracking().Where(u => u.Id == evaluator).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        (Criteria, CriteriaRecorded) = await rows.ForAccreditationAsync(accreditation, cancellationToken);
        CanCoordinate = (await authorization.AuthorizeAsync(User, QualityMarkAccess.CoordinateQualityMark)).Succeeded;
        CanEvaluate = (await authorization.AuthorizeAsync(User, QualityMarkAccess.EvaluateQualityMark)).Succeeded;
        if (!tracked || !ModelState.ContainsKey(nameof(Version)))
            Version = accreditation.Version;
        return true;
    }
}
