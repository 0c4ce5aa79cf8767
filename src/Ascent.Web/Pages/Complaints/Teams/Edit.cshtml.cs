using System.Globalization;
using Ascent.Web.Services.Complaints;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Complaints.Teams;

/// Renames a team, names its manager or changes its deadlines (for what is received from now on: one already received
/// keeps its dates and its manager).
public sealed class EditModel(ComplaintTeams teams) : TeamForm
{
    [BindProperty] public int Version { get; set; }

    public TeamRow Team { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        (Name, Manager, Version) = (Team.Name, Team.ManagerId.ToString(), Team.Version);
        AcknowledgeDays = Team.AcknowledgeWithinDays.ToString(CultureInfo.InvariantCulture);
        AnswerDays = Team.AnswerWithinDays.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (CheckTeam() is not { } team)
            return Page();
        if (await teams.ChangeAsync(id, Version, team.Name, team.Manager, team.Acknowledge, team.Answer, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove(nameof(Version));
            Version = Team.Version;
            return Page();
        }

        TempData["Message"] = $"{team.Name} is changed";
        return Redirect("/complaints/teams");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if ((await teams.ListAsync(cancellationToken)).FirstOrDefault(t => t.Id == id) is not { } team)
            return false;
        Team = team;
        Officers = await teams.OfficersAsync(cancellationToken);
        return true;
    }
}
