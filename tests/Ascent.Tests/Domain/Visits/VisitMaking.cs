using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;

namespace Ascent.Tests.Domain.Visits;

/// Visits and notes as the pure tests start them, without a database.
internal static class VisitMaking
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Setting Setting(int settingId = 1)
    {
        var setting = new Setting(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 3, 1));
        typeof(Setting).GetProperty(nameof(Web.Domain.Settings.Setting.Id))!.SetValue(setting, settingId);
        return setting;
    }

    public static VisitSchedule Schedule(DateOnly? on = null, TimeOnly? at = null, string? agenda = "1. Ofsted actions") =>
        new(on ?? Today.AddDays(7), at ?? new TimeOnly(10, 0), 120, "Europe/London", VisitMode.OnSite, " 1 High Street ", agenda, "The manager");

    public static Visit Visit(Setting? setting = null, string? agenda = "1. Ofsted actions") =>
        new(setting ?? Setting(), VisitPurposes.Pathway, " Visit 1 ", Schedule(agenda: agenda), "Ari Adviser", Now);

    public static Visit HeldVisit()
    {
        var visit = Visit();
        visit.RecordHeld(visit.Date, today: visit.Date);
        return visit;
    }

    public static Visit CancelledVisit()
    {
        var visit = Visit();
        visit.Cancel(VisitParty.LocalAuthority, "Adviser unwell", Now);
        return visit;
    }

    public static NoteTemplate Template => NoteTemplateDefaults.For(1, VisitPurposes.Pathway);

    public static VisitNote Note(Visit? visit = null) =>
        new(visit ?? HeldVisit(), Guid.NewGuid(), "Ari Adviser", Template, Now);

    /// An issued note with open recommendations, as an earlier visit's note the next one carries forward.
    public static VisitNote IssuedNoteWith(Visit visit, params string[] recommendations)
    {
        var note = Note(visit);
        note.SetRecommendations(recommendations.Select(text => new RecommendationRow(null, text)));
        note.Issue("Ari Adviser", Today, Now);
        return note;
    }

    /// Gives an entity the id the database would.
    public static T WithId<T>(T entity, int id)
        where T : class
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }

    public static NoteWriteUp WriteUp(string? seenAndDiscussed = "Observed the two-year-old room.", IReadOnlyCollection<string>? signposts = null, string? progress = null) =>
        new("Agenda", "Ari Adviser, the manager", seenAndDiscussed, null, signposts ?? [], null, progress);
}
