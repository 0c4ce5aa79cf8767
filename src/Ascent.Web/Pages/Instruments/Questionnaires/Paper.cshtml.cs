using Ascent.Web.Data;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// The setting's owner or manager types in one paper response at a time, exactly as the person answered it: the
/// same form as the link's, one response per form sent. After each, the form is empty again for the next.
public sealed class PaperModel(AppDbContext db, TimeProvider time, QuestionnaireRounds rounds, InstrumentDefinitions definitions) : QuestionnairePage(db, time)
{
    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public string Name { get; private set; } = "";

    public int Responses { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadFormAsync(id, cancellationToken))
            return NotFound();
        return CanRun ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadFormAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        if (!IsOpen)
            return Page();
        var response = Input.Check(ModelState, nameof(Input));
        if (response is null)
            return Page();
        if (!await rounds.AnswerAsync(ReloadAsync, response, QuestionnaireRounds.Paper, cancellationToken))
        {
            Db.ChangeTracker.Clear();
            await LoadFormAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = "Response saved: enter the next one, or go back to the results";
        return Redirect($"/questionnaires/{id}/paper");
    }

    private async Task<bool> LoadFormAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return false;
        var instrument = await definitions.VersionAsync(Round.Audit.InstrumentCode, Round.Audit.InstrumentVersion, cancellationToken);
        if (instrument is null)
            return false;
        Input.Instrument = instrument;
        Name = instrument.Name;
        Responses = await CountResponsesAsync(cancellationToken);
        return true;
    }
}
