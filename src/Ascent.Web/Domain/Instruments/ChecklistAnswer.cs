namespace Ascent.Web.Domain.Instruments;

/// A checklist item's answer. Stored as its name, so the order here can change.
public enum ChecklistAnswer
{
    Met,
    PartlyMet,
    NotMet,
    NotApplicable,
}

/// An indicator's answer in an environment-rating audit.
public enum IndicatorAnswer
{
    Yes,
    No,
    NotApplicable,
}
