namespace Ascent.Web.Domain.Imports;

/// What an import did to one row, so that it can be reverted: a row it added, or a row it modified with the values
/// it overwrote (the before-image, JSON of property name to value). After a revert, the same table lists the support
/// cases the import's change events opened or closed, each waiting for a person's decision.
public sealed class ImportChange : Tenancy.ILocalAuthorityOnly
{
    private ImportChange()
    {
        Entity = "";
        Kind = "";
    }

    public ImportChange(long importRunId, int tenantId, int settingId, string entity, long entityId, string kind, string? before)
    {
        ImportRunId = importRunId;
        TenantId = tenantId;
        SettingId = settingId;
        Entity = entity;
        EntityId = entityId;
        Kind = kind;
        Before = before;
    }

    public long Id { get; private set; }

    public long ImportRunId { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    /// The entity's CLR name: Setting, Inspection, InspectionGrade, EnforcementEvent or SupportCase.
    public string Entity { get; private set; }

    public long EntityId { get; private set; }

    /// One of ImportChangeKinds.
    public string Kind { get; private set; }

    public string? Before { get; private set; }

    /// For a case to review: what the person decided (one of CaseReviewDecisions), who and when.
    public string? Decision { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsCaseToReview => Kind is ImportChangeKinds.CaseOpened or ImportChangeKinds.CaseClosed;

    public void Decide(string decision, string by, DateTimeOffset at)
    {
        if (!IsCaseToReview)
            throw new InvalidOperationException("Only a case to review takes a decision.");
        if (Decision is not null)
            throw new InvalidOperationException("This case has been reviewed already.");
        Decision = decision;
        DecidedBy = by;
        DecidedAt = at;
    }
}

public static class ImportChangeKinds
{
    public const string Added = "added";
    public const string Modified = "modified";
    public const string CaseOpened = "case-opened";
    public const string CaseClosed = "case-closed";
}

public static class CaseReviewDecisions
{
    public const string Close = "close";
    public const string KeepOpen = "keep-open";
    public const string Reopen = "reopen";
    public const string KeepClosed = "keep-closed";
}

/// A file uploaded on the web, kept in the database until the node that claims its run has imported it, so that
/// any node behind a load balancer can run it.
public sealed class ImportUpload
{
    private ImportUpload()
    {
        FileName = "";
        Content = [];
    }

    public ImportUpload(long importRunId, int position, string fileName, byte[] content)
    {
        ImportRunId = importRunId;
        Position = position;
        FileName = fileName;
        Content = content;
    }

    public long Id { get; private set; }

    public long ImportRunId { get; private set; }

    public int Position { get; private set; }

    public string FileName { get; private set; }

    public byte[] Content { get; private set; }
}
