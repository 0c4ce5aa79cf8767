using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// What the pages of one questionnaire round share: the round with its audit and setting, found through the query
/// filters (another LA's or another setting's round is simply not found), and who may run it. The setting, its
/// date and who the signed-in person is to it come from SettingWorkPage, as for the other pages of a setting's work.
public abstract class QuestionnairePage(AppDbContext db, TimeProvider time) : SettingWorkPage(db, time)
{
    public QuestionnaireRound Round { get; private set; } = null!;

    /// The setting's owner and manager start, collect and close its rounds; everyone else reads the results.
    public bool CanRun => CanRunFor(Db, Setting.Id);

    public bool IsOpen => Round.IsOpenOn(Today);

    public static bool CanRunFor(AppDbContext db, int settingId) =>
        db.CurrentUser.SettingId == settingId && (db.CurrentUser.IsInRole(Roles.SettingOwner) || db.CurrentUser.IsInRole(Roles.SettingManager));

    protected async Task<bool> LoadAsync(int roundId, CancellationToken cancellationToken)
    {
        var round = await Db.QuestionnaireRounds.Include(r => r.Audit).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null || !await LoadSettingAsync(round.SettingId, cancellationToken))
            return false;
        Round = round;
        return true;
    }

    /// How many have answered, online and from paper.
    protected Task<int> CountResponsesAsync(CancellationToken cancellationToken) =>
        Db.AuditSheets.CountAsync(s => s.AuditId == Round.AuditId && s.Kind == SheetKind.Respondent, cancellationToken);

    /// Finds the round again for a retried save.
    protected Task<QuestionnaireRound?> ReloadAsync(CancellationToken cancellationToken) =>
        Db.QuestionnaireRounds.Include(r => r.Audit).FirstOrDefaultAsync(r => r.Id == Round.Id, cancellationToken);
}
