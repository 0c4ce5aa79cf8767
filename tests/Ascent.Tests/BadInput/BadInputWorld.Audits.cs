using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.BadInput;

/// The audits the audit forms act on: one in progress (its sheet and finish form), a joint observation with both
/// sheets complete (the agree form) and a finished one (the amend form).
public sealed partial class BadInputWorld
{
    private static string[] AuditPages =>
        ["/settings/{id:int}/audits/new", "/audits/{id:int}", "/audits/{id:int}/sheets/{sheetId:int}", "/audits/{id:int}/agree", "/audits/{id:int}/amend"];

    private async Task<IEnumerable<Target>> AuditTargetsAsync(int settingId)
    {
        var (open, sheet, joint, finished) = await _app.WithDbAsync(async (db, services) =>
        {
            var catalogue = services.GetRequiredService<InstrumentCatalogue>();
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var adviser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdviserA);
            var senior = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.SeniorA);
            var now = _app.Time.GetUtcNow();
            var on = DateOnly.FromDateTime(now.UtcDateTime);

            var open = new Audit(setting, null, catalogue.Get("ecers-3"), AuditMode.ItemScores, on, adviser.DisplayName, now);
            var openSheet = open.AddSheet(SheetKind.Observer, adviser.Id, adviser.DisplayName);

            var sstew = catalogue.Get("sstew");
            var joint = new Audit(setting, null, sstew, AuditMode.ItemScores, on, adviser.DisplayName, now);
            var first = joint.AddSheet(SheetKind.Observer, adviser.Id, adviser.DisplayName);
            var second = joint.AddSheet(SheetKind.Observer, senior.Id, senior.DisplayName);
            joint.AddSheet(SheetKind.Agreed, null, "Agreed by both observers");
            foreach (var item in sstew.Items)
            {
                first.AnswerFor(item.Number).Score = 4;
                second.AnswerFor(item.Number).Score = item.Number == "1" ? 6 : 4;
            }

            first.Complete(now);
            second.Complete(now);

            var checklist = catalogue.Get("safeguarding-and-welfare-requirements");
            var finished = new Audit(setting, null, checklist, AuditMode.ItemScores, on, adviser.DisplayName, now);
            var only = finished.AddSheet(SheetKind.Observer, adviser.Id, adviser.DisplayName);
            foreach (var item in checklist.Items)
                only.AnswerFor(item.Number).Checklist = ChecklistAnswer.Met;
            finished.Finish(adviser.DisplayName, now, 100m);

            db.Audits.AddRange(open, joint, finished);
            await db.SaveChangesAsync();
            return (open.Id, openSheet.Id, joint.Id, finished.Id);
        });
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdviserA, $"/settings/{I(settingId)}/audits/new"), new(TestWorld.AdviserA, $"/audits/{I(open)}/sheets/{I(sheet)}"),
            new(TestWorld.AdviserA, $"/audits/{I(open)}"), new(TestWorld.AdviserA, $"/audits/{I(joint)}/agree"),
            new(TestWorld.AdviserA, $"/audits/{I(finished)}/amend?item=1"),
        ];
    }
}
