using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Offer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Goal;

/// Training identified in the plan (docs/offer.md): the choices a step may link to (the setting's own bookings and
/// the published items of the offer) as "booking:12" or "item:5", and linking the saved steps to them. A value not
/// among the setting's choices (another setting's booking) is refused.
public sealed class StepTraining
{
    private readonly Dictionary<string, Booking> bookings;
    private readonly Dictionary<string, OfferItem> items;

    private StepTraining(Dictionary<string, Booking> bookings, Dictionary<string, OfferItem> items)
    {
        this.bookings = bookings;
        this.items = items;
    }

    public IReadOnlyList<SelectListItem> Items =>
    [
        new SelectListItem("No training", ""),
        .. bookings.Select(b => new SelectListItem($"Booked: {b.Value.Item?.Title}, {b.Value.AttendeeName}", b.Key)),
        .. items.Select(i => new SelectListItem($"Not booked yet: {i.Value.Title}", i.Key)),
    ];

    public static async Task<StepTraining> ForSettingAsync(AppDbContext db, int settingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var bookings = await db.Bookings.Include(b => b.Item).Where(b => b.SettingId == settingId && b.Status != BookingStatus.Declined)
            .OrderBy(b => b.Item!.Title).ThenBy(b => b.AttendeeName).ToListAsync(cancellationToken);
        var items = await db.OfferItems.Where(i => i.Status == OfferStatus.Published).OrderBy(i => i.Title).ToListAsync(cancellationToken);
        return new StepTraining(
            bookings.ToDictionary(b => "booking:" + b.Id.ToString(CultureInfo.InvariantCulture)),
            items.ToDictionary(i => "item:" + i.Id.ToString(CultureInfo.InvariantCulture)));
    }

    public static string? ValueOf(StepSnapshot step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.BookingId is { } booking ? "booking:" + booking.ToString(CultureInfo.InvariantCulture)
            : step.OfferItemId is { } item ? "item:" + item.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    public void Check(IReadOnlyList<StepInput> rows, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(modelState);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!string.IsNullOrEmpty(rows[i].Training) && !bookings.ContainsKey(rows[i].Training!) && !items.ContainsKey(rows[i].Training!))
                modelState.AddModelError($"Steps[{i}].Training", $"Select training for step {i + 1} from the list: the setting's own bookings or the published offer");
        }
    }

    /// Links the goal's steps, in order, to what the non-blank rows chose.
    public void Link(PlanGoal goal, IReadOnlyList<StepInput> rows)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(rows);
        var chosen = rows.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => r.Training).ToList();
        var steps = goal.Steps.OrderBy(s => s.Position).ToList();
        for (var i = 0; i < steps.Count && i < chosen.Count; i++)
        {
            if (chosen[i] is { } key && bookings.TryGetValue(key, out var booking))
                steps[i].LinkBooking(booking);
            else if (chosen[i] is { } itemKey && items.TryGetValue(itemKey, out var item))
                steps[i].LinkItem(item);
            else
                steps[i].UnlinkTraining();
        }
    }
}
