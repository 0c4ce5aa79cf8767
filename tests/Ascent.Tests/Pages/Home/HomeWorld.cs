using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Email;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Home;

/// The work the home pages count, in LA A, and the same kinds of work in LA B that A's pages must never count.
/// Added once per fixture. The clock stands at Monday 23 November 2026.
public static class HomeWorld
{
    public const string ManagerA = "manager@ashdown.test";
    public const string SufficiencyA = "sufficiency@ashdown.test";
    public const string QuietAdviserA = "quiet.adviser@ashdown.test";

    private static readonly SemaphoreSlim Once = new(1, 1);

    public static async Task EnsureAsync(AscentFixture app)
    {
        await Once.WaitAsync();
        try
        {
            await app.WithDbAsync(async (db, _) =>
            {
                if (await db.PathwayVersions.AnyAsync(v => v.Code == "home-test"))
                    return 0;
                var now = app.Time.GetUtcNow();
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                var adviser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdviserA);
                var admin = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdminA);
                var settings = await db.Settings.IgnoreQueryFilters().ToDictionaryAsync(s => s.Id);
                var (a1, a2, b1) = (settings[app.World.SettingA1Id], settings[app.World.SettingA2Id], settings[app.World.SettingB1Id]);
                foreach (var tenant in new[] { app.World.TenantAId, app.World.TenantBId })
                {
                    db.PathwayVersions.Add(new PathwayVersion(tenant, "home-test", "Test pathway", 1, "code: home-test", "Test", now));
                    db.SchoolTerms.Add(new SchoolTerm(tenant, "Autumn 2026", new DateOnly(2026, 9, 2), new DateOnly(2026, 12, 18)));
                }

                await db.SaveChangesAsync();
                var versions = await db.PathwayVersions.IgnoreQueryFilters().Where(v => v.Code == "home-test").ToDictionaryAsync(v => v.TenantId, v => v.Id);
                SupportCase Case(Ascent.Web.Domain.Settings.Setting setting) =>
                    new(setting, versions[setting.TenantId], "home-test", "Test pathway", "For the home page", today.AddDays(-30), null, CaseStatus.Open, now);

                // A1: the adviser's case, one task overdue, one to come, one done on time this term.
                var mine = Case(a1);
                mine.Allocate(adviser.Id, adviser.DisplayName);
                var late = new CaseTask(mine, "ring", TaskKinds.Contact, "Ring the manager", Roles.ImprovementAdviser, new DateOnly(2026, 11, 18));
                late.AssignTo(adviser.Id, adviser.DisplayName);
                var next = new CaseTask(mine, "letter", TaskKinds.Letter, "Send the letter", Roles.ImprovementAdviser, new DateOnly(2026, 11, 26));
                next.AssignTo(adviser.Id, adviser.DisplayName);
                var done = new CaseTask(mine, "allocate", TaskKinds.Allocation, "Allocate an adviser", Roles.SeniorImprovementAdviser, new DateOnly(2026, 11, 20));
                done.Complete(new DateOnly(2026, 11, 19), now, "Sol Senior", null);
                mine.Tasks.AddRange([late, next, done]);

                // A2: waiting for allocation, with the senior adviser's missed allocation and two escalations.
                var waiting = Case(a2);
                waiting.Tasks.AddRange([
                    new CaseTask(waiting, "allocate", TaskKinds.Allocation, "Allocate an adviser", Roles.SeniorImprovementAdviser, new DateOnly(2026, 11, 20)),
                    new CaseTask(waiting, TaskKeys.Cancellations(new DateOnly(2026, 9, 2)), TaskKinds.Escalation, "Two visits cancelled this term", Roles.SeniorImprovementAdviser, new DateOnly(2026, 11, 30)),
                    new CaseTask(waiting, TaskKeys.FundingWithdrawalReview, TaskKinds.Escalation, "Review funding", Roles.SeniorImprovementAdviser, new DateOnly(2026, 12, 1))]);

                // B1: the same kinds of work in the other LA.
                var other = Case(b1);
                other.Tasks.AddRange([
                    new CaseTask(other, "allocate", TaskKinds.Allocation, "Allocate an adviser", Roles.SeniorImprovementAdviser, new DateOnly(2026, 11, 2)),
                    new CaseTask(other, TaskKeys.FundingWithdrawalReview, TaskKinds.Escalation, "Review funding", Roles.SeniorImprovementAdviser, new DateOnly(2026, 12, 1))]);
                db.Cases.AddRange(mine, waiting, other);

                // Visits: one this fortnight, one later, one held without a note, one whose note waits for review.
                static VisitSchedule On(DateOnly day) => new(day, new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null);
                var soon = new Visit(a1, VisitPurposes.AnnualConversation, "Annual conversation", On(new DateOnly(2026, 11, 25)), adviser.DisplayName, now) { PlannedById = adviser.Id };
                var later = new Visit(a1, VisitPurposes.AnnualConversation, "Spring conversation", On(new DateOnly(2026, 12, 10)), adviser.DisplayName, now) { PlannedById = adviser.Id };
                var held = Visit.RecordedAfterwards(a2, VisitPurposes.AnnualConversation, "Autumn visit", On(new DateOnly(2026, 11, 16)), adviser.DisplayName, now, today);
                held.PlannedById = adviser.Id;
                var reviewed = Visit.RecordedAfterwards(a1, VisitPurposes.AnnualConversation, "Support visit", On(new DateOnly(2026, 11, 17)), adviser.DisplayName, now, today);
                reviewed.PlannedById = adviser.Id;
                var theirs = Visit.RecordedAfterwards(b1, VisitPurposes.AnnualConversation, "Their visit", On(new DateOnly(2026, 11, 17)), "Bea Admin", now, today);
                db.Visits.AddRange(soon, later, held, reviewed, theirs);
                foreach (var visit in new[] { reviewed, theirs })
                {
                    var note = new VisitNote(visit, adviser.Id, adviser.DisplayName, NoteTemplateDefaults.For(visit.TenantId, VisitPurposes.AnnualConversation), now);
                    note.RequestReview(now);
                    db.VisitNotes.Add(note);
                }

                // Funding, import, invitation and e-mail: one of each waiting in A, and in B.
                foreach (var (tenant, setting) in new[] { (app.World.TenantAId, a1.Id), (app.World.TenantBId, b1.Id) })
                {
                    db.FundingDecisions.Add(new FundingDecision(tenant, setting, [FundingEntitlements.TwoYearOlds], FundingState.Withdrawn, "test", "Inspected inadequate", null, null, now));
                    db.Invitations.Add(Invitation.Create($"new.person.{tenant}@example.test", "New Person", tenant, null, [Roles.ImprovementAdviser], admin.Id, now).Invitation);
                    var failed = new OutboxMessage(tenant, "A visit", "someone@example.test", [1, 2, 3], now);
                    failed.MarkFailed("Mailbox unavailable", now, null);
                    db.OutboxMessages.Add(failed);
                }

                var run = new ImportRun(app.World.TenantAId, "ofsted", "register-november.csv", "Ada Admin", now) { RowsRead = 12, Added = 2, Updated = 3, Unchanged = 7 };
                run.Succeed(now);
                db.ImportRuns.Add(run);
                return await db.SaveChangesAsync();
            });
        }
        finally
        {
            Once.Release();
        }
    }
}
