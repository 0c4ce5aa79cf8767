using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// A new action's row on the minutes form.
public sealed class ActionInput
{
    public string? What { get; set; }

    public string? Owner { get; set; }

    public DateInput Due { get; set; } = new();

    public bool IsEmpty => string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(Owner) && Due.IsEmpty;
}

/// Writes a meeting's minutes on or after its day: what was discussed, the decisions (one a line) and up to three new
/// actions at a time (what, owner, due date). Saved with the meeting's version; a stale form is refused.
public sealed class MinutesModel(PartnershipMeetings meetings, MeetingRecords records, TimeProvider time) : PageModel
{
    public const int NewActionRows = 3;

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public string? Decisions { get; set; }

    [BindProperty]
    public List<ActionInput> Actions { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ShowRecorded();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Minutes?.Trim().Length > Meeting.MinutesMaxLength)
            ModelState.AddModelError(nameof(Minutes), $"The minutes must be {Meeting.MinutesMaxLength:#,0} characters or fewer");
        if (Decisions?.Trim().Length > Meeting.DecisionsMaxLength)
            ModelState.AddModelError(nameof(Decisions), $"The decisions must be {Meeting.DecisionsMaxLength:#,0} characters or fewer");
        var actions = CheckActions();
        if (ModelState.IsValid && await records.WriteMinutesAsync(id, Version, Minutes, (Decisions ?? "").Split('\n'), actions, cancellationToken) is { } refused)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refused);
            ShowRecorded();
        }

        if (!ModelState.IsValid)
        {
            while (Actions.Count < NewActionRows)
                Actions.Add(new ActionInput());
            return Page();
        }

        TempData["Message"] = "The minutes are saved";
        return Redirect($"/meetings/{id}#minutes");
    }

    private List<NewAction> CheckActions()
    {
        var actions = new List<NewAction>();
        if (Actions.Count > NewActionRows)
            Actions = Actions[..NewActionRows];
        for (var i = 0; i < Actions.Count; i++)
        {
            var row = Actions[i];
            if (row is null || row.IsEmpty)
                continue;
            var prefix = $"{nameof(Actions)}[{i}].";
            if (string.IsNullOrWhiteSpace(row.What))
                ModelState.AddModelError(prefix + nameof(ActionInput.What), "Enter what the action is");
            else if (row.What.Trim().Length > MeetingAction.WhatMaxLength)
                ModelState.AddModelError(prefix + nameof(ActionInput.What), $"The action must be {MeetingAction.WhatMaxLength:#,0} characters or fewer");
            if (string.IsNullOrWhiteSpace(row.Owner))
                ModelState.AddModelError(prefix + nameof(ActionInput.Owner), "Enter who owns the action");
            else if (row.Owner.Trim().Length > MeetingAction.OwnerMaxLength)
                ModelState.AddModelError(prefix + nameof(ActionInput.Owner), $"The owner must be {MeetingAction.OwnerMaxLength} characters or fewer");
            DateOnly? due = null;
            if (!row.Due.IsEmpty)
            {
                if (!row.Due.TryGetDate(out var day))
                    ModelState.AddModelError(prefix + nameof(ActionInput.Due), "The due date must be a real date, like 14 3 2027");
                else if (day < Meeting.Date || day > Meeting.Date.AddYears(2))
                    ModelState.AddModelError(prefix + nameof(ActionInput.Due), "The due date must be on or after the meeting, within two years");
                else
                    due = day;
            }

            if (!string.IsNullOrWhiteSpace(row.What) && !string.IsNullOrWhiteSpace(row.Owner))
                actions.Add(new NewAction(row.What, row.Owner, due));
        }

        return actions;
    }

    private void ShowRecorded()
    {
        Minutes = Meeting.Minutes;
        Decisions = Meeting.Decisions;
        Version = Meeting.Version;
        Actions = [.. Enumerable.Range(0, NewActionRows).Select(_ => new ActionInput())];
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting || !meeting.HasHappened(time.Today()) || meeting.Status == MeetingStatus.Cancelled)
            return false;
        Meeting = meeting;
        return true;
    }
}
