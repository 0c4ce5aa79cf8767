using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Home;

/// The work a setting's home page lists, made once per fixture: for Acorn Day Nursery (A1) a visit to come, a note
/// issued and not acknowledged, a plan with an overdue goal, a vague goal and steps for its practitioner, a draft
/// self-evaluation and an unread comment for its owner; and the same kinds of things, named differently, for Bramble
/// Pre-school (A2), which A1's people must never see.
internal static class SettingHomeWorld
{
    public const string ManagerA1 = "manager@a1.test";
    public const string ManagerName = "Mo Manager";

    public const string OverdueGoal = "Every child has a named key person";
    public const string VagueGoal = "Better outdoor play";
    public const string SmartGoal = "Weekly phonics sessions for the pre-school room";
    public const string FirstStep = "Draft the key person rota";
    public const string SecondStep = "Plan the phonics sessions";
    public const string OthersStep = "Order the new garden equipment";
    public const string NextVisitTitle = "Spring support visit";
    public const string NoteVisitTitle = "Autumn support visit";
    public const string Comment = "Hannah commented on your improvement plan goal";
    public const string OtherSetting = "Bramble";

    /// The area the owner writes in the draft, and one of the framework's areas left to do.
    public const string AreaDone = "inclusion";
    public const string AreaToDo = "Behaviour, attitudes and routines";

    public sealed record Ids(int NextVisitId, int NoteVisitId, int OverdueGoalId, int VagueGoalId, int SmartGoalId);

    public static async Task<Ids> SeedAsync(AscentFixture app)
    {
        await AddManagerAsync(app);
        var seeded = await app.WithDbAsync(async (db, _) =>
        {
            var existing = await db.Visits.IgnoreQueryFilters().Where(v => v.Title == NextVisitTitle && v.SettingId == app.World.SettingA1Id).Select(v => v.Id).FirstOrDefaultAsync();
            var now = app.Time.GetUtcNow();
            var today = app.Time.Today();
            var a1 = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var a2 = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA2Id);
            if (existing != 0)
                return false;
            foreach (var (setting, prefix) in new[] { (a2, OtherSetting + " "), (a1, "") })
                await SeedSettingAsync(db, setting, prefix, app.World.UserIds[setting.Id == a1.Id ? TestWorld.OwnerA1 : TestWorld.OwnerA2], now, today);
            return true;
        });
        if (seeded)
        {
            // The self-evaluation through its pages: each owner starts a draft and writes one area.
            foreach (var (owner, settingId) in new[] { (TestWorld.OwnerA2, app.World.SettingA2Id), (TestWorld.OwnerA1, app.World.SettingA1Id) })
            {
                using var browser = app.NewBrowser();
                await browser.SignInAsync(owner);
                await browser.SubmitAsync(await browser.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Start']");
                var saved = await browser.SubmitAsync(await browser.GetAsync($"/settings/{settingId}/self-evaluation/{AreaDone}"), new Dictionary<string, string> { ["Strengths"] = "Key persons know every family" });
                Assert.Empty(saved.ErrorMessages);
            }
        }

        return await app.WithDbAsync(async (db, _) =>
        {
            var goals = await db.PlanGoals.IgnoreQueryFilters().Where(g => g.SettingId == app.World.SettingA1Id).ToDictionaryAsync(g => g.Outcome, g => g.Id);
            var visits = await db.Visits.IgnoreQueryFilters().Where(v => v.SettingId == app.World.SettingA1Id).ToDictionaryAsync(v => v.Title, v => v.Id);
            return new Ids(visits[NextVisitTitle], visits[NoteVisitTitle], goals[OverdueGoal], goals[VagueGoal], goals[SmartGoal]);
        });
    }

    private static async Task SeedSettingAsync(Web.Data.AppDbContext db, Setting setting, string prefix, Guid ownerId, DateTimeOffset now, DateOnly today)
    {
        var schedule = new VisitSchedule(today.AddDays(10), new TimeOnly(10, 0), 120, "Europe/London", VisitMode.OnSite, "At the setting", null, null);
        db.Visits.Add(new Visit(setting, VisitPurposes.Pathway, prefix + NextVisitTitle, schedule, "Ari Adviser", now));
        var held = new Visit(setting, VisitPurposes.Pathway, prefix + NoteVisitTitle, schedule with { Date = today.AddDays(-14) }, "Ari Adviser", now.AddDays(-20));
        held.RecordHeld(today.AddDays(-14), today);
        db.Visits.Add(held);
        var note = new VisitNote(held, Guid.Empty, "Ari Adviser", NoteTemplateDefaults.For(setting.TenantId, VisitPurposes.Pathway), now.AddDays(-14));
        note.Issue("Ari Adviser", today.AddDays(-10), now.AddDays(-10));
        db.VisitNotes.Add(note);

        var overdue = new PlanGoal(setting, GoalSource.Own, "Olu Owner", now);
        overdue.Describe(prefix + OverdueGoal, null, null, null, GoalPriority.High, "Every child's record names a key person", today.AddDays(30));
        overdue.PlanSteps([new PlannedStep(prefix + FirstStep, "Pat Practitioner", today.AddDays(-7), false), new PlannedStep(prefix + OthersStep, "Sam, room leader", today.AddDays(5), false)]);
        var vague = new PlanGoal(setting, GoalSource.Own, "Olu Owner", now);
        vague.Describe(prefix + VagueGoal, null, null, null, GoalPriority.Low, null, null);
        var smart = new PlanGoal(setting, GoalSource.Own, "Olu Owner", now);
        smart.Describe(prefix + SmartGoal, null, null, null, GoalPriority.Medium, "Phonics in every week's plan", today.AddDays(60));
        smart.PlanSteps([new PlannedStep(prefix + SecondStep, "Jo Clarke and pat practitioner", today.AddDays(4), false), new PlannedStep("Already done", "Pat Practitioner", today.AddDays(-30), true)]);
        db.PlanGoals.AddRange(overdue, vague, smart);

        await db.SaveChangesAsync();

        db.Notifications.Add(new Notification(setting.TenantId, ownerId, prefix + Comment, $"/plan-goals/{overdue.Id}", now.AddHours(-2), email: false));
        await db.SaveChangesAsync();
    }

    private static Task AddManagerAsync(AscentFixture app) => app.WithDbAsync(async (_, services) =>
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(ManagerA1) is not null)
            return true;
        var user = new AppUser(ManagerA1, ManagerName, app.World.TenantAId, app.World.SettingA1Id) { EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.SettingManager)).Succeeded);
        app.World.UserIds[ManagerA1] = user.Id;
        return true;
    });
}
