using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// A round's results, for the setting's staff and its LA: per statement how many gave each answer, the mean and the
/// share agreeing, overall and per group (a group under 5 people is not shown on its own), subscale means, the change
/// since the previous round, and the lowest statements as goals the setting can add to its plan with one click.
/// Never a single person's answers.
public sealed class ResultsModel(AppDbContext db, TimeProvider time, QuestionnaireResults loader, AuditSuggestions suggestions) : QuestionnairePage(db, time)
{
    public QuestionnaireRoundResults View { get; private set; } = null!;

    public LikertResults Results => View.Results;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(id, cancellationToken))
            return NotFound();
        return Page();
    }

    /// One click turns a suggested goal into a goal of the plan; a second click finds the goal it already became.
    public async Task<IActionResult> OnPostAcceptAsync(int id, string? item, CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        var (outcome, _) = await suggestions.AcceptAsync(View, item, cancellationToken);
        TempData["Message"] = outcome switch
        {
            AcceptOutcome.Added => "Goal added to the plan",
            AcceptOutcome.AlreadyInPlan => "That goal is already in the plan",
            _ => "That suggestion is no longer one of this questionnaire's: nothing was added",
        };
        return Redirect($"/questionnaires/{id}#goals");
    }

    public static string Mean(decimal? mean) => mean?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "No answers";

    public static string Percent(LikertFigures figures) => figures.PercentAgreeing is { } p ? $"{p}%" : "No answers";

    /// "3 of 4 (75%)": the share agreeing with what it is a share of.
    public static string Agreeing(LikertFigures figures) =>
        figures.Answered == 0 ? "No answers" : $"{figures.Agreeing} of {figures.Answered} ({figures.PercentAgreeing}%)";

    public static string Respondents(int count) => count == 1 ? "1 response" : $"{count} responses";

    private async Task<bool> LoadAllAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await loader.LoadAsync(Round, Setting, cancellationToken) is not { } view)
            return false;
        View = view;
        return true;
    }
}
