using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// What starts, finishes and corrects an audit: starting it on an instrument's current version (with its sheets:
/// one per observer, and the agreed sheet of a joint observation), finishing it (every item answered, the total
/// kept, locked; the visit task that asked for it done), and amending a finished one with a reason.
public sealed class AuditWork(AppDbContext db, TimeProvider time, CurrentUser user, InstrumentDefinitions definitions, CaseWork caseWork)
{
    /// An audit with every sheet, answer and indicator, through the query filters (another LA's or setting's is null).
    public Task<Audit?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Audits.Include(a => a.Sheets).ThenInclude(s => s.Answers)
            .Include(a => a.Sheets).ThenInclude(s => s.Indicators)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// The instrument version the audit started on (InstrumentDefinitions.OfAuditAsync).
    public Task<InstrumentDefinition?> InstrumentOfAsync(Audit audit, CancellationToken cancellationToken) =>
        definitions.OfAuditAsync(audit, cancellationToken);

    /// The instruments an audit can start on: rating scales and checklists of a setting or a room (screening and
    /// questionnaires have their own pages).
    public async Task<IReadOnlyList<InstrumentDefinition>> StartableAsync(CancellationToken cancellationToken) =>
        [.. (await definitions.CurrentAsync(cancellationToken))
            .Where(i => i.Scoring is ScoringRule.EnvironmentRating or ScoringRule.Checklist && i.AppliesTo is InstrumentLevel.Setting or InstrumentLevel.Room)
            .OrderBy(i => i.Name, StringComparer.CurrentCulture)];

    public async Task<Audit> StartAsync(AuditStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var audit = new Audit(start.Setting, start.Room, start.Instrument, start.Mode, start.ObservedOn, user.DisplayName, time.GetUtcNow());
        if (start.Visit is not null || start.Task is not null)
            audit.LinkTo(start.Visit?.Id, start.Task?.Id);
        audit.AddSheet(SheetKind.Observer, user.UserId, user.DisplayName);
        if (start.SecondObserver is { } second)
        {
            audit.AddSheet(SheetKind.Observer, second.Id, second.Name);
            audit.AddSheet(SheetKind.Agreed, null, "Agreed by both observers");
        }

        db.Audits.Add(audit);
        await db.SaveChangesAsync(cancellationToken);
        return audit;
    }

    /// Finishes the audit, or says what is missing: the items not answered on the sheet its results come from (the
    /// agreed sheet of a joint observation, which needs both observers' sheets complete first).
    public async Task<IReadOnlyList<string>> FinishAsync(Audit audit, InstrumentDefinition instrument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(instrument);
        if (AuditSheets.IsJoint(audit) && !AuditSheets.BothComplete(audit))
            return ["Both observers must mark their own sheets complete, then agree the scores, before the audit is finished"];
        var sheet = AuditSheets.ResultSheet(audit);
        var answers = AuditScoring.AnswersOf(sheet);
        var missing = AuditScoring.Missing(instrument, answers);
        if (missing.Count > 0)
        {
            var what = AuditSheets.IsJoint(audit) ? "has no agreed answer yet" : "is not answered yet";
            return [.. missing.Select(i => $"{ItemAnswer.Name(i)}, {what}")];
        }

        audit.Finish(user.DisplayName, time.GetUtcNow(), AuditScoring.Total(instrument, answers));
        if (sheet.CompletedAt is null)
            sheet.Complete(time.GetUtcNow());
        await CompleteCaseTaskAsync(audit, instrument, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// Changes one answer of a finished audit, with the reason, and scores it again. False when the answer is what
    /// it already was (nothing to amend).
    public async Task<bool> AmendAsync(Audit audit, InstrumentDefinition instrument, InstrumentItem item, ItemAnswer answer, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(instrument);
        var sheet = AuditSheets.ResultSheet(audit);
        var row = sheet.AnswerFor(item.Number);
        var old = ItemAnswer.Of(row);
        if (old == answer)
            return false;
        db.AuditAmendments.Add(new AuditAmendment(audit, item, old.Describe(instrument), answer.Describe(instrument), reason, user.UserId, user.DisplayName, time.GetUtcNow()));
        answer.ApplyTo(row);
        row.MarkChanged();
        sheet.Touch();
        audit.Rescore(AuditScoring.Total(instrument, AuditScoring.AnswersOf(sheet)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// The visit task that asked for this audit is done once every audit its stage asks for is finished, the usual
    /// way (CaseWork), so the case's next visit and the audit trail follow as for any task.
    private async Task CompleteCaseTaskAsync(Audit audit, InstrumentDefinition instrument, CancellationToken cancellationToken)
    {
        if (audit.CaseTaskId is not { } taskId)
            return;
        var supportCase = await db.Cases.Include(c => c.Tasks).FirstOrDefaultAsync(c => c.Tasks.Any(t => t.Id == taskId), cancellationToken);
        var task = supportCase?.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (supportCase is null || task is null || task.State != CaseTaskState.Open || !supportCase.IsOpen)
            return;
        var definition = await caseWork.DefinitionAsync(supportCase, cancellationToken);
        var wanted = task.VisitNumber is { } number && definition.Visits.StageFor(number) is { Audits.Count: > 0 } stage ? stage.Audits : [audit.InstrumentCode];
        var finished = await db.Audits.Where(a => a.CaseTaskId == taskId && a.Status == AuditStatus.Finished && a.Id != audit.Id)
            .Select(a => a.InstrumentCode).ToListAsync(cancellationToken);
        finished.Add(audit.InstrumentCode);
        if (!wanted.All(finished.Contains))
            return;
        var note = $"{instrument.Name} finished ({AuditScoring.DescribeTotal(instrument, audit.Total)}), observed on {Format.Date(audit.ObservedOn)}";
        await caseWork.CompleteAsync(supportCase, task, note, null, null, audit.ObservedOn, cancellationToken);
    }
}

/// What starting an audit needs: checked by the start page, so every value here is one the person may use.
public sealed record AuditStart(Setting Setting, Room? Room, InstrumentDefinition Instrument, AuditMode Mode, DateOnly ObservedOn, (Guid Id, string Name)? SecondObserver, Visit? Visit, CaseTask? Task);
