using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Pages.Instruments.Questionnaires;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Evaluation;

/// Answering a cohort's end-of-cohort evaluation: a setting's owner or manager for the setting (one answer for it),
/// an evaluator for themselves. The page finds the signed-in person's own invitation (the query filters keep a
/// setting to its own); anyone without one gets "not found". The form is the questionnaire engine's.
public sealed class AnswerModel(AppDbContext db, CohortEvaluations evaluations) : PageModel
{
    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public Cohort Cohort { get; private set; } = null!;

    public EvaluationInvitation Invitation { get; private set; } = null!;

    public InstrumentDefinition Instrument { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Input = new ResponseInput { Instrument = Instrument };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Input.Instrument = Instrument;
        if (Invitation.Answered || !Invitation.Evaluation.IsOpen)
            return Page();
        var response = Input.Check(ModelState, nameof(Input));
        if (response is null)
            return Page();
        if (!await evaluations.AnswerAsync(id, response, cancellationToken))
        {
            // Closed, or answered by someone else of the setting, while the form was being filled in: say so.
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = "Thank you: your answers have been sent";
        return Redirect($"/quality-mark/cohorts/{id}/evaluation/answer");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null || !MayAnswer || await evaluations.InvitationAsync(id, cancellationToken) is not { } invitation)
            return false;
        if (await evaluations.InstrumentAsync(invitation.Evaluation, invitation.Audience, cancellationToken) is not { } instrument)
            return false;
        (Cohort, Invitation, Instrument) = (cohort, invitation, instrument);
        return true;
    }

    /// A setting answers through its owner or manager; an LA officer only for their own invitation as an evaluator.
    private bool MayAnswer => db.CurrentUser.SettingId is null || db.CurrentUser.IsInRole(Roles.SettingOwner) || db.CurrentUser.IsInRole(Roles.SettingManager);
}
