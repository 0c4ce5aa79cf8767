using System.Globalization;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Services.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Complaints;

/// The register of compliments and complaints, narrowed by kind, team, status and quarter. Each person sees what the
/// query filter lets them (docs/complaints.md); deadlines not met show as overdue.
public sealed class IndexModel(ComplaintRegister register, ComplaintTeams teams, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public IReadOnlyList<ComplaintRow> Rows { get; private set; } = [];

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsLaStaff => Domain.People.Roles.LocalAuthorityRoles.Any(User.IsInRole);

    public IEnumerable<SelectListItem> KindItems =>
        [new("Both", ""), .. Enum.GetValues<ComplaintKind>().Select(k => new SelectListItem(ComplaintWords.Kind(k) + "s", k.ToString(), Kind == k.ToString()))];

    public IEnumerable<SelectListItem> TeamItems =>
        [new("All teams", ""), .. Teams.Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture), Team == t.Id.ToString(CultureInfo.InvariantCulture)))];

    public IEnumerable<SelectListItem> StatusItems =>
        [new("Any", ""), .. Enum.GetValues<ComplaintStatus>().Select(s => new SelectListItem(ComplaintWords.Status(s), s.ToString(), Status == s.ToString()))];

    public IEnumerable<SelectListItem> QuarterItems
    {
        get
        {
            var year = Today.Year;
            var quarters = Enumerable.Range(0, 8).Select(i => Quarters.Of(new DateOnly(year, 12, 1).AddMonths(-3 * i)));
            return [new("Any", ""), .. quarters.Select(q => new SelectListItem(q, q, Quarter == q))];
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        Teams = await teams.ListAsync(cancellationToken);
        var filter = new RegisterFilter(
            Enum.TryParse<ComplaintKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            int.TryParse(Team, NumberStyles.None, CultureInfo.InvariantCulture, out var team) ? team : null,
            Enum.TryParse<ComplaintStatus>(Status, out var status) && Enum.IsDefined(status) ? status : null,
            Quarter);
        Rows = await register.ListAsync(filter, cancellationToken);
    }
}
