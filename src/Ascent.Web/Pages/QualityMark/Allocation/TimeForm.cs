using System.Globalization;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ascent.Web.Pages.QualityMark.Allocation;

/// Hours and minutes as typed: whole numbers, some time, at most a day.
public static class TimeForm
{
    /// The whole form (date, hours and minutes, what it was, the note) as logged or corrected; null with each problem
    /// against its field.
    public static (DateOnly On, int Minutes, EvaluatorActivity Activity)? Read(ModelStateDictionary modelState, DateInput on, string? hours, string? minutes, string? activity, string? note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(on);
        var total = Minutes(modelState, hours, minutes);
        var day = default(DateOnly);
        if (on.IsEmpty)
            modelState.AddModelError("On", "Enter the date the time was spent");
        else if (!on.TryGetDate(out day))
            modelState.AddModelError("On", "The date must be a real date, like 14 3 2026");
        else if (day > today)
            modelState.AddModelError("On", "The date must be today or in the past: log time once it has been spent");
        var kind = EvaluatorActivities.All.Cast<EvaluatorActivity?>().FirstOrDefault(a => a.ToString() == activity);
        if (kind is null)
            modelState.AddModelError("Activity", "Select what the time was spent on");
        if (note?.Trim().Length > EvaluatorTime.NoteMaxLength)
            modelState.AddModelError("Note", $"The note must be {EvaluatorTime.NoteMaxLength} characters or fewer");
        return modelState.IsValid ? (day, total, kind!.Value) : null;
    }

    public static int Minutes(ModelStateDictionary modelState, string? hours, string? minutes)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(hours) && string.IsNullOrWhiteSpace(minutes))
        {
            modelState.AddModelError("Hours", "Enter how long you spent, in hours and minutes");
            return 0;
        }

        var h = Whole(hours, 24, modelState, "Hours", "Hours must be a whole number from 0 to 24");
        var m = Whole(minutes, 59, modelState, "Minutes", "Minutes must be a whole number from 0 to 59");
        if (h is null || m is null)
            return 0;
        var total = (h.Value * 60) + m.Value;
        if (total == 0)
            modelState.AddModelError("Hours", "Enter how long you spent: it cannot be no time");
        else if (total > EvaluatorTime.MaxMinutes)
            modelState.AddModelError("Hours", "The time must be 24 hours or less: log each day's time separately");
        return total;
    }

    private static int? Whole(string? text, int max, ModelStateDictionary modelState, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
            return value;
        modelState.AddModelError(field, message);
        return null;
    }
}
