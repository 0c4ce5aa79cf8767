using System.Globalization;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Services.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Complaints.Teams;

/// The fields of a team, shared by adding and changing one: its name, its manager (one of the LA's people) and its
/// deadlines in working days.
public abstract class TeamForm : PageModel
{
    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Manager { get; set; }

    [BindProperty] public string? AcknowledgeDays { get; set; }

    [BindProperty] public string? AnswerDays { get; set; }

    public IReadOnlyList<OfficerChoice> Officers { get; protected set; } = [];

    public IEnumerable<SelectListItem> ManagerItems =>
        [new("Choose the manager", ""), .. Officers.Select(o => new SelectListItem(o.Name + (o.Role is null ? "" : $" ({o.Role})"), o.Id.ToString(), o.Id.ToString() == Manager))];

    /// The team as typed, when it is good.
    protected (string Name, Guid Manager, int Acknowledge, int Answer)? CheckTeam()
    {
        var name = Domain.FreeText.Trimmed(Name);
        if (name is null)
            ModelState.AddModelError(nameof(Name), "Enter the team's name");
        else if (name.Length > ComplaintTeam.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The name must be {ComplaintTeam.NameMaxLength} characters or fewer");
        var manager = Officers.FirstOrDefault(o => o.Id.ToString() == Manager);
        if (manager is null)
            ModelState.AddModelError(nameof(Manager), "Select the team's manager");
        var acknowledge = Days(nameof(AcknowledgeDays), AcknowledgeDays, "acknowledge");
        var answer = Days(nameof(AnswerDays), AnswerDays, "answer");
        if (acknowledge is not null && answer is not null && answer < acknowledge)
            ModelState.AddModelError(nameof(AnswerDays), "The days to answer cannot be fewer than the days to acknowledge");
        return name is not null && manager is not null && acknowledge is { } a && answer is { } b && ModelState.IsValid ? (name, manager.Id, a, b) : null;
    }

    private int? Days(string field, string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
            ModelState.AddModelError(field, $"Enter the working days to {what} within");
        else if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1 || days > ComplaintTeam.MaxDays)
            ModelState.AddModelError(field, $"The working days to {what} within must be a whole number from 1 to {ComplaintTeam.MaxDays}");
        else
            return days;
        return null;
    }
}
