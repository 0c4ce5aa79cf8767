namespace Ascent.Web.Domain.Imports;

/// One import of a regulator's file: what it was, who ran it, and what it did. Runs are never deleted.
public sealed class ImportRun
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
}

/// A row the import could not take, with its line and reason; downloadable so the LA can correct and re-send it.
public sealed class ImportRejectedRow
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
