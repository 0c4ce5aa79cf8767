using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Cases;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Audits;

/// Starts an audit of a setting or one of its rooms: the instrument, the date observed, item scores or indicators
/// (only where the instrument has indicators), one observer or two (where the instrument allows it), and, from a
/// visit, the visit's case task that asks for this audit.
public sealed class NewModel(AppDbContext db, TimeProvider time, AuditWork work, CaseWork caseWork, InstrumentDefinitions definitions) : SettingWorkPage(db, time)
{
    [BindProperty] public string? Instrument { get; set; }
    [BindProperty] public string? Room { get; set; }
    [BindProperty] public DateInput ObservedOn { get; set; } = new();
    [BindProperty] public string? Mode { get; set; }
    [BindProperty] public string? SecondObserver { get; set; }
    [BindProperty(SupportsGet = true)] public int? Visit { get; set; }

    public IReadOnlyList<InstrumentDefinition> Instruments { get; private set; } = [];
    public List<SelectListItem> InstrumentItems { get; private set; } = [];
    public List<SelectListItem> RoomItems { get; private set; } = [];
    public List<SelectListItem> ObserverItems { get; private set; } = [];
    public Visit? FromVisit { get; private set; }
    public CaseTask? AskingTask { get; private set; }

    /// The audits the visit's plan asks for, by name ("Safeguarding and welfare requirements audit").
    public string? Asked { get; private set; }
    private IReadOnlyList<string> _askedCodes = [];
    private List<Room> _rooms = [];
    private Dictionary<Guid, string> _observerNames = [];

    public static IReadOnlyList<SelectListItem> ModeItems { get; } =
        [new("Item scores: I choose each item's score", "item-scores"), new("Indicators: I tick each indicator and Ascent works out the score", "indicators")];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ObservedOn = DateInput.From(Today);
        Mode = "item-scores";
        Instrument = _askedCodes.FirstOrDefault(c => Instruments.Any(i => i.Code == c));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var instrument = Instruments.FirstOrDefault(i => i.Code == Instrument);
        if (instrument is null)
            ModelState.AddModelError(nameof(Instrument), "Choose what you are auditing with");
        Room? room = null;
        if (!string.IsNullOrEmpty(Room) && (room = _rooms.FirstOrDefault(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == Room)) is null)
            ModelState.AddModelError(nameof(Room), "Choose one of the setting's rooms, or the whole setting");
        else if (room is null && instrument?.AppliesTo == InstrumentLevel.Room && _rooms.Count > 0)
            ModelState.AddModelError(nameof(Room), $"Choose the room you observed: {instrument.Name} rates one room at a time");
        if (!ObservedOn.TryGetDate(out var observedOn))
            ModelState.AddModelError(nameof(ObservedOn), ObservedOn.IsEmpty ? "Enter the date you observed" : "The date observed must be a real date, for example 14 3 2027");
        else if (observedOn > Today)
            ModelState.AddModelError(nameof(ObservedOn), "The date observed must be today or in the past");
        else if (observedOn < Today.AddYears(-1))
            ModelState.AddModelError(nameof(ObservedOn), "The date observed must be within the last year: bring older audits in from a file of past results");
        var mode = Mode switch { "item-scores" => AuditMode.ItemScores, "indicators" => AuditMode.Indicators, _ => (AuditMode?)null };
        if (mode is null)
            ModelState.AddModelError(nameof(Mode), "Choose whether you record item scores or indicators");
        else if (mode == AuditMode.Indicators && instrument is not null && !await HasIndicatorsAsync(instrument, cancellationToken))
            ModelState.AddModelError(nameof(Mode), $"{instrument.Name} has no indicator texts in Ascent for your local authority: record item scores");
        (Guid Id, string Name)? second = null;
        if (!string.IsNullOrEmpty(SecondObserver))
        {
            if (!Guid.TryParse(SecondObserver, out var secondId) || !_observerNames.TryGetValue(secondId, out var name))
                ModelState.AddModelError(nameof(SecondObserver), "Choose the second observer from the list, or nobody");
            else if (instrument is not null && !instrument.TwoObservers)
                ModelState.AddModelError(nameof(SecondObserver), $"{instrument.Name} is done by one observer: choose nobody as the second observer");
            else
                second = (secondId, name);
        }

