using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Offer.Training;

/// A setting's training and support: its places to come, waiting list, services asked for and training history,
/// filtered by person, with the history as CSV. The setting is found through the query filters (another setting's
/// is not found), and so are its bookings.
public sealed class IndexModel(AppDbContext db, TimeProvider time, TrainingRecord record, IAuthorizationService authorization) : SettingWorkPage(db, time)
{
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    public TrainingView Training { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> PersonItems { get; private set; } = [];

    /// The person filter as a query string for links that keep it.
    public string PersonQuery => Training.Person is { } person ? "&person=" + Uri.EscapeDataString(person) : "";

    /// Whether this person reads the setting's monthly statement of charges (the LA, its owner and manager).
    public bool ReadsStatement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ReadsStatement = (await authorization.AuthorizeAsync(User, OfferAccess.ReadStatement)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var csv = TrainingRecord.HistoryCsv(Training.History);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", $"training-history-{Today:yyyy-MM-dd}.csv");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return false;
        Training = await record.ForSettingAsync(id, Person, cancellationToken);
        PersonItems = [new SelectListItem("Everyone", ""), .. Training.People.Select(p => new SelectListItem(p, p, string.Equals(p, Training.Person, StringComparison.OrdinalIgnoreCase)))];
        Person = Training.Person;
        return true;
    }
}
