using System.Globalization;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Home;

namespace Ascent.Web.Pages.Home.Setting;

/// The words of the setting's home page, kept out of the markup so the partial reads as the page does.
public static class SettingHomeView
{
    /// "1 note", "3 notes".
    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");

    public static string When(SettingHomeVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return $"{Format.Time(visit.StartTime)}, {(visit.Mode == VisitMode.Online ? "online" : visit.Location)}";
    }

    public static string Preparation(SettingHomeVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (visit.PreparedAt is null)
            return "Not started";
        return visit.PreparationDone == visit.PreparationItems
            ? $"Checklist done, last changed {Format.DateTime(visit.PreparedAt.Value)}"
            : $"{visit.PreparationDone} of {visit.PreparationItems} checklist items done, last changed {Format.DateTime(visit.PreparedAt.Value)}";
    }

    public static string Issued(SettingHomeNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.IssuedOn is { } on ? $"issued on {Format.Date(on)}" : "issued";
    }
}
