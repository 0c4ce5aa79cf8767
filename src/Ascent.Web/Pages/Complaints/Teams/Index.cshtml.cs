using System.Globalization;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Services.Complaints;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Complaints.Teams;

/// The LA's teams that receive compliments and complaints, their managers and deadlines, and the short list of themes
/// a manager picks from when answering. The LA administrator's.
public sealed class IndexModel(ComplaintTeams teams) : TeamForm
{
    [BindProperty] public string? ThemeName { get; set; }

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        AcknowledgeDays = ComplaintTeam.DefaultAcknowledgeDays.ToString(CultureInfo.InvariantCulture);
        AnswerDays = ComplaintTeam.DefaultAnswerDays.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (CheckTeam() is not { } team)
            return Page();
        if (await teams.AddAsync(team.Name, team.Manager, team.Acknowledge, team.Answer, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(nameof(Name), refused);
            return Page();
        }

        TempData["Message"] = $"{team.Name} is added";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostThemeAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var name = Domain.FreeText.Trimmed(ThemeName);
        if (name is null)
            ModelState.AddModelError(nameof(ThemeName), "Enter the theme");
        else if (name.Length > ComplaintTheme.NameMaxLength)
            ModelState.AddModelError(nameof(ThemeName), $"The theme must be {ComplaintTheme.NameMaxLength} characters or fewer");
        else if (await teams.AddThemeAsync(name, cancellationToken) is { } refused)
            ModelState.AddModelError(nameof(ThemeName), refused);
        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = $"{name} is added to the themes";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveThemeAsync(string? theme, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(theme))
            await teams.RemoveThemeAsync(theme, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Officers = await teams.OfficersAsync(cancellationToken);
        Teams = await teams.ListAsync(cancellationToken);
        Themes = await teams.ThemesAsync(cancellationToken);
    }
}
