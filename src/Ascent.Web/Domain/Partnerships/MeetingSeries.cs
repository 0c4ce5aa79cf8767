namespace Ascent.Web.Domain.Partnerships;

/// How often a series meets: what the LA plans for, not a rule Ascent enforces (a date may move).
public enum MeetingFrequency
{
    Termly,
    HalfTermly,
    Monthly,
    AsNeeded,
}

/// A partnership's run of meetings ("Termly network meeting"), planned a few dates at a time. Seen by the LA and by
/// the staff of the partnership's current member settings (AppDbContext.Filters), as the partnership itself.
public sealed class MeetingSeries
{
    public const int TitleMaxLength = 200;

    private MeetingSeries()
    {
        Title = "";
        CreatedBy = "";
    }

    public MeetingSeries(Partnership partnership, string title, MeetingFrequency frequency, string createdBy, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        FreeText.Within(title.Trim(), TitleMaxLength);
        if (partnership.ClosedOn is not null)
            throw new InvalidOperationException($"{partnership.Name} is closed and plans no more meetings.");
        TenantId = partnership.TenantId;
        PartnershipId = partnership.Id;
        Title = title.Trim();
        Frequency = frequency;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int PartnershipId { get; private set; }

    public string Title { get; private set; }

    public MeetingFrequency Frequency { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static string FrequencyName(MeetingFrequency frequency) => frequency switch
    {
        MeetingFrequency.Termly => "Termly",
        MeetingFrequency.HalfTermly => "Half-termly",
        MeetingFrequency.Monthly => "Monthly",
        _ => "As needed",
    };
}
