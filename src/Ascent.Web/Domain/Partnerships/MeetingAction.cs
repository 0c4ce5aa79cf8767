namespace Ascent.Web.Domain.Partnerships;

/// What an action needs when it is raised: what, who owns it (a member or an LA officer, by name) and by when.
public sealed record NewAction(string What, string Owner, DateOnly? DueOn);

/// An action from a meeting's minutes. Until it is done it is carried forward: every later meeting of the
/// partnership shows it, with the meeting it came from, and it can be marked done there.
public sealed class MeetingAction
{
    public const int WhatMaxLength = 1000;
    public const int OwnerMaxLength = 200;

    private MeetingAction()
    {
        What = "";
        Owner = "";
    }

    internal MeetingAction(Meeting meeting, NewAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.What);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Owner);
        FreeText.Within(action.What.Trim(), WhatMaxLength);
        FreeText.Within(action.Owner.Trim(), OwnerMaxLength);
        Meeting = meeting;
        TenantId = meeting.TenantId;
        PartnershipId = meeting.PartnershipId;
        What = action.What.Trim();
        Owner = action.Owner.Trim();
        DueOn = action.DueOn;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int PartnershipId { get; private set; }

    /// The meeting that raised it.
    public int MeetingId { get; private set; }

    public Meeting Meeting { get; private set; } = null!;

    public string What { get; private set; }

    public string Owner { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public string? DoneBy { get; private set; }

    public int Version { get; private set; }

    public bool IsDone => DoneOn is not null;

    public void MarkDone(string by, DateOnly today)
    {
        if (IsDone)
            throw new InvalidOperationException("That action is already done.");
        DoneOn = today;
        DoneBy = Meeting.Cut(by, Meeting.ByMaxLength);
        Version++;
    }
}
