using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// One licensed indicator text of an environment rating scale ("Indicator 3.2 of item 12"), imported by an LA or a
/// setting that holds the publisher's licence. The texts are the tenant's own: Ascent never ships, shows to another
/// LA or exports them. With SettingId set the licence is the setting's, and only that setting sees them; without
/// it every setting of the LA does (AppDbContext.Filters.cs). They fit one version of the instrument, and the
/// scoring guidance version it had when they were imported.
public sealed class InstrumentText : ITenantOwned
{
    public const int TextMaxLength = 2000;
    public const int CodeMaxLength = Audit.CodeMaxLength;
    public const int ItemMaxLength = AuditAnswer.ItemMaxLength;
    public const int IndicatorMaxLength = AuditIndicatorAnswer.CodeMaxLength;
    public const int NameMaxLength = Audit.NameMaxLength;

    private InstrumentText()
    {
        InstrumentCode = "";
        InstrumentVersion = "";
        GuidanceVersion = "";
        ItemNumber = "";
        IndicatorCode = "";
        Text = "";
        ImportedBy = "";
    }

    public InstrumentText(int tenantId, int? settingId, InstrumentDefinition instrument, string itemNumber, IndicatorCode indicator,
        bool notApplicableAllowed, string text, string importedBy, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (instrument.Scoring != ScoringRule.EnvironmentRating)
            throw new ArgumentException("Only an environment rating scale has indicators.", nameof(instrument));
        if (instrument.Item(itemNumber) is null)
            throw new ArgumentException($"The instrument has no item {itemNumber}.", nameof(itemNumber));
        if (text.Trim().Length > TextMaxLength)
            throw new ArgumentException($"An indicator text is at most {TextMaxLength} characters.", nameof(text));
        TenantId = tenantId;
        SettingId = settingId;
        InstrumentCode = instrument.Code;
        InstrumentVersion = instrument.Version;
        GuidanceVersion = instrument.GuidanceVersion;
        ItemNumber = itemNumber;
        IndicatorCode = indicator.Code;
        Level = indicator.Level;
        Number = indicator.Number;
        NotApplicableAllowed = notApplicableAllowed;
        Text = text.Trim();
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    /// The setting that holds the licence, or null when the LA does.
    public int? SettingId { get; private set; }

    public string InstrumentCode { get; private set; }

    /// The instrument version the texts fit: an audit on another version does not use them.
    public string InstrumentVersion { get; private set; }

    /// The scoring guidance version of the instrument when the texts were imported (publishers revise it yearly).
    public string GuidanceVersion { get; private set; }

    public string ItemNumber { get; private set; }

    /// "level.number", such as "3.2".
    public string IndicatorCode { get; private set; }

    public int Level { get; private set; }

    public int Number { get; private set; }

    public bool NotApplicableAllowed { get; private set; }

    public string Text { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public IndicatorDefinition ToIndicator() => new(IndicatorCode, Level, Number, NotApplicableAllowed, Text);
}
