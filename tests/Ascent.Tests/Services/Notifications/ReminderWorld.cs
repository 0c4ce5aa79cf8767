using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Notifications;

/// Arranges people and case tasks for reminder tests, behind the pages' backs.
internal static class ReminderWorld
{
    public static Task<(Guid Id, string Email)> AddUserAsync(AscentFixture app, string role, int tenantId, bool active = true) => app.WithDbAsync(async (db, services) =>
    {
        var email = $"{Guid.NewGuid():N}@reminders.test";
        var user = new AppUser(email, "Person " + email[..6], tenantId, null) { EmailConfirmed = true };
        var users = services.GetRequiredService<UserManager<AppUser>>();
        Check(await users.CreateAsync(user, TestWorld.Password));
        Check(await users.AddToRoleAsync(user, role));
        if (!active)
        {
            user.Deactivate(app.Time.GetUtcNow());
            Check(await users.UpdateAsync(user));
        }

        return (user.Id, email);
    });

    /// An open case on the setting with one open task; returns the case and task ids.
    public static Task<(int CaseId, int TaskId)> AddTaskAsync(AscentFixture app, int settingId, string kind, string title, string ownerRole, DateOnly dueOn, (Guid Id, string Name)? owner = null) => app.WithDbAsync(async (db, _) =>
    {
        var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
        var version = new PathwayVersion(setting.TenantId, "test-" + Guid.NewGuid().ToString("N")[..8], "Test pathway", 1, "code: test", "Test", app.Time.GetUtcNow());
        db.PathwayVersions.Add(version);
        await db.SaveChangesAsync();
        var supportCase = new SupportCase(setting, version.Id, version.Code, version.Name, "For reminder tests", dueOn.AddDays(-30), null, CaseStatus.Open, app.Time.GetUtcNow());
        var task = new CaseTask(supportCase, "task-" + Guid.NewGuid().ToString("N")[..8], kind, title, ownerRole, dueOn);
        if (owner is { } o)
            task.AssignTo(o.Id, o.Name);
        supportCase.Tasks.Add(task);
        db.Cases.Add(supportCase);
        await db.SaveChangesAsync();
        return (supportCase.Id, task.Id);
    });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
