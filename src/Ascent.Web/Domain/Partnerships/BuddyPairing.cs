namespace Ascent.Web.Domain.Partnerships;

/// A buddy pairing (docs/partnerships.md, "Buddying"): a lead (a setting, a partner such as a school, or an accredited
/// practitioner) supports a setting for a purpose and a period, on goals of the supported setting's plan, with visits
/// between them and an outcome review at the end. The LA's staff see all of their LA's; the two settings' staff see
/// their own pairing, never another (AppDbContext.Filters).
public sealed class BuddyPairing
{
    public const int PurposeMaxLength = 2000;
    public const int NameMaxLength = 300;
    public const int OrganisationMaxLength = 300;
    public const int ReasonMaxLength = 1000;
    public const int SummaryMaxLength = 2000;
    public const int ByMaxLength = 200;

    /// The longest a pairing runs: a long support is a new pairing, reviewed.
    public const int LongestMonths = 24;

    private readonly List<BuddyGoal> goals = [];
    private readonly List<BuddyVisit> visits = [];

    private BuddyPairing()
    {
        SupportedSettingName = "";
        LeadName = "";
        Purpose = "";
        CreatedBy = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SupportedSettingId { get; private set; }

    public string SupportedSettingName { get; private set; }

    public BuddyLeadKind LeadKind { get; private set; }

    /// The lead setting, when the lead is a setting of the LA.
    public int? LeadSettingId { get; private set; }

    /// The partnership member, when the lead is a partner who is not a setting.
    public int? LeadMemberId { get; private set; }

    public string LeadName { get; private set; }

    /// A partner's or practitioner's organisation (a school, an accredited practitioner's own setting).
    public string? LeadOrganisation { get; private set; }

    public string Purpose { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public BuddyStatus Status { get; private set; }

    /// Why Ascent suggested this lead, when the pairing was made from a suggestion.
    public string? SuggestedBecause { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// The outcome review's sentence on the pairing as a whole.
    public string? ReviewSummary { get; private set; }

    public string? ReviewedBy { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<BuddyGoal> Goals => goals;

    public IReadOnlyList<BuddyVisit> Visits => visits;

    /// Whether it counts against its lead's limit: proposed and active pairings do, ended ones no longer.
    public bool IsCurrent => Status != BuddyStatus.Ended;

    /// Proposes a pairing. `leadPairingsNow` is how many current pairings the lead already leads, `limit` the LA's
    /// limit; `goals` must all be the supported setting's own. Throws BuddyingRefusedException with the reason.
    public static BuddyPairing Propose(int tenantId, int supportedSettingId, string supportedSettingName, BuddyLead lead, string purpose, DateOnly startsOn, DateOnly endsOn,
        IReadOnlyCollection<ChosenGoal> chosenGoals, int leadPairingsNow, int limit, string? suggestedBecause, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(chosenGoals);
        ArgumentException.ThrowIfNullOrWhiteSpace(supportedSettingName);
        if (lead.Kind == BuddyLeadKind.Setting && lead.SettingId == supportedSettingId)
            throw new BuddyingRefusedException($"{supportedSettingName} cannot buddy itself: choose another setting to lead the pairing.");
        if (lead.Kind == BuddyLeadKind.Setting && lead.SettingId is null)
            throw new ArgumentException("A lead setting needs its id.", nameof(lead));
        if (lead.Kind == BuddyLeadKind.Partner && lead.MemberId is null)
            throw new ArgumentException("A lead partner needs its member id.", nameof(lead));
        if (string.IsNullOrWhiteSpace(lead.Name))
            throw new BuddyingRefusedException("Enter the name of the lead.");
        if (string.IsNullOrWhiteSpace(purpose))
            throw new BuddyingRefusedException("Enter what the pairing is for.");
        if (endsOn <= startsOn)
            throw new BuddyingRefusedException("The pairing must end after it starts.");
        if (endsOn > startsOn.AddMonths(LongestMonths))
            throw new BuddyingRefusedException($"A pairing runs for {LongestMonths} months at most: review it and pair again to go on.");
        if (leadPairingsNow >= limit)
            throw new BuddyingRefusedException($"{lead.Name.Trim()} already buddies {Count(leadPairingsNow)}, the LA's limit: choose another lead, or end one of its pairings first.");
        if (chosenGoals.Any(g => g.SettingId != supportedSettingId))
            throw new BuddyingRefusedException($"Choose goals from {supportedSettingName}'s own improvement plan.");
        FreeText.Within(purpose.Trim(), PurposeMaxLength);
        FreeText.Within(lead.Name.Trim(), NameMaxLength);
        FreeText.Within(lead.Organisation?.Trim(), OrganisationMaxLength);
        var pairing = new BuddyPairing
        {
            TenantId = tenantId,
            SupportedSettingId = supportedSettingId,
            SupportedSettingName = Cut(supportedSettingName.Trim(), NameMaxLength),
            LeadKind = lead.Kind,
            LeadSettingId = lead.Kind == BuddyLeadKind.Setting ? lead.SettingId : null,
            LeadMemberId = lead.Kind == BuddyLeadKind.Partner ? lead.MemberId : null,
            LeadName = Cut(lead.Name.Trim(), NameMaxLength),
            LeadOrganisation = FreeText.Trimmed(lead.Organisation),
            Purpose = purpose.Trim(),
            StartsOn = startsOn,
            EndsOn = endsOn,
            Status = BuddyStatus.Proposed,
            SuggestedBecause = suggestedBecause is null ? null : Cut(suggestedBecause.Trim(), ReasonMaxLength),
            CreatedBy = Cut(by, ByMaxLength),
            CreatedAt = at,
        };
        foreach (var goal in chosenGoals.DistinctBy(g => g.PlanGoalId))
            pairing.goals.Add(new BuddyGoal(goal));
        return pairing;
    }

    /// Both sides have agreed: the pairing is under way.
    public void Start(DateOnly today)
    {
        if (Status != BuddyStatus.Proposed)
            throw new BuddyingRefusedException(Status == BuddyStatus.Active ? "This pairing has already started." : "This pairing has ended.");
        Status = BuddyStatus.Active;
        StartedOn = today;
        Version++;
    }

    /// Plans a visit between the two, within the pairing's period.
    public BuddyVisit PlanVisit(DateOnly on)
    {
        EnsureNotEnded();
        if (on < StartsOn || on > EndsOn)
            throw new BuddyingRefusedException($"Plan the visit within the pairing's period, {StartsOn:d MMMM yyyy} to {EndsOn:d MMMM yyyy}.");
        var visit = new BuddyVisit(on);
        visits.Add(visit);
        Version++;
        return visit;
    }

    /// Records that a visit was held, on a day not in the future.
    public void RecordHeld(int visitId, DateOnly heldOn, DateOnly today)
    {
        EnsureNotEnded();
        if (Status != BuddyStatus.Active)
            throw new BuddyingRefusedException("Start the pairing before recording its visits.");
        if (heldOn > today)
            throw new BuddyingRefusedException("A visit is recorded as held on the day it was held: today or earlier.");
        Visit(visitId).Held(heldOn);
        Version++;
    }

    /// Writes the visit's shared note, which both settings see. Only a held visit has one.
    public void WriteNote(int visitId, string note, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        FreeText.Within(note.Trim(), BuddyVisit.NoteMaxLength);
        var visit = Visit(visitId);
        if (!visit.IsHeld)
            throw new BuddyingRefusedException("A note is written once the visit has been held.");
        visit.Note(note.Trim(), Cut(by, BuddyVisit.ByMaxLength));
        Version++;
    }

    /// The outcome review: each goal met, partly met or not, with what changed, and a sentence on the whole. Ends
    /// the pairing, which no longer counts against its lead's limit.
    public void Review(IReadOnlyCollection<GoalReview> reviews, string summary, string by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (Status != BuddyStatus.Active)
            throw new BuddyingRefusedException(Status == BuddyStatus.Ended ? "This pairing has already been reviewed and ended." : "Start the pairing before reviewing it.");
        if (string.IsNullOrWhiteSpace(summary))
            throw new BuddyingRefusedException("Enter a sentence on what the pairing achieved.");
        FreeText.Within(summary.Trim(), SummaryMaxLength);
        foreach (var goal in goals)
        {
            var review = reviews.FirstOrDefault(r => r.GoalId == goal.Id)
                ?? throw new BuddyingRefusedException($"Say whether the goal \"{goal.Outcome}\" was met.");
            if (string.IsNullOrWhiteSpace(review.Change))
                throw new BuddyingRefusedException($"Say what changed for the goal \"{goal.Outcome}\".");
            FreeText.Within(review.Change.Trim(), BuddyGoal.ChangeMaxLength);
        }

        foreach (var goal in goals)
        {
            var review = reviews.First(r => r.GoalId == goal.Id);
            goal.Review(review.Result, review.Change.Trim());
        }

        ReviewSummary = summary.Trim();
        ReviewedBy = Cut(by, ByMaxLength);
        Status = BuddyStatus.Ended;
        EndedOn = today;
        Version++;
    }

    /// Whether the setting is one of the two sides.
    public bool Involves(int settingId) => SupportedSettingId == settingId || LeadSettingId == settingId;

    private BuddyVisit Visit(int visitId) =>
        visits.FirstOrDefault(v => v.Id == visitId) ?? throw new BuddyingRefusedException("That visit is not one of this pairing's.");

    private void EnsureNotEnded()
    {
        if (Status == BuddyStatus.Ended)
            throw new BuddyingRefusedException("This pairing has ended.");
    }

    private static string Count(int pairings) => pairings == 1 ? "1 setting" : $"{pairings} settings";

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
