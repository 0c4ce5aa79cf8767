using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Instruments.Results;

/// Audits made straight through the entities, as a test world seed would (the pages that start and fill audits are
/// not these tests' concern): a room, an audit on the current version of an instrument, sheets with answers, finished
/// or not.
public static class ResultsSeed
{
    public static async Task<Room> RoomAsync(AppDbContext db, int settingId, string name)
    {
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
        var room = new Room(setting, name, "3 and 4");
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room;
    }

    /// A rating audit with one sheet per scores given (two observers then an agreed sheet, or one observer's), each
    /// scores[i] the item scores in item order (null: not applicable). Finished with its total unless told not to.
    public static async Task<int> RatingAsync(AppDbContext db, IServiceProvider services, int settingId, int? roomId, string code, DateOnly observedOn,
        IReadOnlyList<(string Observer, SheetKind Kind, int?[] Scores)> sheets, bool finish = true)
    {
        var instrument = services.GetRequiredService<InstrumentCatalogue>().Get(code);
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
        var room = roomId is null ? null : await db.Rooms.IgnoreQueryFilters().SingleAsync(r => r.Id == roomId);
        var audit = new Ascent.Web.Domain.Instruments.Audit(setting, room, instrument, AuditMode.ItemScores, observedOn, "Test", new DateTimeOffset(observedOn, TimeOnly.MinValue, TimeSpan.Zero));
        var items = instrument.Items.ToList();
        AuditSheet? final = null;
        foreach (var (observer, kind, scores) in sheets)
        {
            var sheet = audit.AddSheet(kind, null, observer);
            for (var i = 0; i < items.Count && i < scores.Length; i++)
            {
                var answer = sheet.AnswerFor(items[i].Number);
                answer.Score = scores[i];
                answer.NotApplicable = scores[i] is null;
                answer.Note = i == 13 ? "Books stay on a high shelf" : "";
            }

            final = kind == SheetKind.Agreed || final is null ? sheet : final;
        }

        if (finish)
        {
            var totals = ScoreMeans.Of(instrument, final!.Answers.ToDictionary(a => a.ItemNumber, a => a.NotApplicable ? null : a.Score));
            audit.Finish("Test", new DateTimeOffset(observedOn, TimeOnly.MinValue, TimeSpan.Zero), totals.Total);
        }

        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        return audit.Id;
    }

    /// A finished checklist audit of the whole setting.
    public static async Task<int> ChecklistAsync(AppDbContext db, IServiceProvider services, int settingId, string code, DateOnly observedOn, IReadOnlyDictionary<string, ChecklistAnswer> answers)
    {
        var instrument = services.GetRequiredService<InstrumentCatalogue>().Get(code);
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
        var audit = new Ascent.Web.Domain.Instruments.Audit(setting, null, instrument, AuditMode.ItemScores, observedOn, "Test", new DateTimeOffset(observedOn, TimeOnly.MinValue, TimeSpan.Zero));
        var sheet = audit.AddSheet(SheetKind.Observer, null, "Ada Adviser");
        foreach (var item in instrument.Items)
            sheet.AnswerFor(item.Number).Checklist = answers.TryGetValue(item.Number, out var answer) ? answer : ChecklistAnswer.Met;
        var figures = ChecklistFigures.Of(instrument.Items.Select(i => sheet.Answer(i.Number)!.Checklist));
        audit.Finish("Test", new DateTimeOffset(observedOn, TimeOnly.MinValue, TimeSpan.Zero), figures.PercentMet);
        db.Audits.Add(audit);
        await db.SaveChangesAsync();
        return audit.Id;
    }

    /// Thirty-five ECERS-3 item scores: every item the same but those given.
    public static int?[] Scores(int all, params (int Item, int? Score)[] except)
    {
        var scores = Enumerable.Repeat<int?>(all, 35).ToArray();
        foreach (var (item, score) in except)
            scores[item - 1] = score;
        return scores;
    }
}
