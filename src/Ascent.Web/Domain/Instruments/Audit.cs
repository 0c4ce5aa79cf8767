using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// One use of an instrument at a setting (or one of its rooms) on a date: an environment rating, an audit, a
/// questionnaire round. It keeps the instrument version and scoring-guidance version it started on. Its answers are
/// on sheets: one per observer (two for a joint observation, plus the agreed sheet), or one per respondent.
/// Finishing locks it; a correction after that is an amendment with who and why.
public sealed class Audit : ISettingOwned
{
    public const int CodeMaxLength = 100;
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 4000;

    private readonly List<AuditSheet> _sheets = [];

    private Audit()
    {
        InstrumentCode = "";
        InstrumentVersion = "";
        GuidanceVersion = "";
        StartedBy = "";
        Note = "";
    }

    public Audit(Setting setting, Room? room, InstrumentDefinition instrument, AuditMode mode, DateOnly observedOn, string startedBy, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(instrument);
        if (room is not null && room.SettingId != setting.Id)
            throw new ArgumentException("The room is not this setting's.", nameof(room));
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        RoomId = room?.Id;
        InstrumentCode = instrument.Code;
        InstrumentVersion = instrument.Version;
        GuidanceVersion = instrument.GuidanceVersion;
        Mode = mode;
        ObservedOn = observedOn;
        StartedBy = startedBy;
        StartedAt = startedAt;
        Note = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    /// The room observed, or null for the whole setting.
    public int? RoomId { get; private set; }

    public string InstrumentCode { get; private set; }

    public string InstrumentVersion { get; private set; }

    public string GuidanceVersion { get; private set; }

    public AuditMode Mode { get; private set; }

    public DateOnly ObservedOn { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public AuditStatus Status { get; private set; }

    public string? FinishedBy { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// Done at this visit (it then shows in the visit's note), or null.
    public int? VisitId { get; private set; }

    /// The case task that asked for it ("Conduct a SSTEW audit"), done when the audit is finished; or null.
    public int? CaseTaskId { get; private set; }

    /// Brought in from a file of past results rather than recorded in Ascent.
    public bool Imported { get; private set; }

    /// The headline result once finished (a rating's total, a checklist's share met, a questionnaire's mean), kept
    /// so lists and the LA's aggregates need not re-score every audit; null while in progress or when nothing scored.
    public decimal? Total { get; private set; }

    public string Note { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<AuditSheet> Sheets => _sheets;

    public bool IsLocked => Status == AuditStatus.Finished;

    public void LinkTo(int? visitId, int? caseTaskId)
    {
        VisitId = visitId;
        CaseTaskId = caseTaskId;
        Version++;
    }

    public void MarkImported() => Imported = true;

    public AuditSheet AddSheet(SheetKind kind, Guid? personId, string personName, string? respondentGroup = null)
    {
        if (IsLocked)
            throw new InvalidOperationException("A finished audit takes no new sheets.");
        var sheet = new AuditSheet(this, kind, personId, personName, respondentGroup);
        _sheets.Add(sheet);
        Version++;
        return sheet;
    }

    public void Finish(string by, DateTimeOffset at, decimal? total)
    {
        if (IsLocked)
            throw new InvalidOperationException("This audit is already finished.");
        Status = AuditStatus.Finished;
        FinishedBy = by;
        FinishedAt = at;
        Total = total;
        Version++;
    }

    /// After an amendment re-scores a finished audit.
    public void Rescore(decimal? total)
    {
        Total = total;
        Version++;
    }

    public void WriteNote(string note)
    {
        Note = note.Trim();
        Version++;
    }
}

/// How a rating audit is recorded: item scores entered directly, or indicators ticked and scores derived from
/// them (which needs the instrument's indicators: Ascent's own, or a tenant's licensed texts).
public enum AuditMode
{
    ItemScores,
    Indicators,
}

public enum AuditStatus
{
    InProgress,
    Finished,
}
