using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.SelfEvaluation;

/// Each area of a self-evaluation has its own version, a save names who made it, and a clash says who and when.
public sealed class AreaVersionTests
{
    private static readonly FrameworkRegistry Registry = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset TenFortyTwo = new(2026, 11, 23, 10, 42, 0, TimeSpan.Zero);
    private static readonly Setting Acorn = new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);
    private static readonly Guid Jo = Guid.NewGuid();
    private static readonly Guid Mo = Guid.NewGuid();

    private static Evaluation Draft() => Evaluation.Start(Acorn, Registry.Get("ofsted-renewed-2025"), "Olu Owner", Today);

    [Fact]
    public void Record_ChangesOnlyThatAreasVersion_AndSaysWhoSavedIt()
    {
        var evaluation = Draft();
        var before = evaluation.Version;

        evaluation.Record("inclusion", new AreaAnswers("Key persons know every family", "Parent survey, June", null, "strong"), new AreaSave(Jo, "Jo Clarke", TenFortyTwo));

        var inclusion = evaluation.Area("inclusion");
        Assert.Equal(1, inclusion.Version);
        Assert.All(evaluation.Areas.Where(a => a.AreaCode != "inclusion"), a => Assert.Equal(0, a.Version));
        Assert.Equal(before, evaluation.Version);
        Assert.Equal((Jo, "Jo Clarke", TenFortyTwo), (inclusion.SavedById!.Value, inclusion.SavedBy, inclusion.SavedAt!.Value));
        Assert.Equal("Parent survey, June", inclusion.EvidenceNote);
    }

    [Fact]
    public void Record_RefusesAnEvidenceNoteOverTheLimit_ButTakesOneAtIt()
    {
        var evaluation = Draft();
        var atLimit = new string('a', AreaEvaluation.EvidenceNoteMaxLength);

        evaluation.Record("inclusion", new AreaAnswers(null, atLimit, null, null), null);
        Assert.Throws<ArgumentException>(() => evaluation.Record("inclusion", new AreaAnswers(null, atLimit + "b", null, null), null));

        Assert.Equal(atLimit, evaluation.Area("inclusion").EvidenceNote);
        Assert.Equal(1, evaluation.Area("inclusion").Version);
    }

    [Fact]
    public void Finish_MovesEveryAreasVersionOn_SoAFormOpenedBeforeCannotSaveIntoTheSnapshot()
    {
        var evaluation = Draft();
        evaluation.Record("achievement", "Children talk confidently", null, null, "expected");
        var seen = evaluation.Areas.ToDictionary(a => a.AreaCode, a => a.Version);

        evaluation.Finish("Olu Owner", Today);

        Assert.All(evaluation.Areas, a => Assert.Equal(seen[a.AreaCode] + 1, a.Version));
    }

    [Fact]
    public void StartNext_CopiesTheEvidenceNote_AndStartsEachAreaAtItsFirstVersion()
    {
        var framework = Registry.Get("ofsted-renewed-2025");
        var first = Evaluation.Start(Acorn, framework, "Olu Owner", Today);
        first.Record("achievement", new AreaAnswers("Children talk confidently", "Observation 3 May", null, "expected"), new AreaSave(Jo, "Jo Clarke", TenFortyTwo));
        first.Finish("Olu Owner", Today);

        var copy = first.StartNext(framework, "Mo Manager", Today).Area("achievement");

        Assert.Equal("Observation 3 May", copy.EvidenceNote);
        Assert.Equal(0, copy.Version);
        Assert.Null(copy.SavedBy);
    }

    [Fact]
    public void Between_IsNullWhileTheAreaIsAtTheVersionSeen()
    {
        var evaluation = Draft();
        evaluation.Record("inclusion", "Mine", null, null, null, new AreaSave(Jo, "Jo Clarke", TenFortyTwo));

        Assert.Null(AreaClash.Between(evaluation.Area("inclusion"), 1, Mo));
        Assert.NotNull(AreaClash.Between(evaluation.Area("inclusion"), 0, Mo));
    }

    [Fact]
    public void Saved_NamesTheColleague_WithTheTime()
    {
        var evaluation = Draft();
        evaluation.Record("inclusion", "Theirs", null, null, null, new AreaSave(Jo, "Jo Clarke", TenFortyTwo));

        var clash = AreaClash.Between(evaluation.Area("inclusion"), 0, Mo)!;

        Assert.False(clash.ByYou);
        Assert.Equal("Jo Clarke saved this area at 10:42am", clash.Saved("this area", _ => "10:42am"));
    }

    [Fact]
    public void Saved_ByTheSamePerson_IsYouInAnotherTabOrWindow()
    {
        var evaluation = Draft();
        evaluation.Record("inclusion", "From the other tab", null, null, null, new AreaSave(Jo, "Jo Clarke", TenFortyTwo));

        var clash = AreaClash.Between(evaluation.Area("inclusion"), 0, Jo)!;

        Assert.True(clash.ByYou);
        Assert.Equal("You saved Inclusion in another tab or window at 10:42am", clash.Saved("Inclusion", _ => "10:42am"));
    }

    [Fact]
    public void Saved_WithNoOneRecorded_IsSomeoneElse_AndNoOneSignedInIsNeverYou()
    {
        var evaluation = Draft();
        evaluation.Record("inclusion", "Saved before names were kept", null, null, null);

        Assert.Equal("Someone else saved this area", AreaClash.Between(evaluation.Area("inclusion"), 0, Jo)!.Saved("this area", _ => "never"));
        Assert.False(AreaClash.Between(evaluation.Area("inclusion"), 0, null)!.ByYou);
    }
}
