using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Partnerships.Meetings;

/// A partnership's meetings, to come and held. A setting's staff find only their own partnerships' (the filters).
public sealed class IndexModel(PartnershipMeetings meetings, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public PartnershipHeading Partnership { get; private set; } = null!;

    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Past { get; private set; } = [];

    public bool CanRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await meetings.PartnershipAsync(id, cancellationToken) is not { } partnership)
            return NotFound();
        Partnership = partnership;
        var today = time.Today();
        var all = await meetings.ListAsync(id, cancellationToken);
        Upcoming = [.. all.Where(m => m.Date >= today)];
        Past = [.. all.Where(m => m.Date < today).Reverse()];
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
        return Page();
    }
}
