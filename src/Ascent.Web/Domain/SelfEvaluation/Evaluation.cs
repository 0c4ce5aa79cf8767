using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// A setting's self-evaluation against its own framework. There is one draft at a time; finishing freezes it at a
/// date, and the next one starts as a copy, so the finished ones are dated snapshots that show how grades moved.
public sealed class Evaluation : ISettingOwned
{
    private Evaluation()
    {
        FrameworkCode = "";
        StartedBy = "";
    }

    private Evaluation(int tenantId, int settingId, string frameworkCode, string startedBy, DateOnly startedOn)
    {
        TenantId = tenantId;
        SettingId = settingId;
        FrameworkCode = frameworkCode;
        StartedBy = startedBy;
        StartedOn = startedOn;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    /// The framework it was started on: a finished snapshot keeps its areas and scale even after the regulator's
    /// framework changes.
    public string FrameworkCode { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public string StartedBy { get; private set; }

    public DateOnly? FinishedOn { get; private set; }

    public string? FinishedBy { get; private set; }

    public bool IsFinished => FinishedOn is not null;

    public List<AreaEvaluation> Areas { get; } = [];

    /// Goes up when the self-evaluation is finished: two people finishing at once cannot both succeed. Saving an
    /// area changes only that area's own version (AreaEvaluation.Version), so two people working on different areas
    /// never refuse each other.
    public int Version { get; private set; }

    /// The areas a setting grades itself on: every top-level area but the overall judgement, which follows from them.
    public static IEnumerable<FrameworkArea> AreasOf(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework.Areas.Where(a => a.Code != framework.HeadlineAreaCode && a.ScaleCode is not null);
    }

    public static Evaluation Start(Setting setting, Framework framework, string by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var evaluation = new Evaluation(setting.TenantId, setting.Id, framework.Code, by, today);
        foreach (var area in AreasOf(framework))
            evaluation.Areas.Add(new AreaEvaluation(evaluation, area.Code));
        return evaluation;
    }

    /// The next draft starts from everything this one said, so a setting revises rather than rewrites.
    public Evaluation StartNext(Framework framework, string by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (!IsFinished)
            throw new InvalidOperationException("Finish this self-evaluation before starting the next.");
        var next = new Evaluation(TenantId, SettingId, framework.Code, by, today);
        foreach (var area in AreasOf(framework))
        {
            var copy = new AreaEvaluation(next, area.Code);
            if (Areas.FirstOrDefault(a => a.AreaCode == area.Code) is { } earlier)
            {
                // A grade on another framework's scale would not mean anything on this one.
                var grade = framework.Code == FrameworkCode ? earlier.Grade : null;
                copy.CopyFrom(earlier, grade);
            }

            next.Areas.Add(copy);
        }

        return next;
    }

    public AreaEvaluation Area(string areaCode) =>
        Areas.FirstOrDefault(a => a.AreaCode == areaCode) ?? throw new KeyNotFoundException($"No area '{areaCode}' in this self-evaluation.");

    public void Record(string areaCode, string? strengths, string? evidenceNote, string? forDevelopment, string? grade, AreaSave? save = null) =>
        Record(areaCode, new AreaAnswers(strengths, evidenceNote, forDevelopment, grade), save);

    /// Saves one area's answers; only that area's version changes.
    public void Record(string areaCode, AreaAnswers answers, AreaSave? save)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (IsFinished)
            throw new InvalidOperationException("A finished self-evaluation cannot be changed.");
        Area(areaCode).Record(answers, save);
    }

    public void Finish(string by, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (IsFinished)
            throw new InvalidOperationException("This self-evaluation is already finished.");
        FinishedOn = today;
        FinishedBy = by;
        Version++;
        // Finishing freezes every area: a form opened on one before it cannot save into a finished snapshot.
        foreach (var area in Areas)
            area.Freeze();
    }
}
