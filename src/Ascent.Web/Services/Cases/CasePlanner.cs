using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Cases;

/// Opens cases and lays out their tasks from a pathway definition, with deadlines in the tenant's working days.
public sealed class CasePlanner(AppDbContext db, TimeProvider time, BankHolidays holidays)
{
    public async Task<WorkingDays> WorkingDaysForAsync(int tenantId, CancellationToken cancellationToken)
    {
        var nation = await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == tenantId).Select(t => t.Nation).SingleAsync(cancellationToken);
        return holidays.For(nation);
    }

    public SupportCase Open(Setting setting, PathwayVersion version, PathwayDefinition definition, string reason, DateOnly startedOn, long? triggerEventId, CaseStatus status, WorkingDays days)
    {
        var supportCase = new SupportCase(setting, version.Id, definition.Code, definition.Name, reason, startedOn, triggerEventId, status, time.GetUtcNow());
        foreach (var step in definition.Tasks)
            supportCase.Tasks.Add(new CaseTask(supportCase, step.Key, step.Kind, step.Title, step.OwnerRole, days.Add(startedOn, step.DueWorkingDays)));
        AddVisit(supportCase, definition, days.Add(startedOn, definition.Visits.FirstWithinWorkingDays));
        db.Cases.Add(supportCase);
        return supportCase;
    }

    /// Adds the case's next visit from the plan, due on the given day; nothing once a closed-ended plan is used up.
    public CaseTask? AddVisit(SupportCase supportCase, PathwayDefinition definition, DateOnly dueOn)
    {
        var number = supportCase.NextVisitNumber;
        if (definition.Visits.StageFor(number) is not { } stage)
            return null;
        supportCase.TakeVisitNumber();
        return AddVisitTask(supportCase, definition, stage, number, dueOn);
    }

    /// A visit again (after the setting cancelled it), with the same number and focus.
    public CaseTask? RebookVisit(SupportCase supportCase, PathwayDefinition definition, int number, DateOnly dueOn) =>
        definition.Visits.StageFor(number) is { } stage ? AddVisitTask(supportCase, definition, stage, number, dueOn) : null;

    private static CaseTask AddVisitTask(SupportCase supportCase, PathwayDefinition definition, VisitStage stage, int number, DateOnly dueOn)
    {
        var owner = definition.Allocation?.AllocatesRole ?? Domain.People.Roles.SeniorImprovementAdviser;
        var title = $"Visit {number}" + (stage.AccompaniedBy is null ? "" : $" (accompanied by the {stage.AccompaniedBy})")
            + (stage.Audits.Count == 0 ? "" : $": {definition.AuditNames(stage)}");
        var task = new CaseTask(supportCase, TaskKeys.Visit(number), TaskKinds.Visit, title, owner, dueOn)
        {
            Details = stage.Focus,
            VisitNumber = number,
            Accompanied = stage.AccompaniedBy is not null,
            RecordsProgress = stage.Monitoring,
        };
        if (supportCase.AdviserId is { } adviser && supportCase.AdviserName is { } name && owner == definition.Allocation?.AllocatesRole)
            task.AssignTo(adviser, name);
        supportCase.Tasks.Add(task);
        return task;
    }

    public static CaseTask AddEscalation(SupportCase supportCase, string key, string title, string ownerRole, DateOnly dueOn)
    {
        var task = new CaseTask(supportCase, key, TaskKinds.Escalation, title, ownerRole, dueOn);
        supportCase.Tasks.Add(task);
        return task;
    }
}
