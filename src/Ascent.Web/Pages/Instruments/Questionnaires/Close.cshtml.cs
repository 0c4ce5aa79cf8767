using Ascent.Web.Data;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// Closing a round: no more answers by link or from paper, and the results are final (the audit is finished with
/// the overall mean as its total, which the setting's lists and charts read).
public sealed class CloseModel(AppDbContext db, TimeProvider time, QuestionnaireRounds rounds) : QuestionnairePage(db, time)
{
    public int Responses { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        if (Round.Audit.IsLocked)
            return Redirect($"/questionnaires/{id}");
        Responses = await CountResponsesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        if (!Round.Audit.IsLocked)
        {
            await rounds.CloseAsync(Round, cancellationToken);
            TempData["Message"] = "Questionnaire closed: these are its final results";
        }

        return Redirect($"/questionnaires/{id}");
    }
}
