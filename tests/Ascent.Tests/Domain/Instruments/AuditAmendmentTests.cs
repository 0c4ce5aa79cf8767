using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Instruments;

public sealed class AuditAmendmentTests
{
    private static readonly InstrumentItem Item = new("1", "Indoor space", "", false, []);

    private static readonly InstrumentDefinition Instrument = new("rating", "A rating scale", "1", "1", InstrumentLevel.Room, ScoringRule.EnvironmentRating,
        new ResponseScale(1, 7, []), "", "", "", false, [], [new("all", "All", [Item])]);

    private static Audit NewAudit() =>
        new(new Setting(1, "EY1", "Acorns", "Childcare on non-domestic premises", null), null, Instrument, AuditMode.ItemScores, new DateOnly(2026, 11, 20), "Ann", new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AnAuditInProgressIsNotAmended()
    {
        Assert.Throws<InvalidOperationException>(() => new AuditAmendment(NewAudit(), Item, "4", "5", "Misread", null, "Ann", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void AnAmendmentNeedsAReason_AndKeepsItTrimmed()
    {
        var audit = NewAudit();
        audit.Finish("Ann", DateTimeOffset.UnixEpoch, 4m);
        Assert.Throws<ArgumentException>(() => new AuditAmendment(audit, Item, "4", "5", "  ", null, "Ann", DateTimeOffset.UnixEpoch));
        var amendment = new AuditAmendment(audit, Item, "4", "5 Good", " Misread the sheet ", null, "Ann", DateTimeOffset.UnixEpoch);
        Assert.Equal("Misread the sheet", amendment.Reason);
        Assert.Equal("1", amendment.ItemNumber);
    }
}
