using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Results;

/// An audit's results: items, subscales and total (or a checklist's share met), the change since the previous audit
/// of the same instrument, agreement between two observers, and suggested goals accepted into the plan at a click.
/// The query filters decide who may see it; accepting is for the setting's owner or manager and the LA's advisers.
public sealed class IndexModel(AppDbContext db, AuditResults results, AuditSuggestions suggestions) : PageModel
{
    public AuditResult Result { get; private set; } = null!;

    public bool CanAccept { get; private set; }

    /// A finished audit is corrected by amendment, by those who may record audits (the amend page's own policy).
    public bool CanAmend { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        // A questionnaire's answers are an audit's, and a goal accepted from its results links here: its results are
        // the round's page.
        if (Result.Instrument.Scoring == ScoringRule.Likert
            && await db.QuestionnaireRounds.Where(r => r.AuditId == id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken) is { } roundId)
            return Redirect($"/questionnaires/{roundId}");
        Message = TempData["Message"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id, string? key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanAccept)
            return Forbid();
        var (outcome, goalId) = await suggestions.AcceptAsync(Result, key ?? "", cancellationToken);
        TempData["Message"] = outcome switch
        {
            AcceptOutcome.Added => "Goal added to the improvement plan",
            AcceptOutcome.AlreadyInPlan => "That goal is already in the improvement plan",
            _ => "That goal is no longer suggested by these results",
        };
        return Redirect($"/audits/{id}/results" + (goalId is null ? "" : "#suggestions"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await results.LoadAsync(id, cancellationToken) is not { } result)
            return false;
        Result = result;
        CanAccept = AuditSuggestions.MayAccept(db.CurrentUser, result.Audit.SettingId);
        CanAmend = result.Audit.Finished && Audits.AuditsAccess.Recorders.Any(db.CurrentUser.IsInRole);
        return true;
    }

    /// "2 (inadequate)", "Not applicable" or "Not scored".
    public static string ScoreText(ItemResult item) =>
        item.NotApplicable ? "Not applicable" : item.Score is { } score ? ScoreBands.Describe(score) : "Not scored";

    public static string MeanText(decimal? mean) => mean is { } m ? ScoreBands.Describe(m) : "Not scored";

    public static string ObserverScore(int? score) => score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    public static string AnswerText(ItemResult item) => item.Answer is { } answer ? ChecklistFigures.Describe(answer) : "Not answered";

    public static string AnswerColour(ChecklistAnswer? answer) => answer switch
    {
        ChecklistAnswer.Met => "green",
        ChecklistAnswer.PartlyMet => "orange",
        ChecklistAnswer.NotMet => "red",
        _ => "grey",
    };

    /// "Exact agreement 80% (8 of 10 items)".
    public static string AgreementText(AgreementFigures figures) =>
        figures.Compared == 0 ? "No item scored by both observers"
            : $"Exact agreement {figures.ExactPercent}% ({figures.Exact} of {figures.Compared} items); within one point {figures.WithinOnePercent}% ({figures.WithinOne} of {figures.Compared})";
}
