using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// One step towards a goal: what, who and by when.
public sealed class PlanStep : ISettingOwned
{
    public const int TextMaxLength = 1000;
    public const int OwnerMaxLength = 200;

    private PlanStep()
    {
        Text = "";
    }

    internal PlanStep(PlanGoal goal, string text, string? owner, DateOnly? dueOn, bool done, int position)
    {
        Goal = goal;
        TenantId = goal.TenantId;
        SettingId = goal.SettingId;
        Change(text, owner, dueOn);
        Done = done;
        Position = position;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int GoalId { get; private set; }

    public PlanGoal? Goal { get; private set; }

    public string Text { get; private set; }

    public string? Owner { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public bool Done { get; private set; }

    public int Position { get; private set; }

    /// Training identified in the plan: one of the setting's bookings (docs/offer.md), or an item of the LA's offer
    /// not booked yet (the step then offers "book this"). At most one of the two is set.
    public int? BookingId { get; private set; }

    public int? OfferItemId { get; private set; }

    /// Links the step to one of the setting's own bookings; another setting's booking is refused.
    public void LinkBooking(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.SettingId != SettingId || booking.TenantId != TenantId)
            throw new InvalidOperationException("A step links only to its own setting's bookings.");
        BookingId = booking.Id;
        OfferItemId = null;
    }

    /// Links the step to a published item of the LA's offer that the setting has not booked yet.
    public void LinkItem(OfferItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.TenantId != TenantId || item.Status != OfferStatus.Published)
            throw new InvalidOperationException("A step links only to a published item of its own LA's offer.");
        OfferItemId = item.Id;
        BookingId = null;
    }

    public void UnlinkTraining()
    {
        BookingId = null;
        OfferItemId = null;
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Text))]
    internal void Change(string text, string? owner, DateOnly? dueOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        FreeText.Within(text, TextMaxLength);
        FreeText.Within(owner, OwnerMaxLength);
        Text = text.Trim();
        Owner = FreeText.Trimmed(owner);
        DueOn = dueOn;
    }

    internal void MarkDone(bool done) => Done = done;

    internal void MoveTo(int position) => Position = position;
}
