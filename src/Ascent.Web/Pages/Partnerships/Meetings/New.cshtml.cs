using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// Plans up to three dates of a partnership's series on one form (the next three terms, say): a series of the same
/// title is added to, another title starts a new one. Invitations are sent from each meeting's page.
public sealed class NewModel(PartnershipMeetings meetings, TimeProvider time) : MeetingFormPage
{
    public const int DateBoxes = 3;

    [BindProperty]
    public string? SeriesTitle { get; set; }

    [BindProperty]
    public string? Frequency { get; set; }

    [BindProperty]
    public DateInput Date1 { get; set; } = new();

    [BindProperty]
    public DateInput Date2 { get; set; } = new();

    [BindProperty]
    public DateInput Date3 { get; set; } = new();

    public PartnershipHeading Partnership { get; private set; } = null!;

    public IReadOnlyList<string> SeriesTitles { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> FrequencyItems { get; } =
        [.. Enum.GetValues<MeetingFrequency>().Select(f => new SelectListItem(MeetingSeries.FrequencyName(f), f.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        SeriesTitle = SeriesTitles.Count > 0 ? SeriesTitles[0] : "Termly network meeting";
        Frequency = nameof(MeetingFrequency.Termly);
        Start = "10:00";
        End = "12:00";
        Mode = nameof(MeetingMode.InPerson);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (string.IsNullOrWhiteSpace(SeriesTitle))
            ModelState.AddModelError(nameof(SeriesTitle), "Enter the title of the series, like Termly network meeting");
        else if (SeriesTitle.Trim().Length > MeetingSeries.TitleMaxLength)
            ModelState.AddModelError(nameof(SeriesTitle), $"The title must be {MeetingSeries.TitleMaxLength} characters or fewer");
        if (!Enum.TryParse<MeetingFrequency>(Frequency, out var frequency) || !Enum.IsDefined(frequency) || frequency.ToString() != Frequency)
            ModelState.AddModelError(nameof(Frequency), "Select how often the series meets");
        var today = time.Today();
        DateOnly?[] days = [CheckDate(nameof(Date1), Date1, today, true), CheckDate(nameof(Date2), Date2, today, false), CheckDate(nameof(Date3), Date3, today, false)];
        var dates = days.OfType<DateOnly>().ToList();
        if (dates.Distinct().Count() != dates.Count)
            ModelState.AddModelError(nameof(Date2), "Enter each date once");
        var whenAndWhere = CheckWhenAndWhere();
        if (Partnership.IsClosed)
            ModelState.AddModelError(string.Empty, $"{Partnership.Name} is closed and plans no more meetings");
        if (!ModelState.IsValid || whenAndWhere is not { } w)
            return Page();
        var planned = await meetings.PlanAsync(id, new MeetingSchedule(SeriesTitle!, frequency, [.. dates.Select(d => new MeetingTimes(d, w.Start, w.End))], w.Place), cancellationToken);
        TempData["Message"] = planned.Count == 1 ? "The meeting is planned" : $"{planned.Count} meetings are planned";
        return Redirect(planned.Count == 1 ? $"/meetings/{planned[0].Id}" : $"/partnerships/{id}/meetings");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.PartnershipAsync(id, cancellationToken) is not { } partnership)
            return false;
        Partnership = partnership;
        Members = await meetings.MembersAsync(id, cancellationToken);
        SeriesTitles = await meetings.SeriesTitlesAsync(id, cancellationToken);
        return true;
    }
}
