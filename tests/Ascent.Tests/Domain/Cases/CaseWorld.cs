using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Cases;

/// Cases and tasks made in memory, for the pure tests of their transitions.
internal static class CaseWorld
{
    public static readonly DateOnly StartedOn = new(2026, 11, 23);
    public static readonly DateTimeOffset OpenedAt = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static SupportCase Case(CaseStatus status = CaseStatus.Open)
    {
        var setting = new Setting(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 3, 1));
        return new SupportCase(setting, 7, "requires-improvement", "Requires improvement", "Inspected on 3 November 2026", StartedOn, 42, status, OpenedAt);
    }

    public static CaseTask Task(SupportCase supportCase, string key = "contact-setting", int dueInDays = 10)
    {
        var task = new CaseTask(supportCase, key, TaskKinds.Contact, "Contact the setting", Roles.ImprovementAdviser, StartedOn.AddDays(dueInDays));
        supportCase.Tasks.Add(task);
        return task;
    }
}
