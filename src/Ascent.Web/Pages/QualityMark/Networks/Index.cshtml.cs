using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Networks;

/// The scheme's network meetings, upcoming first then past (latest first), with who was invited and came. A
/// setting's people see only the meetings their setting is invited to, and their own attendance.
public sealed class IndexModel(NetworkMeetings meetings, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Past { get; private set; } = [];

    public bool IsSetting { get; private set; }

    public bool CanCoordinate { get; private set; }

    public MeetingTable UpcomingTable => new("Upcoming meetings", Upcoming, IsSetting);

    public MeetingTable PastTable => new("Past meetings", Past, IsSetting);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = time.Today();
        var all = await meetings.ListAsync(cancellationToken);
        Upcoming = [.. all.Where(m => m.Date >= today)];
        Past = [.. all.Where(m => m.Date < today).Reverse()];
        IsSetting = Roles.SettingRoles.Any(User.IsInRole);
        CanCoordinate = (await authorization.AuthorizeAsync(User, QualityMarkAccess.CoordinateQualityMark)).Succeeded;
    }
}

/// One of the list's two tables: a setting's people see who came from their setting, the LA the counts.
public sealed record MeetingTable(string Caption, IReadOnlyList<MeetingRow> Rows, bool IsSetting);
