using System.Globalization;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Complaints;

/// Records a compliment or complaint about an officer or a service. A setting's owner or manager records their
/// setting's own; the LA's staff record one received by phone or letter, for a setting or from a parent or member of
/// the public, and say who raised it. It goes to the team's named manager (ComplaintWork).
public sealed class NewModel(ComplaintWork work, ComplaintTeams teams, ComplaintRegister register, TimeProvider time) : PageModel
{
    [BindProperty] public string? Kind { get; set; }

    [BindProperty] public string? About { get; set; }

    [BindProperty] public string? Officer { get; set; }

    [BindProperty] public string? Service { get; set; }

    [BindProperty] public string? ServiceText { get; set; }

    [BindProperty] public string? Team { get; set; }

    [BindProperty] public DateInput HappenedOn { get; set; } = new();

    [BindProperty] public string? WhatHappened { get; set; }

    [BindProperty] public string? WhatWanted { get; set; }

    [BindProperty] public string? Setting { get; set; }

    [BindProperty] public string? RaisedBy { get; set; }

    [BindProperty] public string? RaisedByEmail { get; set; }

    public bool IsLaStaff => Domain.People.Roles.LocalAuthorityRoles.Any(User.IsInRole);

    public IReadOnlyList<OfficerChoice> Officers { get; private set; } = [];

    public IReadOnlyList<ServiceChoice> Services { get; private set; } = [];

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Settings { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> KindItems { get; } = [new("A compliment", nameof(ComplaintKind.Compliment)), new("A complaint", nameof(ComplaintKind.Complaint))];

    public static IReadOnlyList<SelectListItem> AboutItems { get; } = [new("An officer", "Officer"), new("A service", "Service")];

    public IEnumerable<SelectListItem> OfficerItems => [new("Choose the officer", ""), .. Officers.Select(o => Item(o.Name + (o.Role is null ? "" : $" ({o.Role})"), o.Id.ToString(), Officer))];

    public IEnumerable<SelectListItem> ServiceItems => [new("Another service (write it below)", ""), .. Services.Select(s => Item(s.Title, I(s.Id), Service))];

    public IEnumerable<SelectListItem> TeamItems => [new("The officer's team", ""), .. Teams.Select(t => Item(t.Name, I(t.Id), Team))];

    public IEnumerable<SelectListItem> SettingItems => [new("None: a parent or member of the public", ""), .. Settings.Select(s => Item(s.Name, I(s.Id), Setting))];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var details = Check(time.Today());
        if (details is null || !ModelState.IsValid)
            return Page();
        var (complaint, refused) = await work.RecordAsync(new NewComplaint(details, Find(Teams.Select(t => t.Id), Team), Find(Settings.Select(s => s.Id), Setting)), cancellationToken);
        if (complaint is null)
        {
            ModelState.AddModelError(refused!.StartsWith("Select the team", StringComparison.Ordinal) ? nameof(Team) : string.Empty, refused);
            return Page();
        }

        TempData["Message"] = $"Your {ComplaintWords.Kind(complaint.Kind).ToLowerInvariant()} is recorded and has gone to the team's manager";
        return Redirect($"/complaints/{complaint.Id}");
    }

    private ComplaintDetails? Check(DateOnly today)
    {
        var kind = Kind == nameof(ComplaintKind.Compliment) ? ComplaintKind.Compliment : Kind == nameof(ComplaintKind.Complaint) ? ComplaintKind.Complaint : (ComplaintKind?)null;
        if (kind is null)
            ModelState.AddModelError(nameof(Kind), "Select whether it is a compliment or a complaint");
        var officer = Officers.FirstOrDefault(o => o.Id.ToString() == Officer);
        var item = Services.FirstOrDefault(s => I(s.Id) == Service);
        var service = item?.Title ?? Domain.FreeText.Trimmed(ServiceText);
        if (About == "Officer" && officer is null)
            ModelState.AddModelError(nameof(Officer), "Select the officer it is about");
        else if (About == "Service" && service is null)
            ModelState.AddModelError(nameof(Service), "Select the service or write its name");
        else if (About is not ("Officer" or "Service"))
            ModelState.AddModelError(nameof(About), "Select whether it is about an officer or a service");
        Limit(nameof(ServiceText), item is null ? ServiceText : null, Complaint.NameMaxLength, "The service");
        if (!string.IsNullOrEmpty(Team) && Find(Teams.Select(t => t.Id), Team) is null)
            ModelState.AddModelError(nameof(Team), "Select the team from the list");
        DateOnly happened = default;
        if (HappenedOn.IsEmpty)
            ModelState.AddModelError(nameof(HappenedOn), "Enter the date it happened");
        else if (!HappenedOn.TryGetDate(out happened))
            ModelState.AddModelError(nameof(HappenedOn), "The date it happened must be a real date, like 14 3 2026");
        else if (happened > today)
            ModelState.AddModelError(nameof(HappenedOn), "The date it happened cannot be in the future");
        else if (happened < today.AddYears(-2))
            ModelState.AddModelError(nameof(HappenedOn), "The date it happened must be within the last two years");
        if (string.IsNullOrWhiteSpace(WhatHappened))
            ModelState.AddModelError(nameof(WhatHappened), "Enter what happened");
        Limit(nameof(WhatHappened), WhatHappened, Complaint.TextMaxLength, "What happened");
        Limit(nameof(WhatWanted), WhatWanted, Complaint.ShortTextMaxLength, "What they would like to happen");
        var raisedBy = IsLaStaff ? Domain.FreeText.Trimmed(RaisedBy) : User.FindFirst(Infrastructure.Tenancy.CurrentUser.NameClaim)?.Value ?? User.Identity?.Name;
        var email = IsLaStaff ? Domain.FreeText.Trimmed(RaisedByEmail) : User.Identity?.Name;
        if (IsLaStaff)
        {
            if (raisedBy is null)
                ModelState.AddModelError(nameof(RaisedBy), "Enter the name of the person who raised it");
            Limit(nameof(RaisedBy), RaisedBy, Complaint.NameMaxLength, "The name");
            if (email is not null && (email.Length > Complaint.NameMaxLength || !MimeKit.MailboxAddress.TryParse(email, out _) || !email.Contains('@', StringComparison.Ordinal)))
                ModelState.AddModelError(nameof(RaisedByEmail), "Enter an e-mail address like name@example.com, or leave it empty");
            if (!string.IsNullOrEmpty(Setting) && Find(Settings.Select(s => s.Id), Setting) is null)
                ModelState.AddModelError(nameof(Setting), "Select the setting from the list");
        }

        if (!ModelState.IsValid || kind is null || raisedBy is null)
            return null;
        return new ComplaintDetails(kind.Value, About == "Officer" ? officer!.Id : null, About == "Officer" ? officer!.Name : null,
            About == "Service" ? item?.Id : null, About == "Service" ? service : null, happened, WhatHappened!, WhatWanted, raisedBy, email);
    }

    private void Limit(string field, string? text, int max, string what)
    {
        if (text?.Trim().Length > max)
            ModelState.AddModelError(field, $"{what} must be {max} characters or fewer");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Officers = await teams.OfficersAsync(cancellationToken);
        Services = await register.ServicesAsync(cancellationToken);
        Teams = await teams.ListAsync(cancellationToken);
        if (IsLaStaff)
            Settings = await register.SettingsAsync(cancellationToken);
    }

    private static int? Find(IEnumerable<int> ids, string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ids.Contains(id) ? id : null;

    private static string I(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static SelectListItem Item(string text, string value, string? chosen) => new(text, value, value == chosen);
}
