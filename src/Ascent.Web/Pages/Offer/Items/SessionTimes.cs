using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ascent.Web.Pages.Offer.Items;

/// The checks of a session's date, times and venue as typed, shared by adding a session and moving one: today or
/// later (within two years), times like "9:30am" or "14:30", the end after the start. Errors go on the named fields.
public static class SessionTimes
{
    public sealed record Checked(DateOnly Date, TimeOnly Starts, TimeOnly Ends);

    public static Checked? Check(ModelStateDictionary state, DateInput date, string? start, string? end, string? venue, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(date);
        DateOnly? day = null;
        if (date.IsEmpty)
            state.AddModelError("Date", "Enter the date of the session");
        else if (!date.TryGetDate(out var typed))
            state.AddModelError("Date", "The date must be a real date, like 14 3 2027");
        else if (typed < today)
            state.AddModelError("Date", "The date of the session must be today or in the future");
        else if (typed > today.AddYears(2))
            state.AddModelError("Date", "The date must be within two years of today");
        else
            day = typed;
        var starts = VisitTimes.ParseStartTime(start);
        var ends = VisitTimes.ParseStartTime(end);
        if (starts is null)
            state.AddModelError("Start", string.IsNullOrWhiteSpace(start) ? "Enter the start time" : "Enter the start time like 9:30am or 14:30");
        if (ends is null)
            state.AddModelError("End", string.IsNullOrWhiteSpace(end) ? "Enter the end time" : "Enter the end time like 12:30pm or 16:00");
        else if (starts is not null && ends <= starts)
            state.AddModelError("End", "The end time must be after the start time");
        if (venue?.Trim().Length > OfferItem.VenueMaxLength)
            state.AddModelError("Venue", $"The venue must be {OfferItem.VenueMaxLength} characters or fewer");
        return state.IsValid && day is { } d && starts is { } s && ends is { } e ? new Checked(d, s, e) : null;
    }
}
