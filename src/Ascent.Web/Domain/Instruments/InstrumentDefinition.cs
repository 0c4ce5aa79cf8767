namespace Ascent.Web.Domain.Instruments;

/// One version of an instrument: an environment rating scale, the Leuven scales, an audit or a questionnaire, read
/// from instruments/*.yaml (or an LA's own upload). Everything Ascent does with an instrument (the form, the scores,
/// the results, imports and exports) reads it from here, so a new instrument is a new file, not new code.
/// An audit remembers the code and version it started on, so a later version never changes a running one.
public sealed record InstrumentDefinition(
    string Code,
    string Name,
    string Version,
    string GuidanceVersion,
    InstrumentLevel AppliesTo,
    ScoringRule Scoring,
    ResponseScale Scale,
    string Description,
    string Guidance,
    string Licence,
    bool TwoObservers,
    IReadOnlyList<RespondentGroup> RespondentGroups,
    IReadOnlyList<Subscale> Subscales)
{
    public IEnumerable<InstrumentItem> Items => Subscales.SelectMany(s => s.Items);

    /// The item with this number, or null.
    public InstrumentItem? Item(string number) => Items.FirstOrDefault(i => i.Number == number);

    /// The subscale an item belongs to.
    public Subscale SubscaleOf(InstrumentItem item) => Subscales.First(s => s.Items.Contains(item));
}

/// Who or what one record of the instrument is about.
public enum InstrumentLevel
{
    /// The whole setting (a safeguarding audit).
    Setting,

    /// One room or group (an environment rating).
    Room,

    /// One child (Leuven screening).
    Child,

    /// One person answering (a staff or parent questionnaire).
    Respondent,
}

/// How answers become scores (instruments.md).
public enum ScoringRule
{
    /// Items scored 1 to 7, from indicators at levels 1, 3, 5 and 7 or entered directly; subscale and total are means.
    EnvironmentRating,

    /// Well-being and involvement 1 to 5 per child, read separately, banded red, amber or green.
    Leuven,

    /// Each item met, partly met, not met or not applicable; the result is the share met.
    Checklist,

    /// Each item answered on an agreement scale; counts, means and the share agreeing, per item and group.
    Likert,
}

/// The answers an item takes: whole numbers from Min to Max, some with a label ("1 Inadequate"). A checklist's
/// scale is fixed (ChecklistAnswer) and leaves this 0 to 0.
public sealed record ResponseScale(int Min, int Max, IReadOnlyList<ScaleLabel> Labels)
{
    public static readonly ResponseScale None = new(0, 0, []);

    public bool Contains(int value) => value >= Min && value <= Max;

    /// "5 Good" when the value has a label, else "5".
    public string Describe(int value) =>
        Labels.FirstOrDefault(l => l.Value == value) is { } label ? $"{value} {label.Label}" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record ScaleLabel(int Value, string Label);

/// A group of respondents a questionnaire's results are split by (staff by role, parents by room).
public sealed record RespondentGroup(string Code, string Name);

public sealed record Subscale(string Code, string Name, IReadOnlyList<InstrumentItem> Items);

/// One item. Number is the item's number as printed ("1", "12"); Indicators are the instrument's own indicator
/// structure when the definition ships one (Ascent's own audits); a licensed scale's indicators come from the
/// tenant's imported texts instead (InstrumentText). NotApplicableAllowed says whether the whole item may be NA.
public sealed record InstrumentItem(
    string Number,
    string Name,
    string Guidance,
    bool NotApplicableAllowed,
    IReadOnlyList<IndicatorDefinition> Indicators);

/// A yes/no indicator of an environment-rating item: Code is "level.number" ("1.1", "3.2"). Level-1 indicators
/// are negative (yes = bad), the others positive; NotApplicableAllowed is per indicator, never assumed.
public sealed record IndicatorDefinition(string Code, int Level, int Number, bool NotApplicableAllowed, string Text)
{
    public bool Negative => Level == 1;
}
