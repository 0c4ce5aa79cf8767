using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Calendar;

/// One school term of an LA ("Autumn 2026"): terms differ between LAs, and the cancellation rule counts per term.
public sealed class SchoolTerm : ISharedWithSettings
{
    private SchoolTerm()
    {
        Name = "";
    }

    public SchoolTerm(int tenantId, string name, DateOnly startsOn, DateOnly endsOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (endsOn < startsOn)
            throw new ArgumentException("A term cannot end before it starts.", nameof(endsOn));
        TenantId = tenantId;
        Name = name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Name { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public bool Contains(DateOnly day) => day >= StartsOn && day <= EndsOn;
}
