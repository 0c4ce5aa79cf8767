namespace Ascent.Web.Domain.Imports;

/// One import of a regulator's file: what it was, who ran it, and what it did. Runs are never deleted.
public sealed class ImportRun : Tenancy.ILocalAuthorityOnly
{
    private ImportRun()
    {
        Source = "";
        FileNames = "";
        StartedBy = "";
    }

    public ImportRun(int? tenantId, string source, string fileNames, string startedBy, DateTimeOffset startedAt)
    {
        TenantId = tenantId;
        Source = source;
        FileNames = fileNames;
        StartedBy = startedBy;
        StartedAt = startedAt;
        Status = ImportStatus.Running;
        HeartbeatAt = startedAt;
        LeaseUntil = startedAt + Lease;
    }

    /// How long a running import is taken to be alive without a heartbeat. The running process renews it every
    /// HeartbeatInterval (Imports/ImportHeartbeat); a run whose lease ran out was interrupted (ADR 0005).
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    /// A web upload: its files wait in the database, first to be checked (Pages/Imports/Check), then, once the person
    /// imports it, until one Ascent node claims it (Jobs/ImportQueueWorker).
    public static ImportRun Uploaded(int? tenantId, string source, string fileNames, string startedBy, DateTimeOffset at)
    {
        var run = new ImportRun(tenantId, source, fileNames, startedBy, at) { Status = ImportStatus.Checking };
        run.HeartbeatAt = null;
        run.LeaseUntil = null;
        return run;
    }

    public long Id { get; private set; }

    /// Null when a system administrator imported for every LA in the file.
    public int? TenantId { get; private set; }

    public string Source { get; private set; }

    public string FileNames { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public ImportStatus Status { get; private set; }

    public bool IsBaseline { get; private set; }

    public int RowsRead { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    public int OtherLocalAuthorities { get; set; }

    public int LeftRegister { get; set; }

    public int Events { get; set; }

    public string? Error { get; private set; }

    /// How many settings the person confirmed had left the register, when the import's leavers needed confirming
    /// (docs/adr/0005-register-imports.md). The import stops unless its leavers are exactly this many.
    public int? ConfirmedLeavers { get; private set; }

    public void ConfirmLeavers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ConfirmedLeavers = count;
    }

    /// The person has checked the upload (Pages/Imports/Check) and imports it: it waits for a node to claim it.
    public void Queue(int? confirmedLeavers)
    {
        if (Status != ImportStatus.Checking)
            throw new InvalidOperationException("Only an upload waiting to be checked can be imported.");
        if (confirmedLeavers is { } count)
            ConfirmLeavers(count);
        Status = ImportStatus.Queued;
    }

    /// The process running the import (host and process id), and the lease it keeps renewing while it runs.
    public string? Holder { get; private set; }

    public DateTimeOffset? HeartbeatAt { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// What a running import is doing, as its heartbeat last wrote it ("20,000 rows read").
    public string? Progress { get; private set; }

    public DateTimeOffset? RevertedAt { get; private set; }

    public string? RevertedBy { get; private set; }

    public bool IsFinished => Status is ImportStatus.Succeeded or ImportStatus.Failed or ImportStatus.Interrupted or ImportStatus.Reverted;

    /// Running or waiting to run: the web page refreshes itself while this holds.
    public bool IsUnderWay => Status is ImportStatus.Queued or ImportStatus.Running;

    public void HoldBy(string holder) => Holder = holder;

    public void Revert(string by, DateTimeOffset at)
    {
        if (Status != ImportStatus.Succeeded)
            throw new InvalidOperationException("Only an import that succeeded can be reverted.");
        Status = ImportStatus.Reverted;
        RevertedBy = by;
        RevertedAt = at;
    }

    public void MarkBaseline() => IsBaseline = true;

    public void Succeed(DateTimeOffset at)
    {
        Status = ImportStatus.Succeeded;
        FinishedAt = at;
    }

    public void Fail(string error, DateTimeOffset at)
    {
        Status = ImportStatus.Failed;
        Error = error;
        FinishedAt = at;
    }

    public string Summary =>
        $"{RowsRead:N0} rows: {Added:N0} added, {Updated:N0} updated, {Unchanged:N0} unchanged, {Rejected:N0} rejected";
}

public enum ImportStatus
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,

    /// Uploaded on the web, waiting for a node to claim it.
    Queued = 4,

    /// Its process stopped (its lease ran out) before it finished; its transaction never committed.
    Interrupted = 5,

    /// Undone by an administrator (Imports/ImportUndo).
    Reverted = 6,

    /// Uploaded on the web and shown as "Check this file": nothing is imported until the person presses Import.
    Checking = 7,
}

/// A row the import could not take, with its line and reason; downloadable so the LA can correct and re-send it.
public sealed class ImportRejectedRow : Tenancy.ILocalAuthorityOnly
{
    private ImportRejectedRow()
    {
        FileName = "";
        Reason = "";
        RawLine = "";
    }

    public ImportRejectedRow(long importRunId, int? tenantId, string fileName, int lineNumber, string reason, string rawLine)
    {
        ImportRunId = importRunId;
        TenantId = tenantId;
        FileName = fileName;
        LineNumber = lineNumber;
        Reason = reason;
        RawLine = rawLine;
    }

    public long Id { get; private set; }

    public long ImportRunId { get; private set; }

    public int? TenantId { get; private set; }

    public string FileName { get; private set; }

    public int LineNumber { get; private set; }

    public string Reason { get; private set; }

    public string RawLine { get; private set; }
}
