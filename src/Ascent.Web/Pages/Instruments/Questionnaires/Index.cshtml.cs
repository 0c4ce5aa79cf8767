using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// A setting's questionnaire rounds, newest first, with how many answered and the overall mean: for the setting's
/// staff and its LA (figures only, never a response).
public sealed class IndexModel(AppDbContext db, TimeProvider time, InstrumentDefinitions definitions) : SettingWorkPage(db, time)
{
    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];

    public bool CanRun => QuestionnairePage.CanRunFor(Db, Setting.Id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        var rounds = await Db.QuestionnaireRounds.AsNoTracking()
            .Where(r => r.SettingId == id)
            .OrderByDescending(r => r.Audit.ObservedOn).ThenByDescending(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Audit.InstrumentCode,
                r.Audit.ObservedOn,
                r.ClosesOn,
                Closed = r.Audit.Status == AuditStatus.Finished,
                r.Audit.Total,
                Responses = r.Audit.Sheets.Count(s => s.Kind == SheetKind.Respondent),
            })
            .ToListAsync(cancellationToken);
        var rows = new List<RoundRow>();
        foreach (var round in rounds)
        {
            var name = (await definitions.CurrentAsync(round.InstrumentCode, cancellationToken))?.Name ?? "Questionnaire";
            rows.Add(new RoundRow(round.Id, name, round.ObservedOn, round.ClosesOn, Status(round.Closed, round.ClosesOn), round.Responses, round.Total));
        }

        Rounds = rows;
        return Page();
    }

    private string Status(bool closed, DateOnly closesOn) =>
        closed ? "Closed" : closesOn < Today ? "Past its closing date" : "Taking answers";

    public sealed record RoundRow(int Id, string Questionnaire, DateOnly Started, DateOnly ClosesOn, string Status, int Responses, decimal? Mean);
}
