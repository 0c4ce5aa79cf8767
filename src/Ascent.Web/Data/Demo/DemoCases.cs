using System.Text.Json;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// Gives the demo LA a caseload to look at: its school terms, an initial caseload confirmed from older judgements,
/// and a few recent register changes (downgrades under the renewed framework, a new registration, a welfare
/// requirements notice) that the pathway engine turns into cases with live deadlines.
public sealed class DemoCases(AppDbContext db, TimeProvider time, InitialCaseload caseload, PathwayEngine engine, FrameworkRegistry frameworks)
{
    public async Task SeedAsync(Tenant tenant, IReadOnlyList<Setting> settings, DateOnly today, CancellationToken cancellationToken)
    {
        AddTerms(tenant, today);
        await db.SaveChangesAsync(cancellationToken);

        // Older requires-improvement and inadequate judgements become an initial caseload, as an LA starting with
        // Ascent would confirm it; the steps already past are recorded as before Ascent.
        await caseload.ProposeAsync(tenant.Id, 24, cancellationToken);
        var proposed = await db.Cases.Where(c => c.TenantId == tenant.Id && c.Status == CaseStatus.Proposed).Select(c => c.Id).ToListAsync(cancellationToken);
        await caseload.ConfirmAsync(proposed, cancellationToken);
        await AllocateHalfAsync(tenant, cancellationToken);

        var now = time.GetUtcNow();
        var withCases = (await db.Cases.Where(c => c.TenantId == tenant.Id).Select(c => c.SettingId).ToListAsync(cancellationToken)).ToHashSet();
        var candidates = settings.Where(s => s.ProviderType != "Childminder" && s.Name != DemoUsers.DemoSettingName && !withCases.Contains(s.Id)).Take(5).ToList();
        var demoSetting = settings.FirstOrDefault(s => s.Name == DemoUsers.DemoSettingName);

        // The settings come untracked (each save looks over everything tracked); those judged here are read to change.
        var judgedIds = candidates.Append(demoSetting).OfType<Setting>().Select(s => s.Id).ToList();
        var judged = await db.Settings.Include(s => s.Inspections).Where(s => judgedIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        candidates = [.. candidates.Select(s => judged[s.Id])];
        demoSetting = demoSetting is null ? null : judged[demoSetting.Id];
        var grades = new[] { "needs-attention", "needs-attention", "urgent-improvement" };
        for (var i = 0; i < Math.Min(grades.Length, candidates.Count); i++)
        {
            var inspected = today.AddDays(-20 - (7 * i));
            Judge(candidates[i], inspected, grades[i], now.AddDays(-(1 + (4 * i))));
        }

        if (candidates.Count > 3)
        {
            var noticeOn = today.AddDays(-3);
            var notice = new EnforcementEvent(candidates[3], EnforcementKind.WelfareRequirementsNotice, noticeOn, "Ofsted notification", "Welfare requirements notice: first aid training and risk assessments");
            candidates[3].EnforcementEvents.Add(notice);
            db.ChangeEvents.Add(new ChangeEvent(tenant.Id, candidates[3].Id, ChangeEventTypes.Enforcement, $"{candidates[3].Name}: welfare requirements notice",
                JsonSerializer.Serialize(new { notice.Kind, Date = noticeOn }), now.AddDays(-3), null));
        }

        if (candidates.Count > 4)
        {
            db.ChangeEvents.Add(new ChangeEvent(tenant.Id, candidates[4].Id, ChangeEventTypes.NewRegistration, $"{candidates[4].Name} joined the register",
                JsonSerializer.Serialize(new { candidates[4].Reference }), now.AddDays(-2), null));
        }

        // The demo setting (whose people have demo accounts) was recently judged to need improvement, so its manager
        // and the demo adviser can walk through visits and notes of visit together.
        if (demoSetting is not null && !withCases.Contains(demoSetting.Id))
            Judge(demoSetting, today.AddDays(-12), "needs-attention", now.AddDays(-8));

        await db.SaveChangesAsync(cancellationToken);
        await engine.ProcessPendingAsync(cancellationToken);
        if (demoSetting is not null)
            await AllocateToDemoAdviserAsync(demoSetting.Id, cancellationToken);
        await AddVisitHistoryAsync(demoSetting?.Id, today, cancellationToken);
    }

    // One of the demo adviser's other cases has a visit behind it (its note issued and acknowledged, with
    // recommendations and actions) and the next one planned, so the visits pages have something to show.
    private async Task AddVisitHistoryAsync(int? exceptSettingId, DateOnly today, CancellationToken cancellationToken)
    {
        var adviser = DemoUsers.LocalAuthority.Single(u => u.Role == Domain.People.Roles.ImprovementAdviser);
        var user = await db.Users.SingleAsync(u => u.Email == adviser.Email, cancellationToken);
        var supportCase = await db.Cases.Include(c => c.Setting).Where(c => c.AdviserId == user.Id && c.Status == CaseStatus.Open && c.SettingId != exceptSettingId)
            .OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (supportCase is null)
            return;
        var now = time.GetUtcNow();
        var setting = supportCase.Setting!;
        var heldOn = today.AddDays(-21);
        var held = new Visit(setting, VisitPurposes.Pathway, "Support visit", new VisitSchedule(heldOn, new TimeOnly(10, 0), 120, "Europe/London", VisitMode.OnSite, "At the setting", "1. Ofsted actions\n2. Improvement plan", "The manager"), user.DisplayName, now.AddDays(-30))
        {
            CaseId = supportCase.Id,
            PlannedById = user.Id,
            Focus = "Focus on the actions and recommendations from Ofsted to establish a robust improvement plan.",
        };
        held.Attendees.Add(new VisitAttendee(user.Id, user.DisplayName, user.Email ?? ""));
        held.RecordHeld(heldOn, today);
        db.Visits.Add(held);
        var note = new VisitNote(held, user.Id, user.DisplayName, NoteTemplateDefaults.For(setting.TenantId, VisitPurposes.Pathway), now.AddDays(-21));
        note.Write(new NoteWriteUp(
            note.Agenda,
            $"{user.DisplayName}, the manager and the deputy",
            "Observed the morning session in the pre-school room. Discussed the Ofsted actions on staff supervision and on the assessment of children's progress; the manager has started a supervision schedule.",
            null,
            ["prevent", "early-help"],
            null,
            null));
        note.Recommendations.Add(new Recommendation(note, "Make sure every member of staff has a termly supervision that is recorded", 1));
        note.Recommendations.Add(new Recommendation(note, "Use the progress check at age two to plan next steps for each child", 2));
        var settingAction = new AgreedAction(note, "Complete the supervision schedule for the spring term", VisitParty.Setting, today.AddDays(7), ActionGoal.New, 1);
        note.Actions.Add(settingAction);
        note.Actions.Add(new AgreedAction(note, "Share the local authority's supervision template", VisitParty.LocalAuthority, today.AddDays(-14), ActionGoal.None, 2));
        // As issuing the note does (NoteWork): the setting's action becomes a goal of its improvement plan.
        var goal = GoalsFromActions.FromAgreedAction(setting, settingAction, heldOn, frameworks.ForInspectionDate(setting.Regulator, today), user.DisplayName, now.AddDays(-20));
        db.PlanGoals.Add(goal);
        settingAction.LinkMadeGoal(goal);
        note.Issue(user.DisplayName, heldOn.AddDays(1), now.AddDays(-20));
        note.Acknowledge("Demo data", now.AddDays(-18));
        db.VisitNotes.Add(note);

        var next = new Visit(setting, VisitPurposes.Pathway, "Support visit", new VisitSchedule(today.AddDays(9), new TimeOnly(13, 30), 120, "Europe/London", VisitMode.OnSite, "At the setting", null, "The manager"), user.DisplayName, now.AddDays(-2))
        {
            CaseId = supportCase.Id,
            PlannedById = user.Id,
        };
        next.Attendees.Add(new VisitAttendee(user.Id, user.DisplayName, user.Email ?? ""));
        db.Visits.Add(next);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AllocateToDemoAdviserAsync(int settingId, CancellationToken cancellationToken)
    {
        var adviser = DemoUsers.LocalAuthority.Single(u => u.Role == Domain.People.Roles.ImprovementAdviser);
        var user = await db.Users.SingleAsync(u => u.Email == adviser.Email, cancellationToken);
        var supportCase = await db.Cases.Include(c => c.Tasks).FirstOrDefaultAsync(c => c.SettingId == settingId && c.Status == CaseStatus.Open, cancellationToken);
        if (supportCase is null || supportCase.AdviserId is not null)
            return;
        supportCase.Allocate(user.Id, user.DisplayName);
        foreach (var task in supportCase.Tasks.Where(t => t.OwnerRole == adviser.Role && t.State == CaseTaskState.Open))
            task.AssignTo(user.Id, user.DisplayName);
        foreach (var task in supportCase.Tasks.Where(t => t.Kind == Domain.Cases.TaskKinds.Allocation && t.State == CaseTaskState.Open))
            task.Complete(time.Today(), time.GetUtcNow(), "Demo data", $"Allocated to {user.DisplayName}");
        await db.SaveChangesAsync(cancellationToken);
    }

    // Half of the initial caseload already has the demo adviser, so "my cases" and "my tasks" have something in them.
    private async Task AllocateHalfAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var adviser = DemoUsers.LocalAuthority.Single(u => u.Role == Domain.People.Roles.ImprovementAdviser);
        var user = await db.Users.SingleAsync(u => u.Email == adviser.Email, cancellationToken);
        var open = await db.Cases.Include(c => c.Tasks).Where(c => c.TenantId == tenant.Id && c.Status == CaseStatus.Open).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (var supportCase in open.Where((_, i) => i % 2 == 0))
        {
            supportCase.Allocate(user.Id, user.DisplayName);
            foreach (var task in supportCase.Tasks.Where(t => t.OwnerRole == adviser.Role && t.State == CaseTaskState.Open))
                task.AssignTo(user.Id, user.DisplayName);
            foreach (var task in supportCase.Tasks.Where(t => t.Kind == Domain.Cases.TaskKinds.Allocation && t.State == CaseTaskState.Open))
                task.Complete(time.Today(), time.GetUtcNow(), "Demo data", $"Allocated to {user.DisplayName}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Judge(Setting setting, DateOnly inspected, string weakest, DateTimeOffset notifiedAt)
    {
        var inspection = new Inspection(setting, $"2{inspected.DayNumber}", inspected, "Full inspection", "ofsted-renewed-2025", null);
        var grades = new Dictionary<string, string>
        {
            ["safeguarding"] = "met",
            ["inclusion"] = "expected",
            ["curriculum-and-teaching"] = weakest,
            ["achievement"] = "expected",
            ["behaviour-attitudes-and-routines"] = "strong",
            ["welfare-and-wellbeing"] = "expected",
            ["leadership-and-governance"] = weakest,
        };
        foreach (var (area, grade) in grades)
            inspection.SetGrade(area, grade);
        // What the inspector asked for, as a report lists it: actions with dates to meet, and recommendations.
        inspection.Items.Add(new InspectionItem(inspection, InspectionItemKind.Action, "Ensure that all staff receive regular supervision that identifies and addresses gaps in their practice", inspected.AddDays(42)));
        inspection.Items.Add(new InspectionItem(inspection, InspectionItemKind.Action, "Plan a curriculum for two-year-olds that builds on what they already know and can do", inspected.AddDays(70)));
        inspection.Items.Add(new InspectionItem(inspection, InspectionItemKind.Recommendation, "Make better use of the outdoor area so that children who learn best outside have the same opportunities", null));
        setting.Inspections.Add(inspection);
        setting.RefreshLatestInspection(frameworks);
        db.ChangeEvents.Add(new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.NewJudgement, $"{setting.Name} ({setting.Reference}) was inspected",
            new JudgementPayload(inspection.FrameworkCode, inspection.Number, inspected, inspection.InspectionType, null, grades).ToJson(),
            notifiedAt, null));
    }

    // Terms named like most English LAs', but meeting end to end (holidays fall at the end of the term before), so
    // that whatever day the demo runs, "this term" exists for the cancellations rule. An LA administrator replaces
    // them with its own.
    private void AddTerms(Tenant tenant, DateOnly today)
    {
        for (var year = today.Year - 1; year <= today.Year + 1; year++)
        {
            db.SchoolTerms.Add(new SchoolTerm(tenant.Id, $"Spring {year}", new DateOnly(year, 1, 1), new DateOnly(year, 4, 12)));
            db.SchoolTerms.Add(new SchoolTerm(tenant.Id, $"Summer {year}", new DateOnly(year, 4, 13), new DateOnly(year, 9, 1)));
            db.SchoolTerms.Add(new SchoolTerm(tenant.Id, $"Autumn {year}", new DateOnly(year, 9, 2), new DateOnly(year, 12, 31)));
        }
    }
}
