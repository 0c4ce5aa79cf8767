using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// The steps from the evaluator's recommendation to the final decision: the recommendation, the moderation panel,
/// the setting's one appeal and its hearing. Each checks who may take it, saves with the accreditation's version (a
/// step already taken from another tab is refused), tells whom it concerns and is audited by AppDbContext. A step
/// refused returns the message to show; null when it was taken.
public sealed class AccreditationDecisions(AppDbContext db, CurrentUser user, TimeProvider time, Awards awards, QualityMarkNotices notices)
{
    public const string ChangedMeanwhile = "Someone else changed this accreditation while you were looking at it: it is shown as it is now";

    public async Task<string?> RecommendAsync(int id, int version, string? level, string reasons, CancellationToken cancellationToken)
    {
        var today = time.Today();
        return await SaveAsync(id, version, null, async (accreditation, _) =>
        {
            accreditation.Recommend(level, reasons, today);
            var setting = await SettingNameAsync(accreditation, cancellationToken);
            await notices.ToCoordinatorsAsync(accreditation, $"{user.DisplayName} has made a recommendation to the panel for {setting}.", QualityMarkNotices.Link(accreditation.Id), cancellationToken);
        }, cancellationToken);
    }

    public async Task<string?> DecideAsync(int id, int version, Guid secondReaderId, string? level, string reasons, CancellationToken cancellationToken)
    {
        var coordinatorId = user.UserId ?? throw new InvalidOperationException("A panel's decision is recorded by a person.");
        var evaluatorId = await db.Accreditations.Where(a => a.Id == id).Select(a => a.EvaluatorId).SingleAsync(cancellationToken);
        if (PanelDecision.SecondReaderProblem(coordinatorId, secondReaderId, evaluatorId) is { } problem)
            return problem;
        if (!await IsOfficerAsync(secondReaderId, cancellationToken))
            return "The second reader must be an officer of the local authority";
        var today = time.Today();
        return await SaveAsync(id, version, level is null ? null : today, async (accreditation, reference) =>
        {
            db.PanelDecisions.Add(PanelDecision.Record(accreditation, coordinatorId, secondReaderId, level, reasons, today, user.DisplayName, reference));
            await TellOutcomeAsync(accreditation, level is null ? "The moderation panel's decision is \"not yet\"" : "The moderation panel has awarded the quality mark", cancellationToken);
        }, cancellationToken);
    }

    public async Task<string?> AppealAsync(int id, int version, string grounds, CancellationToken cancellationToken)
    {
        var today = time.Today();
        return await SaveAsync(id, version, null, async (accreditation, _) =>
        {
            db.AccreditationAppeals.Add(AccreditationAppeal.Make(accreditation, grounds, user.DisplayName, today));
            var setting = await SettingNameAsync(accreditation, cancellationToken);
            await notices.ToCoordinatorsAsync(accreditation, $"{setting} has appealed the panel's decision.", QualityMarkNotices.Link(accreditation.Id), cancellationToken);
        }, cancellationToken);
    }

    public async Task<string?> HearAsync(int id, int version, Guid hearerId, string? level, string reasons, CancellationToken cancellationToken)
    {
        var panel = await db.PanelDecisions.AsNoTracking().SingleAsync(p => p.AccreditationId == id, cancellationToken);
        var evaluatorId = await db.Accreditations.Where(a => a.Id == id).Select(a => a.EvaluatorId).SingleAsync(cancellationToken);
        if (AccreditationAppeal.HearerProblem(hearerId, panel, evaluatorId) is { } problem)
            return problem;
        if (!await IsOfficerAsync(hearerId, cancellationToken))
            return "The appeal must be heard by an officer of the local authority";
        var today = time.Today();
        return await SaveAsync(id, version, level is null ? null : today, async (accreditation, reference) =>
        {
            var appeal = await db.AccreditationAppeals.SingleAsync(a => a.AccreditationId == accreditation.Id, cancellationToken);
            appeal.Hear(accreditation, panel, hearerId, level, reasons, today, reference);
            await TellOutcomeAsync(accreditation, level is null ? "The appeal has been dismissed" : "The appeal has been upheld and the quality mark awarded", cancellationToken);
        }, cancellationToken);
    }

    private async Task<string?> SaveAsync(int id, int version, DateOnly? awardOn, Func<Accreditation, string?, Task> step, CancellationToken cancellationToken)
    {
        try
        {
            return await awards.SaveAsync(id, version, awardOn, step, cancellationToken) ? null : ChangedMeanwhile;
        }
        catch (InvalidOperationException e)
        {
            // The accreditation refused the step (already taken, or not at that stage): say so, change nothing.
            db.ChangeTracker.Clear();
            return e.Message.TrimEnd('.');
        }
    }

    private async Task TellOutcomeAsync(Accreditation accreditation, string what, CancellationToken cancellationToken)
    {
        var setting = await SettingNameAsync(accreditation, cancellationToken);
        var text = $"{what} for {setting}.";
        await notices.ToSettingAsync(accreditation, text, QualityMarkNotices.Link(accreditation.Id), cancellationToken);
        await notices.ToEvaluatorAsync(accreditation, text, QualityMarkNotices.Link(accreditation.Id), cancellationToken);
    }

    private Task<bool> IsOfficerAsync(Guid userId, CancellationToken cancellationToken) =>
        user.TenantId is { } tenantId ? notices.Officers(tenantId).AnyAsync(u => u.Id == userId, cancellationToken) : Task.FromResult(false);

    private Task<string> SettingNameAsync(Accreditation accreditation, CancellationToken cancellationToken) =>
        db.Settings.Where(s => s.Id == accreditation.SettingId).Select(s => s.Name).SingleAsync(cancellationToken);
}
