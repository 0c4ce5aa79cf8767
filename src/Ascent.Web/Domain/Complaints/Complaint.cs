using Ascent.Web.Domain.Calendar;

namespace Ascent.Web.Domain.Complaints;

/// What the person recording one says: a compliment or complaint about an officer of the LA or a service (one of
/// the offer's items, or named in words), what happened and when, what they would like to happen, and who raised it.
public sealed record ComplaintDetails(
    ComplaintKind Kind, Guid? OfficerId, string? OfficerName, int? OfferItemId, string? Service, DateOnly HappenedOn,
    string WhatHappened, string? WhatWanted, string RaisedBy, string? RaisedByEmail);

/// A compliment or complaint about an officer or a service of the LA, sent to the manager its team names, with the
/// LA's deadlines in working days from the day it was received. Its steps are methods with their rules: acknowledged,
/// then answered (the outcome, a theme), after which only a learning note may be added; shared with the officer it is
/// about (a compliment at once). Who sees it is AppDbContext.Complaints' filter, in one place (docs/complaints.md).
public sealed partial class Complaint
{
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 2000;
    public const int NameMaxLength = 200;

    private Complaint()
    {
        WhatHappened = "";
        RaisedBy = "";
        RecordedBy = "";
    }

    public Complaint(int tenantId, int? settingId, ComplaintTeam team, ComplaintDetails details, Guid recordedById, string recordedBy, DateOnly receivedOn, DateTimeOffset at, WorkingDays days)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.WhatHappened);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.RaisedBy);
        if (team.TenantId != tenantId)
            throw new InvalidOperationException("The team is another LA's.");
        if ((details.OfficerId is null) == (FreeText.Trimmed(details.Service) is null))
            throw new InvalidOperationException("A compliment or complaint is about an officer or a service.");
        if (details.HappenedOn > receivedOn)
            throw new InvalidOperationException("What happened cannot be after the day it was received.");
        FreeText.Within(details.WhatHappened.Trim(), TextMaxLength);
        FreeText.Within(details.WhatWanted?.Trim(), ShortTextMaxLength);
        FreeText.Within(details.Service?.Trim(), NameMaxLength);
        FreeText.Within(details.RaisedBy.Trim(), NameMaxLength);
        TenantId = tenantId;
        SettingId = settingId;
        Kind = details.Kind;
        TeamId = team.Id;
        ManagerId = team.ManagerId;
        OfficerId = details.OfficerId;
        OfficerName = FreeText.Trimmed(details.OfficerName);
        OfferItemId = details.OfferItemId;
        Service = FreeText.Trimmed(details.Service);
        HappenedOn = details.HappenedOn;
        WhatHappened = details.WhatHappened.Trim();
        WhatWanted = FreeText.Trimmed(details.WhatWanted);
        RaisedBy = details.RaisedBy.Trim();
        RaisedByEmail = FreeText.Trimmed(details.RaisedByEmail);
        RecordedById = recordedById;
        RecordedBy = recordedBy;
        RecordedAt = at;
        ReceivedOn = receivedOn;
        AcknowledgeBy = days.Add(receivedOn, team.AcknowledgeWithinDays);
        AnswerBy = days.Add(receivedOn, team.AnswerWithinDays);
        // A compliment is the officer's to read at once; a complaint waits until the manager shares it.
        if (Kind == ComplaintKind.Compliment && OfficerId is not null)
        {
            SharedAt = at;
            SharedBy = recordedBy;
        }
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    /// The setting it came from; null when the LA recorded one from a parent or a member of the public.
    public int? SettingId { get; private set; }

    public ComplaintKind Kind { get; private set; }

    public int TeamId { get; private set; }

    /// The manager the team named when it was received: the one who works it.
    public Guid ManagerId { get; private set; }

    public Guid? OfficerId { get; private set; }

    public string? OfficerName { get; private set; }

    public int? OfferItemId { get; private set; }

    /// The service it is about, in words (the offer item's title when one was chosen).
    public string? Service { get; private set; }

    public DateOnly HappenedOn { get; private set; }

    public string WhatHappened { get; private set; }

    public string? WhatWanted { get; private set; }

    public string RaisedBy { get; private set; }

    public string? RaisedByEmail { get; private set; }

    public Guid RecordedById { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly AcknowledgeBy { get; private set; }

    public DateOnly AnswerBy { get; private set; }

    public int Version { get; private set; }

    public ComplaintStatus Status => AnsweredOn is not null ? ComplaintStatus.Answered
        : AcknowledgedOn is not null ? ComplaintStatus.Acknowledged : ComplaintStatus.Received;

    public string About => OfficerName ?? Service ?? "";
}
