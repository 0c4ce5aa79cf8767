using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Pages.Audit;

namespace Ascent.Tests.Pages.Audit;

/// The audit trail reads in words: class and property names split, and stored definition codes by their names.
public sealed class AuditTextTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly string Root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;

    private static readonly FundingRules Rules = FundingRules.LoadFromFile(Path.Combine(Root, "funding", "rules.yaml"), Frameworks);

    private static readonly PathwayLibrary Pathways = PathwayLibrary.LoadFromDirectory(Path.Combine(Root, "pathways"), Frameworks);

    private static readonly InstrumentCatalogue Instruments = InstrumentCatalogue.LoadFromDirectory(Path.Combine(Root, "instruments"));

    [Theory]
    [InlineData("CaseTask", "Case task")]
    [InlineData("FundingDecision", "Funding decision")]
    [InlineData("IdentityUserRole`1", "Identity user role")]
    [InlineData("Setting", "Setting")]
    public void Words_SplitsANameIntoWords(string name, string words) => Assert.Equal(words, AuditText.Words(name));

    [Theory]
    [InlineData("RuleCode", "two-year-olds-good-or-better-only", "Funding rule", "Two-year-old funding only in good or better settings")]
    [InlineData("PathwayCode", "requires-improvement", "Pathway", "Requires improvement to be good")]
    [InlineData("FrameworkCode", "ofsted-renewed-2025", "Framework", "Renewed education inspection framework")]
    [InlineData("LatestFrameworkCode", "ofsted-eif-2019", "Latest framework", "Education Inspection Framework")]
    [InlineData("StandingCode", "expected-standard-or-above", "Standing", "Meets the expected standard or above")]
    [InlineData("AreaCode", "behaviour-attitudes-and-routines", "Area", "Behaviour, attitudes and routines")]
    [InlineData("Entitlements", "ff2 extended-3-4", "Entitlements", "Two-year-old funding (FF2), Extended 30 hours for three- and four-year-olds")]
    [InlineData("InstrumentCode", "fccers-3", "Instrument", "Family child care environment rating (compatible with FCCERS-3)")]
    [InlineData("DueOn", "2026-12-07", "Due on", "2026-12-07")]
    public void Describe_ShowsCodesByTheirNames(string field, string value, string shownField, string shownValue) =>
        Assert.Equal((shownField, shownValue), AuditText.Describe(field, value, Frameworks, Rules, Pathways, Instruments));
}
