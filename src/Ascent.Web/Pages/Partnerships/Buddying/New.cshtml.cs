using System.Globalization;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// Pairs a setting that needs support with a lead: the supported setting is chosen first (or comes from its page's
/// "Find a buddy"), then Ascent's suggested leads are shown, each with its reason and a button to pair with it, and a
/// lead may be chosen by hand instead (a setting, a partner, or an accredited practitioner).
public sealed class NewModel(Services.Partnerships.Buddying buddying, BuddyingSuggester suggester, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "setting")]
    public int? SettingId { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public DateInput Starts { get; set; } = new();

    [BindProperty]
    public DateInput Ends { get; set; } = new();

    [BindProperty]
    public List<int> Goals { get; set; } = [];

    /// The suggested setting paired with (its button's value), or empty for a lead chosen by hand.
    [BindProperty]
    public string? Suggested { get; set; }

    [BindProperty]
    public string? LeadKind { get; set; }

    [BindProperty]
    public string? LeadSetting { get; set; }

    [BindProperty]
    public string? LeadMember { get; set; }

    [BindProperty]
    public string? LeadName { get; set; }

    [BindProperty]
    public string? LeadOrganisation { get; set; }

    public SupportedSetting? Supported { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Choices { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Settings { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Partners { get; private set; } = [];

    public IEnumerable<SelectListItem> SettingItems => Choices.Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture)));

    public IEnumerable<SelectListItem> GoalItems => Supported!.Goals.Select(g => new SelectListItem(g.AreaName is null ? g.Outcome : $"{g.Outcome} ({g.AreaName})", g.Id.ToString(CultureInfo.InvariantCulture), Goals.Contains(g.Id)));

    public IEnumerable<SelectListItem> LeadSettingItems => Settings.Where(s => s.Id != SettingId)
        .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).Prepend(new SelectListItem("Choose a setting", ""));

    public IEnumerable<SelectListItem> PartnerItems => Partners.Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture))).Prepend(new SelectListItem("Choose a partner", ""));

    public IEnumerable<SelectListItem> LeadKindItems =>
    [
        new("A setting of the LA", nameof(BuddyLeadKind.Setting)),
        .. Partners.Count > 0 ? [new SelectListItem("A partner of a partnership, such as a school", nameof(BuddyLeadKind.Partner))] : Array.Empty<SelectListItem>(),
        new("An accredited practitioner", nameof(BuddyLeadKind.Practitioner)),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return NotFound();
        var today = time.Today();
        Starts = DateInput.From(today);
        Ends = DateInput.From(today.AddMonths(6));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Supported is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Purpose))
            ModelState.AddModelError(nameof(Purpose), "Enter what the pairing is for");
        else if (Purpose.Trim().Length > BuddyPairing.PurposeMaxLength)
            ModelState.AddModelError(nameof(Purpose), $"What the pairing is for must be {BuddyPairing.PurposeMaxLength:#,0} characters or fewer");
        var starts = Day(Starts, nameof(Starts), "the pairing starts");
        var ends = Day(Ends, nameof(Ends), "the pairing ends");
        if (starts is { } s && ends is { } e && e <= s)
            ModelState.AddModelError(nameof(Ends), "The pairing must end after it starts");
        if (Goals.Any(id => Supported.Goals.All(g => g.Id != id)))
            ModelState.AddModelError(nameof(Goals), $"Choose goals from {Supported.Name}'s own improvement plan");
        var request = Lead();
        if (!ModelState.IsValid || request is null)
            return Page();
        var (pairing, refused) = await buddying.ProposeAsync(request with { StartsOn = starts!.Value, EndsOn = ends!.Value }, cancellationToken);
        if (pairing is null)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(Suggested) ? nameof(LeadKind) : nameof(Purpose), refused!);
            return Page();
        }

        TempData["Message"] = $"{pairing.LeadName} is proposed as {pairing.SupportedSettingName}'s buddy";
        return Redirect($"/buddying/{pairing.Id}");
    }

    // The lead asked for, as a request (dates filled in by the caller); null with an error when there is none.
    private PairingRequest? Lead()
    {
        var request = new PairingRequest(SettingId!.Value, BuddyLeadKind.Setting, null, null, null, null, Purpose?.Trim() ?? "", default, default, Goals, false);
        if (!string.IsNullOrEmpty(Suggested))
        {
            if (int.TryParse(Suggested, NumberStyles.None, CultureInfo.InvariantCulture, out var suggested) && Supported!.Suggestions.Any(x => x.SettingId == suggested))
                return request with { LeadSettingId = suggested, Suggested = true };
            ModelState.AddModelError(nameof(LeadKind), "Choose one of Ascent's suggestions, or a lead of your own");
            return null;
        }

        var kind = Enum.TryParse<BuddyLeadKind>(LeadKind, out var k) && Enum.IsDefined(k) && LeadKind == k.ToString() ? k : (BuddyLeadKind?)null;
        switch (kind)
        {
            case BuddyLeadKind.Setting when int.TryParse(LeadSetting, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Settings.Any(x => x.Id == id):
                return request with { LeadKind = kind.Value, LeadSettingId = id };
            case BuddyLeadKind.Setting:
                ModelState.AddModelError(nameof(LeadSetting), "Choose the setting that will lead");
                return null;
            case BuddyLeadKind.Partner when int.TryParse(LeadMember, NumberStyles.None, CultureInfo.InvariantCulture, out var member) && Partners.Any(x => x.Id == member):
                return request with { LeadKind = kind.Value, LeadMemberId = member };
            case BuddyLeadKind.Partner:
                ModelState.AddModelError(nameof(LeadMember), "Choose the partner that will lead");
                return null;
            case BuddyLeadKind.Practitioner:
                if (string.IsNullOrWhiteSpace(LeadName))
                    ModelState.AddModelError(nameof(LeadName), "Enter the practitioner's name");
                else if (LeadName.Trim().Length > BuddyPairing.NameMaxLength)
                    ModelState.AddModelError(nameof(LeadName), $"The name must be {BuddyPairing.NameMaxLength} characters or fewer");
                if (LeadOrganisation?.Trim().Length > BuddyPairing.OrganisationMaxLength)
                    ModelState.AddModelError(nameof(LeadOrganisation), $"The organisation must be {BuddyPairing.OrganisationMaxLength} characters or fewer");
                return ModelState.IsValid ? request with { LeadKind = kind.Value, LeadName = LeadName!.Trim(), LeadOrganisation = LeadOrganisation?.Trim() } : null;
            default:
                ModelState.AddModelError(nameof(LeadKind), "Pair with one of Ascent's suggestions, or choose who will lead");
                return null;
        }
    }

    private DateOnly? Day(DateInput input, string field, string what)
    {
        if (input.IsEmpty)
            ModelState.AddModelError(field, $"Enter the date {what}");
        else if (!input.TryGetDate(out var day))
            ModelState.AddModelError(field, "The date must be a real date, like 14 3 2027");
        else if (day < time.Today().AddYears(-1) || day > time.Today().AddYears(3))
            ModelState.AddModelError(field, $"Enter a date within a year before or three years after today for when {what}");
        else
            return day;
        return null;
    }

    // False when the setting asked for is not found (another LA's, or none of these).
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (SettingId is not { } id)
        {
            Choices = await suggester.NeedingSupportAsync(cancellationToken);
            return true;
        }

        var (limit, _) = await buddying.LimitAsync(cancellationToken);
        Supported = await suggester.ForAsync(id, limit, cancellationToken);
        if (Supported is null)
            return false;
        Settings = await suggester.SettingsAsync(cancellationToken);
        Partners = await buddying.PartnersAsync(cancellationToken);
        return true;
    }
}
