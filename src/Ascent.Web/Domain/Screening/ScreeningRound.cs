using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Screening;

/// One screening of one room on the Leuven scales ("Autumn 2026"): the children's scores are the setting's alone
/// (ChildScore); the round keeps their aggregate, which is all the local authority reads.
public sealed class ScreeningRound : ISettingOwned
{
    public const int NameMaxLength = 60;
    public const int ByMaxLength = 200;

    private ScreeningRound()
    {
        Name = "";
        StartedBy = "";
    }

    public ScreeningRound(Room room, string name, DateOnly heldOn, string startedBy)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (room.Archived)
            throw new InvalidOperationException("An archived room takes no new screenings.");
        TenantId = room.TenantId;
        SettingId = room.SettingId;
        RoomId = room.Id;
        Name = name.Trim();
        HeldOn = heldOn;
        StartedBy = startedBy;
        Keep(ScreeningSummary.Empty, startedBy, null);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int RoomId { get; private set; }

    public string Name { get; private set; }

    /// The day the screening is dated: the end of the two or three weeks of observation.
    public DateOnly HeldOn { get; private set; }

    public string StartedBy { get; private set; }

    public string? RecordedBy { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public int Screened { get; private set; }

    public int Red { get; private set; }

    public int Amber { get; private set; }

    public int Green { get; private set; }

    public decimal? WellBeingMean { get; private set; }

    public decimal? InvolvementMean { get; private set; }

    public int WellBeing1 { get; private set; }

    public int WellBeing2 { get; private set; }

    public int WellBeing3 { get; private set; }

    public int WellBeing4 { get; private set; }

    public int WellBeing5 { get; private set; }

    public int Involvement1 { get; private set; }

    public int Involvement2 { get; private set; }

    public int Involvement3 { get; private set; }

    public int Involvement4 { get; private set; }

    public int Involvement5 { get; private set; }

    public int Version { get; private set; }

    public ScreeningSummary Summary => new(Screened, Red, Amber, Green, WellBeingMean, InvolvementMean,
        [WellBeing1, WellBeing2, WellBeing3, WellBeing4, WellBeing5],
        [Involvement1, Involvement2, Involvement3, Involvement4, Involvement5]);

    public void Rename(string name, DateOnly heldOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        HeldOn = heldOn;
        Version++;
    }

    /// Keeps the aggregate of the scores just saved; called with every save of the grid.
    public void Keep(ScreeningSummary summary, string by, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(summary);
        (Screened, Red, Amber, Green) = (summary.Screened, summary.Red, summary.Amber, summary.Green);
        (WellBeingMean, InvolvementMean) = (summary.WellBeingMean, summary.InvolvementMean);
        (WellBeing1, WellBeing2, WellBeing3, WellBeing4, WellBeing5) =
            (summary.WellBeingCounts[0], summary.WellBeingCounts[1], summary.WellBeingCounts[2], summary.WellBeingCounts[3], summary.WellBeingCounts[4]);
        (Involvement1, Involvement2, Involvement3, Involvement4, Involvement5) =
            (summary.InvolvementCounts[0], summary.InvolvementCounts[1], summary.InvolvementCounts[2], summary.InvolvementCounts[3], summary.InvolvementCounts[4]);
        if (at is not null)
        {
            RecordedBy = by;
            RecordedAt = at;
        }

        Version++;
    }
}
