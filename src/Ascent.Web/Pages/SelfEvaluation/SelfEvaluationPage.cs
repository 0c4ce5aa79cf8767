using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation;

/// What the self-evaluation pages share: the setting (found through the query filters, so another LA's or another
/// setting's is not found), its current draft, and who may change it.
public abstract class SelfEvaluationPage(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : SettingWorkPage(db, time)
{
    protected FrameworkRegistry Frameworks => frameworks;

    public Evaluation? Draft { get; private set; }

    /// The framework a new self-evaluation would use: the one the setting's regulator inspects under today.
    public Framework? CurrentFramework { get; private set; }

    public Framework FrameworkOf(Evaluation evaluation) => frameworks.Get(evaluation.FrameworkCode);

    public static string GradeLabel(Framework framework, string areaCode, string? grade) =>
        grade is null ? "Not graded yet" : framework.ScaleFor(areaCode).Find(grade)?.Label ?? grade;

    public static string ResultLabel(CalibrationResult result) => result switch
    {
        CalibrationResult.OverRated => "Rated higher than the inspector",
        CalibrationResult.UnderRated => "Rated lower than the inspector",
        _ => "Matched",
    };

    public static string ResultColour(CalibrationResult result) => result switch
    {
        CalibrationResult.OverRated => "orange",
        CalibrationResult.UnderRated => "blue",
        _ => "green",
    };

    protected async Task<bool> LoadAsync(int settingId, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(settingId, cancellationToken))
            return false;
        CurrentFramework = frameworks.ForInspectionDate(Setting.Regulator, Today);
        Draft = await Db.SelfEvaluations.Include(e => e.Areas)
            .FirstOrDefaultAsync(e => e.SettingId == settingId && e.FinishedOn == null, cancellationToken);
        return true;
    }
}
