using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// One of the evaluator's visits to the setting.
public sealed record EvaluatorVisit(int Id, string Title, DateOnly Date, VisitStatus Status, DateOnly? HeldOn);

/// The evaluator's visits to their setting since allocation, from the Visits feature (an evaluator plans a visit as
/// any LA officer does; it counts when they planned it or attend it), against the scheme's offer of visits and its
/// first-visit service level.
public sealed record EvaluatorVisitsSummary(IReadOnlyList<EvaluatorVisit> Visits, int Offered, decimal VisitHours, ServiceLevel? FirstVisit, ServiceLevelState? State, DateOnly? DueBy)
{
    public int Held => Visits.Count(v => v.Status == VisitStatus.Held);

    public static async Task<EvaluatorVisitsSummary?> ForAsync(AppDbContext db, Accreditation accreditation, SchemeDefinition scheme, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(accreditation);
        ArgumentNullException.ThrowIfNull(scheme);
        if (accreditation.EvaluatorId is not { } evaluator || accreditation.AllocatedOn is not { } since)
            return null;
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.SettingId == accreditation.SettingId && v.Status != VisitStatus.Cancelled && (v.HeldOn ?? v.Date) >= since
                && (v.PlannedById == evaluator || v.Attendees.Any(a => a.UserId == evaluator)))
            .Select(v => new EvaluatorVisit(v.Id, v.Title, v.Date, v.Status, v.HeldOn)).ToListAsync(cancellationToken);
        visits = [.. visits.OrderBy(v => v.HeldOn ?? v.Date)];
        var level = scheme.ServiceLevels.FirstOrDefault(l => l.From == "allocation" && l.Days is not null);
        if (level is null)
            return new EvaluatorVisitsSummary(visits, scheme.Evaluator.Visits, scheme.Evaluator.VisitHours, null, null, null);
        var (state, dueBy) = FirstVisitLevel.Of(since, level.Days!.Value, visits.Where(v => v.Status == VisitStatus.Held).Select(v => v.HeldOn ?? v.Date), today);
        return new EvaluatorVisitsSummary(visits, scheme.Evaluator.Visits, scheme.Evaluator.VisitHours, level, state, dueBy);
    }
}
