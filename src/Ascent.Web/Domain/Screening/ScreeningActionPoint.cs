using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Screening;

/// What the setting will do after a round: for the whole room (RoomActionPoint, which its local authority may read)
/// or for one red or amber child (ChildActionPoint, the setting's alone).
public abstract class ScreeningActionPoint
{
    public const int TextMaxLength = 1000;
    public const int ByWhomMaxLength = 200;

    protected ScreeningActionPoint()
    {
        Text = "";
        ByWhom = "";
        AddedBy = "";
    }

    protected ScreeningActionPoint(ScreeningRound round, string text, string byWhom, DateOnly reviewOn, string addedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(byWhom);
        TenantId = round.TenantId;
        SettingId = round.SettingId;
        RoundId = round.Id;
        Text = text.Trim();
        ByWhom = byWhom.Trim();
        ReviewOn = reviewOn;
        AddedBy = addedBy;
        AddedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int RoundId { get; private set; }

    public string Text { get; private set; }

    /// Who will do it: "Sam (key person)".
    public string ByWhom { get; private set; }

    public DateOnly ReviewOn { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}

public sealed class RoomActionPoint : ScreeningActionPoint, ISettingOwned
{
    private RoomActionPoint()
    {
    }

    public RoomActionPoint(ScreeningRound round, string text, string byWhom, DateOnly reviewOn, string addedBy, DateTimeOffset at)
        : base(round, text, byWhom, reviewOn, addedBy, at)
    {
    }
}

public sealed class ChildActionPoint : ScreeningActionPoint, ISettingPrivate
{
    private ChildActionPoint()
    {
    }

    public ChildActionPoint(ScreeningRound round, ScreenedChild child, string text, string byWhom, DateOnly reviewOn, string addedBy, DateTimeOffset at)
        : base(round, text, byWhom, reviewOn, addedBy, at)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.SettingId != round.SettingId)
            throw new InvalidOperationException("An action point is for a child of the round's own setting.");
        ChildId = child.Id;
    }

    public int ChildId { get; private set; }
}
