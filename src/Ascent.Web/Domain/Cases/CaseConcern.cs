using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Cases;

/// A concern about children's safety recorded on a case. The LA has a duty to share such concerns with Ofsted:
/// when and under which reference it did so is kept with the concern.
public sealed class CaseConcern : ISettingOwned, ILocalAuthorityOnly
{
    private CaseConcern()
    {
        Summary = "";
        RecordedBy = "";
    }

    public CaseConcern(SupportCase supportCase, DateOnly raisedOn, string summary, string recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        Case = supportCase;
        TenantId = supportCase.TenantId;
        SettingId = supportCase.SettingId;
        RaisedOn = raisedOn;
        Summary = summary.Trim();
        RecordedBy = recordedBy;
        RecordedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int CaseId { get; private set; }

    public SupportCase? Case { get; private set; }

    public DateOnly RaisedOn { get; private set; }

    public string Summary { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateOnly? SharedWithOfstedOn { get; private set; }

    public string? OfstedReference { get; private set; }

    public void MarkShared(DateOnly on, string? reference)
    {
        SharedWithOfstedOn = on;
        OfstedReference = FreeText.Trimmed(reference);
    }
}
