using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// What the pages of one questionnaire round share: the round with its audit and setting, found through the query
/// filters (another LA's or another setting's round is simply not found), and who may run it.
public abstract class QuestionnairePage(AppDbContext db, TimeProvider time) : PageModel
{
    protected AppDbContext Db => db;

    public DateOnly Today => time.Today();

    public QuestionnaireRound Round { get; private set; } = null!;

    public Setting Setting { get; private set; } = null!;

    /// The setting's owner and manager start, collect and close its rounds; everyone else reads the results.
    public bool CanRun => CanRunFor(db, Setting.Id);

    public bool IsOpen => Round.IsOpenOn(Today);

    public static bool CanRunFor(AppDbContext db, int settingId) =>
        db.CurrentUser.SettingId == settingId && (db.CurrentUser.IsInRole(Roles.SettingOwner) || db.CurrentUser.IsInRole(Roles.SettingManager));

    protected async Task<bool> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var round = await db.QuestionnaireRounds.Include(r => r.Audit).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
            return false;
        Round = round;
        Setting = await db.Settings.FirstAsync(s => s.Id == round.SettingId, cancellationToken);
        return true;
    }

    /// How many have answered, online and from paper.
    protected Task<int> CountResponsesAsync(CancellationToken cancellationToken) =>
        db.AuditSheets.CountAsync(s => s.AuditId == Round.AuditId && s.Kind == SheetKind.Respondent, cancellationToken);

    /// Finds the round again for a retried save.
    protected Task<QuestionnaireRound?> ReloadAsync(CancellationToken cancellationToken) =>
        db.QuestionnaireRounds.Include(r => r.Audit).FirstOrDefaultAsync(r => r.Id == Round.Id, cancellationToken);
}