        if (!ModelState.IsValid)
            return Page();

        var task = AskingTask is not null && _askedCodes.Contains(instrument!.Code) ? AskingTask : null;
        var audit = await work.StartAsync(new AuditStart(Setting, room, instrument!, mode!.Value, observedOn, second, FromVisit, task), cancellationToken);
        TempData["Message"] = "Audit started";
        return Redirect($"/audits/{audit.Id}/sheets/{AuditSheets.Observers(audit)[0].Id}");
    }

    private async Task<bool> HasIndicatorsAsync(InstrumentDefinition instrument, CancellationToken cancellationToken) =>
        (await definitions.WithLicensedTextsAsync(instrument, cancellationToken)).Items.Any(i => i.Indicators.Count > 0);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return false;
        // A setting's leaders record audits of their own setting only; the query filters already hide the others.
        if (Domain.People.Roles.SettingRoles.Any(Db.CurrentUser.IsInRole) && Db.CurrentUser.SettingId != id)
            return false;
        Instruments = await work.StartableAsync(cancellationToken);
        InstrumentItems = [.. Instruments.Select(i => new SelectListItem(i.Name, i.Code))];
        _rooms = await Db.Rooms.Where(r => r.SettingId == id && !r.Archived).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        RoomItems = [new("The whole setting", ""), .. _rooms.Select(r => new SelectListItem(r.AgeGroup.Length > 0 ? $"{r.Name} ({r.AgeGroup})" : r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        ObserverItems = await ObserversAsync(cancellationToken);
        if (Visit is { } visitId)
        {
            FromVisit = await Db.Visits.FirstOrDefaultAsync(v => v.Id == visitId && v.SettingId == id, cancellationToken);
            if (FromVisit is null)
                return false;
            await LoadTaskAsync(FromVisit, cancellationToken);
        }

        return true;
    }

    private async Task LoadTaskAsync(Visit visit, CancellationToken cancellationToken)
    {
        if (visit.CaseTaskId is not { } taskId)
            return;
        var supportCase = await Db.Cases.Include(c => c.Tasks).FirstOrDefaultAsync(c => c.Id == visit.CaseId, cancellationToken);
        AskingTask = supportCase?.Tasks.FirstOrDefault(t => t.Id == taskId && t.State == CaseTaskState.Open);
        if (supportCase is null || AskingTask?.VisitNumber is not { } number)
            return;
        var definition = await caseWork.DefinitionAsync(supportCase, cancellationToken);
        if (definition.Visits.StageFor(number) is { Audits.Count: > 0 } stage)
        {
            _askedCodes = stage.Audits;
            Asked = definition.AuditNames(stage);
        }
    }

    /// Who may be the second observer: the other people of the LA and of this setting who record audits.
    private async Task<List<SelectListItem>> ObserversAsync(CancellationToken cancellationToken)
    {
        var me = Db.CurrentUser.UserId;
        var people = await (
            from user in Db.Users
            where user.TenantId == Setting.TenantId && user.IsActive && user.Id != me && (user.SettingId == null || user.SettingId == Setting.Id)
            join userRole in Db.UserRoles on user.Id equals userRole.UserId
            join role in Db.Roles on userRole.RoleId equals role.Id
            where AuditsAccess.Recorders.Contains(role.Name!)
            orderby user.DisplayName
            select new { user.Id, user.DisplayName, Role = role.Name }).ToListAsync(cancellationToken);
        _observerNames = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().DisplayName);
        return [new("Nobody: I observe alone", ""), .. people.GroupBy(p => p.Id).Select(g => new SelectListItem($"{g.First().DisplayName} ({string.Join(", ", g.Select(p => p.Role))})", g.Key.ToString()))];
    }
}
