using System.Text.Json;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Settings;

public sealed class ChangeEventPayloadTests
{
    private static ChangeEvent Event(string type, string? payload) =>
        new(1, 2, type, "Summary", payload, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), null);

    [Fact]
    public void ReadJudgement_ReadsWhatAJudgementEventWrites()
    {
        var written = new JudgementPayload("ofsted-eif-2019", "10234567", new DateOnly(2026, 11, 3), "EYFS", "3", new Dictionary<string, string> { ["quality-of-education"] = "3" });

        var read = Event(ChangeEventTypes.NewJudgement, written.ToJson()).ReadJudgement();

        Assert.NotNull(read);
        Assert.Equal("ofsted-eif-2019", read.FrameworkCode);
        Assert.Equal(new DateOnly(2026, 11, 3), read.Date);
        Assert.Equal("3", read.ToJudgement().OverallGrade);
        Assert.Equal("3", read.ToJudgement().Grades["quality-of-education"]);
    }

    [Fact]
    public void JudgementPayload_IsWrittenAsBefore() => Assert.Equal(
        """{"FrameworkCode":"ofsted-eif-2019","Number":"1","Date":"2026-11-03","InspectionType":null,"OverallGrade":"2","Grades":null}""",
        new JudgementPayload("ofsted-eif-2019", "1", new DateOnly(2026, 11, 3), null, "2", null).ToJson());

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("""{"Date":"2026-11-03"}""")]
    public void ReadJudgement_OfAPayloadNothingCouldMatch_IsNull(string? payload) =>
        Assert.Null(Event(ChangeEventTypes.NewJudgement, payload).ReadJudgement());

    [Fact]
    public void ReadJudgement_OfAnotherEvent_IsNull()
    {
        var payload = new JudgementPayload("ofsted-eif-2019", "1", new DateOnly(2026, 11, 3), null, "2", null).ToJson();
        Assert.Null(Event(ChangeEventTypes.JudgementChanged, payload).ReadJudgement());
    }

    [Fact]
    public void ReadEnforcement_ReadsTheKindAsImportsAndPeopleWriteIt()
    {
        // The shapes written by the importer ({ Kind, Date, Number }) and by a notice recorded by hand ({ Kind, Date }).
        var imported = JsonSerializer.Serialize(new { Kind = EnforcementKind.ComplianceNotMet, Date = new DateOnly(2026, 10, 1), Number = "2001" });
        var recorded = JsonSerializer.Serialize(new { Kind = EnforcementKind.WelfareRequirementsNotice, Date = new DateOnly(2026, 12, 17) });

        var fromImport = Event(ChangeEventTypes.Enforcement, imported).ReadEnforcement();
        var byHand = Event(ChangeEventTypes.Enforcement, recorded).ReadEnforcement();

        Assert.Equal(new EnforcementPayload(EnforcementKind.ComplianceNotMet, new DateOnly(2026, 10, 1), "2001"), fromImport);
        Assert.Equal("WelfareRequirementsNotice", byHand!.KindName);
        Assert.Equal(new DateOnly(2026, 12, 17), byHand.Date);
        Assert.Null(byHand.Number);
    }

    [Fact]
    public void ReadEnforcement_ReadsAKindWrittenByItsName() =>
        Assert.Equal(EnforcementKind.Suspension, Event(ChangeEventTypes.Enforcement, """{"Kind":"Suspension"}""").ReadEnforcement()!.Kind);

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{"Kind":99}""")]
    [InlineData("""{"Kind":"Reprimand"}""")]
    [InlineData("""{"Kind":"4"}""")]
    [InlineData("[1]")]
    [InlineData("not json")]
    public void ReadEnforcement_WithoutAKindAscentKnows_IsNull(string? payload) =>
        Assert.Null(Event(ChangeEventTypes.Enforcement, payload).ReadEnforcement());

    [Fact]
    public void ReadEnforcement_OfAnotherEvent_IsNull() =>
        Assert.Null(Event(ChangeEventTypes.NewJudgement, """{"Kind":1}""").ReadEnforcement());
}
