namespace Ascent.Web.Domain.Partnerships;

/// An item proposed for a meeting's agenda: by a member setting's owner or manager, or by the LA. Once accepted it
/// has a place in the agenda shown on the meeting's page and in the invitation.
public sealed class MeetingAgendaItem
{
    public const int TitleMaxLength = 200;
    public const int DetailMaxLength = 2000;

    private MeetingAgendaItem()
    {
        Title = "";
        ProposedBy = "";
    }

    internal MeetingAgendaItem(Meeting meeting, string title, string? detail, string proposedBy, int? settingId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        FreeText.Within(title.Trim(), TitleMaxLength);
        FreeText.Within(detail?.Trim(), DetailMaxLength);
        Meeting = meeting;
        TenantId = meeting.TenantId;
        PartnershipId = meeting.PartnershipId;
        Title = title.Trim();
        Detail = FreeText.Trimmed(detail);
        ProposedBy = Meeting.Cut(proposedBy, Meeting.ByMaxLength)!;
        SettingId = settingId;
        ProposedAt = at;
        Status = AgendaItemStatus.Proposed;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int PartnershipId { get; private set; }

    public int MeetingId { get; private set; }

    public Meeting Meeting { get; private set; } = null!;

    public string Title { get; private set; }

    public string? Detail { get; private set; }

    /// The person who proposed it, with their setting's name when they are a setting's.
    public string ProposedBy { get; private set; }

    /// The setting that proposed it, or null for the LA.
    public int? SettingId { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public AgendaItemStatus Status { get; private set; }

    /// Its place in the agenda (1 first), once accepted.
    public int Position { get; private set; }

    internal void Decide(bool accept, int position)
    {
        Status = accept ? AgendaItemStatus.Accepted : AgendaItemStatus.Declined;
        Position = position;
    }

    internal void PlaceAt(int position) => Position = position;
}
