using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Evaluation;

/// A cohort's end-of-cohort evaluation, for the coordinators: before it is sent, who it would ask and the button to
/// send it; after, how many of each audience answered of how many were asked, the answers added up per statement
/// (settings and evaluators apart, never who said what), and closing it, which stops answers.
public sealed class IndexModel(AppDbContext db, CohortEvaluations evaluations) : PageModel
{
    public const string ChangedMessage = "Someone else closed the evaluation, or an answer came in, since you opened the page: check the results and close it again";

    [BindProperty]
    public int Version { get; set; }

    public Cohort Cohort { get; private set; } = null!;

    public CohortEvaluation? Evaluation { get; private set; }

    public EvaluationInvitees Invitees { get; private set; } = new([], []);

    public IReadOnlyList<AudienceResults> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Version = Evaluation?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (await evaluations.SendAsync(Cohort, cancellationToken) is { } problem)
        {
            ModelState.AddModelError("send", problem);
            await LoadAsync(id, cancellationToken);
            Version = Evaluation?.Version ?? 0;
            return Page();
        }

        TempData["Message"] = "End-of-cohort evaluation sent";
        return Redirect($"/quality-mark/cohorts/{id}/evaluation");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Evaluation is null)
            return NotFound();
        if (!Evaluation.IsOpen)
            ModelState.AddModelError("close", $"The evaluation was closed by {Evaluation.ClosedBy}");
        else if (!await evaluations.CloseAsync(Evaluation, Version, cancellationToken))
            ModelState.AddModelError("close", ChangedMessage);
        if (!ModelState.IsValid)
        {
            // Show the evaluation as it is now, with the Version to close it from.
            await LoadAsync(id, cancellationToken);
            ModelState.Remove(nameof(Version));
            Version = Evaluation?.Version ?? 0;
            return Page();
        }

        TempData["Message"] = "End-of-cohort evaluation closed: it takes no more answers";
        return Redirect($"/quality-mark/cohorts/{id}/evaluation");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null)
            return false;
        Cohort = cohort;
        Evaluation = await db.CohortEvaluations.FirstOrDefaultAsync(e => e.CohortId == id, cancellationToken);
        if (Evaluation is null)
        {
            Invitees = await evaluations.InviteesAsync(id, cancellationToken);
            return true;
        }

        Results = await evaluations.ResultsAsync(Evaluation, cancellationToken);
        return true;
    }

    public static string Audience(EvaluationAudience audience) => audience == EvaluationAudience.Setting ? "Settings" : "Evaluators";

    /// "3 (60%)": a count with its share of those who answered the statement.
    public static string Share(int count, int of) => of == 0 ? "0" : $"{count} ({Math.Round(100m * count / of, MidpointRounding.AwayFromZero)}%)";
}
