using System.Globalization;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Visits.Plan;

/// When, where and with whom: the part of the visit forms that planning and rescheduling share. It checks the
/// form's shape; what a visit may be is decided by Visit and VisitTimes.
public sealed class ScheduleInput
{
    public DateInput Date { get; set; } = new();

    public string? Time { get; set; }

    public int Duration { get; set; } = 120;

    public VisitMode? Mode { get; set; } = VisitMode.OnSite;

    public string? Location { get; set; }

    public string? Agenda { get; set; }

    public string? SettingAttendees { get; set; }

    public List<Guid> Colleagues { get; set; } = [];

    public static IReadOnlyList<SelectListItem> DurationItems { get; } =
        [.. new[] { 30, 60, 90, 120, 180, 240 }.Select(m => new SelectListItem(m < 60 ? $"{m} minutes" : m % 60 == 0 ? $"{m / 60} hour{(m == 60 ? "" : "s")}" : $"{m / 60} and a half hours", m.ToString(CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<SelectListItem> ModeItems { get; } =
        [new("At the setting", nameof(VisitMode.OnSite)), new("Online", nameof(VisitMode.Online))];

    public static ScheduleInput From(Visit visit) => new()
    {
        Date = DateInput.From(visit.Date),
        Time = Infrastructure.Format.Time(visit.StartTime),
        Duration = visit.DurationMinutes,
        Mode = visit.Mode,
        Location = visit.Location,
        Agenda = visit.Agenda,
        SettingAttendees = visit.SettingAttendees,
        Colleagues = [.. visit.Attendees.Select(a => a.UserId)],
    };

    /// The schedule, or null with the problems added to the model state under the given prefix.
    public VisitSchedule? Validate(ModelStateDictionary state, string prefix, string timeZone, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        DateOnly date = default;
        if (Date.IsEmpty)
            state.AddModelError($"{prefix}.Date", "Enter the date of the visit");
        else if (!Date.TryGetDate(out date))
            state.AddModelError($"{prefix}.Date", "Date of the visit must be a real date, like 14 3 2027");
        else if (!VisitTimes.IsWithinPlanningWindow(date, today))
            state.AddModelError($"{prefix}.Date", date < today ? "Date of the visit must be within the last year" : "Date of the visit must be within the next two years");
        var time = VisitTimes.ParseStartTime(Time);
        if (string.IsNullOrWhiteSpace(Time))
            state.AddModelError($"{prefix}.Time", "Enter the start time, like 10am or 14:30");
        else if (time is null)
            state.AddModelError($"{prefix}.Time", "Start time must be a time, like 10am or 14:30");
        if (Duration is < 15 or > 600)
            state.AddModelError($"{prefix}.Duration", "Select how long the visit will take");
        if (Mode is null)
            state.AddModelError($"{prefix}.Mode", "Select whether the visit is at the setting or online");
        if (string.IsNullOrWhiteSpace(Location))
            state.AddModelError($"{prefix}.Location", Mode == VisitMode.Online ? "Enter the meeting link" : "Enter where the visit is");
        else if (Location.Length > Visit.LocationMaxLength)
            state.AddModelError($"{prefix}.Location", $"Place must be {Visit.LocationMaxLength:N0} characters or fewer");
        if (Agenda?.Length > Visit.AgendaMaxLength)
            state.AddModelError($"{prefix}.Agenda", $"Agenda must be {Visit.AgendaMaxLength:N0} characters or fewer");
        if (SettingAttendees?.Length > Visit.SettingAttendeesMaxLength)
            state.AddModelError($"{prefix}.SettingAttendees", $"Who attends from the setting must be {Visit.SettingAttendeesMaxLength:N0} characters or fewer");
        if (!state.IsValid || time is null || Mode is null)
            return null;
        return new VisitSchedule(date, time.Value, Duration, timeZone, Mode.Value, Location!, Agenda, SettingAttendees);
    }
}
