using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// The setting's owner or manager starts a round of a questionnaire: which one, and the last day it takes answers.
/// The round's link is shown next, once.
public sealed class NewModel(AppDbContext db, TimeProvider time, QuestionnaireRounds rounds) : SettingWorkPage(db, time)
{
    /// The longest a round may stay open: long enough for a term, short enough that answers belong together.
    public const int MaxWeeksOpen = 26;

    [BindProperty]
    public string? Questionnaire { get; set; }

    [BindProperty]
    public DateInput ClosesOn { get; set; } = new();

    public IReadOnlyList<SelectListItem> QuestionnaireItems { get; private set; } = [];

    private IReadOnlyList<InstrumentDefinition> Questionnaires { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!QuestionnairePage.CanRunFor(Db, id))
            return Forbid();
        ClosesOn = DateInput.From(Today.AddDays(14));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!QuestionnairePage.CanRunFor(Db, id))
            return Forbid();
        var instrument = Questionnaires.FirstOrDefault(q => q.Code == Questionnaire);
        if (string.IsNullOrEmpty(Questionnaire))
            ModelState.AddModelError(nameof(Questionnaire), "Select which questionnaire to send");
        else if (instrument is null)
            ModelState.AddModelError(nameof(Questionnaire), "Select one of the questionnaires listed");
        DateOnly closesOn = default;
        if (ClosesOn.IsEmpty)
            ModelState.AddModelError(nameof(ClosesOn), "Enter the last day answers can be sent");
        else if (!ClosesOn.TryGetDate(out closesOn))
            ModelState.AddModelError(nameof(ClosesOn), "The closing date must be a real date");
        else if (closesOn < Today)
            ModelState.AddModelError(nameof(ClosesOn), "The closing date must be today or in the future");
        else if (closesOn > Today.AddDays(7 * MaxWeeksOpen))
            ModelState.AddModelError(nameof(ClosesOn), $"The closing date must be within {MaxWeeksOpen} weeks of today");
        if (!ModelState.IsValid)
            return Page();

        var (round, token) = await rounds.StartAsync(Setting, instrument!, closesOn, cancellationToken);
        TempData["QuestionnaireLink"] = token;
        TempData["Message"] = $"{instrument!.Name} started";
        return Redirect($"/questionnaires/{round.Id}/link");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return false;
        Questionnaires = await rounds.QuestionnairesAsync(cancellationToken);
        QuestionnaireItems = [.. Questionnaires.Select(q => new SelectListItem(q.Name, q.Code))];
        return true;
    }
}
