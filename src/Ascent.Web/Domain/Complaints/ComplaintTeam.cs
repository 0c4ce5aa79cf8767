using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Complaints;

/// A team of the LA that compliments and complaints go to ("Improvement and Standards"), the manager who receives
/// them (one of the LA's users) and the LA's deadlines in working days from the day one is received. Settings read
/// the team names to choose one when they record a complaint.
public sealed class ComplaintTeam : ISharedWithSettings
{
    public const int NameMaxLength = 120;
    public const int DefaultAcknowledgeDays = 3;
    public const int DefaultAnswerDays = 20;
    public const int MaxDays = 120;

    private ComplaintTeam()
    {
        Name = "";
    }

    public ComplaintTeam(int tenantId, string name, Guid managerId, int acknowledgeWithinDays = DefaultAcknowledgeDays, int answerWithinDays = DefaultAnswerDays)
    {
        TenantId = tenantId;
        Name = "";
        Change(name, managerId, acknowledgeWithinDays, answerWithinDays);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Name { get; private set; }

    public Guid ManagerId { get; private set; }

    public int AcknowledgeWithinDays { get; private set; }

    public int AnswerWithinDays { get; private set; }

    public int Version { get; private set; }

    /// Renames the team, names its manager or changes its deadlines; true when anything changed.
    public bool Change(string name, Guid managerId, int acknowledgeWithinDays, int answerWithinDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        FreeText.Within(name.Trim(), NameMaxLength);
        if (managerId == Guid.Empty)
            throw new ArgumentException("A team needs its manager.", nameof(managerId));
        if (acknowledgeWithinDays is < 1 or > MaxDays || answerWithinDays is < 1 or > MaxDays)
            throw new InvalidOperationException($"Deadlines are between 1 and {MaxDays} working days.");
        if (answerWithinDays < acknowledgeWithinDays)
            throw new InvalidOperationException("The answer cannot be due before the acknowledgement.");
        if (Name == name.Trim() && ManagerId == managerId && AcknowledgeWithinDays == acknowledgeWithinDays && AnswerWithinDays == answerWithinDays)
            return false;
        (Name, ManagerId, AcknowledgeWithinDays, AnswerWithinDays) = (name.Trim(), managerId, acknowledgeWithinDays, answerWithinDays);
        Version++;
        return true;
    }
}
