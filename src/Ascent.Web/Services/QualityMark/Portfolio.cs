using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Pages.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// One stage of an accreditation's portfolio as the page shows it, with who may mark it.
public sealed record PortfolioView(
    Accreditation Accreditation,
    SchemeDefinition Scheme,
    string SettingName,
    PortfolioStage Stage,
    PortfolioPeriod Period,
    IReadOnlyList<PortfolioStage> Stages,
    IReadOnlyList<(string Heading, IReadOnlyList<RequirementResult> Results)> Units)
{
    public RequirementResult? Find(string code) =>
        Units.SelectMany(u => u.Results).FirstOrDefault(r => r.Requirement.Code == code);
}

public enum SignOffOutcome
{
    Saved,
    Unchanged,
    Conflict,
}

/// Gathers what the portfolio's rules (Domain/QualityMark/PortfolioRules) read about a setting, and keeps the
/// evaluator's sign-offs. Reads through the query filters, so a setting gets only its own accreditation.
public sealed class Portfolio(AppDbContext db, SchemeVersions schemes, InstrumentCatalogue instruments, ApplicantFactsReader facts, TimeProvider time)
{
    /// The evaluator allocated to the accreditation, or a coordinator, may sign requirements off and comment.
    public static bool MayEvaluate(CurrentUser user, Accreditation accreditation)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(accreditation);
        return QualityMarkAccess.CoordinatorRoles.Any(user.IsInRole)
            || (user.IsInRole(Roles.QualityMarkEvaluator) && user.UserId is { } id && id == accreditation.EvaluatorId);
    }

    /// The stage's view, or null when the accreditation is not found (or not the reader's), the stage is not the
    /// scheme's, or a later stage is asked for before an award.
    public async Task<PortfolioView?> LoadAsync(int accreditationId, string? stageSlug, CancellationToken cancellationToken)
    {
        var accreditation = await db.Accreditations.Include(a => a.Cohort).FirstOrDefaultAsync(a => a.Id == accreditationId, cancellationToken);
        if (accreditation is null || await schemes.OfCohortAsync(accreditation.Cohort, cancellationToken) is not { } scheme)
            return null;
        if (PortfolioStage.Parse(stageSlug, scheme.Cycle) is not { } stage
            || stage.Period(scheme.Cycle, accreditation.Cohort.StartsOn, accreditation.AwardedOn) is not { } period)
            return null;
        var settingName = await db.Settings.Where(s => s.Id == accreditation.SettingId).Select(s => s.Name).SingleAsync(cancellationToken);
        var evidence = await GatherAsync(accreditation, scheme, stage, cancellationToken);
        var units = PortfolioRules.For(scheme, stage, period, evidence, time.Today());
        var stages = PortfolioStage.Of(scheme.Cycle).Where(s => s.IsAccreditation || accreditation.AwardedOn is not null).ToList();
        return new(accreditation, scheme, settingName, stage, period, stages, units);
    }

    /// Signs a requirement off or clears it. `version` is the sign-off's Version when the page was read (0 for none):
    /// a change made since is refused as a conflict rather than overwritten.
    public async Task<SignOffOutcome> SignOffAsync(PortfolioView view, Requirement requirement, bool signedOff, string? comment, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(requirement);
        var row = await db.RequirementSignOffs.FirstOrDefaultAsync(s => s.AccreditationId == view.Accreditation.Id && s.Stage == view.Stage.Slug && s.RequirementCode == requirement.Code, cancellationToken);
        if ((row?.Version ?? 0) != version)
            return SignOffOutcome.Conflict;
        if (row is null)
        {
            row = RequirementSignOff.For(view.Accreditation, view.Stage, requirement);
            db.RequirementSignOffs.Add(row);
        }
        else
        {
            db.Entry(row).Property(s => s.Version).OriginalValue = version;
        }

        if (!row.Mark(signedOff, comment, db.CurrentUser.DisplayName, time.Today()))
        {
            db.ChangeTracker.Clear();
            return SignOffOutcome.Unchanged;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SignOffOutcome.Saved;
        }
        catch (DbUpdateException)
        {
            // Another evaluator marked it between our read and this save (a changed Version, or a first row made twice).
            db.ChangeTracker.Clear();
            return SignOffOutcome.Conflict;
        }
    }

    private async Task<PortfolioEvidence> GatherAsync(Accreditation accreditation, SchemeDefinition scheme, PortfolioStage stage, CancellationToken cancellationToken)
    {
        var settingId = accreditation.SettingId;
        var audits = await db.Audits.AsNoTracking().Where(a => a.SettingId == settingId && !db.QuestionnaireRounds.Any(q => q.AuditId == a.Id))
            .Select(a => new { a.Id, a.InstrumentCode, a.ObservedOn, a.Status }).ToListAsync(cancellationToken);
        var questionnaires = await db.QuestionnaireRounds.AsNoTracking().Where(q => q.SettingId == settingId)
            .Select(q => new { q.Id, q.Audit.InstrumentCode, q.ClosesOn, q.Audit.FinishedAt, q.Audit.Status }).ToListAsync(cancellationToken);
        var rounds = await db.ScreeningRounds.AsNoTracking().Where(r => r.SettingId == settingId && r.RecordedAt != null)
            .Select(r => new ScreeningFact(r.Id, r.Name, db.Rooms.Where(m => m.Id == r.RoomId).Select(m => m.Name).FirstOrDefault() ?? "",
                r.HeldOn, db.RoomActionPoints.Count(p => p.RoundId == r.Id))).ToListAsync(cancellationToken);
        var today = time.Today();
        var goals = await db.PlanGoals.AsNoTracking().Include(g => g.Steps)
            .Where(g => g.SettingId == settingId && (g.Status == GoalStatus.NotStarted || g.Status == GoalStatus.InProgress))
            .OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var evaluations = await db.SelfEvaluations.AsNoTracking().Where(e => e.SettingId == settingId)
            .Select(e => new SelfEvaluationFact(e.Id, e.StartedOn, e.FinishedOn)).ToListAsync(cancellationToken);
        var studies = await db.CaseStudies.AsNoTracking().Where(c => c.AccreditationId == accreditation.Id)
            .Select(c => new CaseStudyFact(c.Id, c.Title, c.SubmittedOn)).ToListAsync(cancellationToken);
        var signOffs = await db.RequirementSignOffs.AsNoTracking().Where(s => s.AccreditationId == accreditation.Id && s.Stage == stage.Slug)
            .ToListAsync(cancellationToken);
        // "Still meets the entry criteria" is checked as an application is, from the setting's data today.
        var criteria = stage.Requirements(scheme).SelectMany(g => g.Requirements).Any(r => r.Kind == RequirementKind.EntryCriteria)
            ? await facts.CheckAsync(scheme, settingId, cancellationToken)
            : [];
        var meetings = await db.NetworkAttendance.AsNoTracking().Where(a => a.SettingId == settingId)
            .Select(a => new MeetingFact(a.MeetingId, a.Meeting.Title, a.Meeting.Date, a.Meeting.Purpose == MeetingPurpose.Workshop))
            .Distinct().ToListAsync(cancellationToken);
        return new PortfolioEvidence(
            [.. audits.Select(a => new AuditFact(a.Id, a.InstrumentCode, Name(a.InstrumentCode), a.ObservedOn, a.Status == AuditStatus.Finished))],
            rounds,
            [.. questionnaires.Select(q => new AuditFact(q.Id, q.InstrumentCode, Name(q.InstrumentCode), q.FinishedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : q.ClosesOn, q.Status == AuditStatus.Finished))],
            [.. goals.Select(g => new GoalFact(g.Id, g.Outcome, SmartCheck.Flags(g, today).Count == 0, g.SourceKind == GoalSourceKind.Audit ? g.SourceId : null))],
            evaluations,
            studies,
            signOffs.ToDictionary(s => s.RequirementCode, s => s.Fact))
        {
            EntryCriteria = criteria,
            Meetings = meetings,
        };
    }

    private string Name(string instrumentCode) => instruments.Find(instrumentCode)?.Name ?? "An audit";
}
