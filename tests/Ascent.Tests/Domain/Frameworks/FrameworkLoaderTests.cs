using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Tests.Domain.Frameworks;

public sealed class FrameworkLoaderTests
{
    private const string File = "test.yaml";

    [Fact]
    public void Load_MinimalDefinition_Loads()
    {
        var framework = FrameworkLoader.Parse(FrameworkFiles.Minimal, File);

        Assert.Equal("test-framework", framework.Code);
        Assert.True(framework.SelectByDate);
        Assert.Equal("Poor", framework.Label("care", "poor"));
    }

    [Fact]
    public void Load_WhenAreaUsesUnknownScale_ReportsLineAndReason()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("    scale: grade\n    key_judgement", "    scale: grades\n    key_judgement", StringComparison.Ordinal));

        Assert.Equal(File, error.File);
        Assert.Equal(22, error.Line);
        Assert.Equal(12, error.Column);
        Assert.Contains("uses scale 'grades', which is not defined", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml, line 22, column 12: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenAreaCodeIsDuplicated_ReportsSecondUse()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("code: care", "code: overall", StringComparison.Ordinal));

        Assert.Equal(20, error.Line);
        Assert.Contains("area code 'overall' is already used on line 17", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenNestedAreaCodeRepeatsATopLevelOne_ReportsIt()
    {
        var yaml = FrameworkFiles.Minimal + """

                children:
                  - { code: standard, name: Standard }
                  - { code: care, name: Care again }
            """;

        var error = LoadBroken(yaml);

        Assert.Equal(26, error.Line);
        Assert.Contains("area code 'care' is already used", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenCodeIsMissing_ReportsTheFramework()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("code: test-framework\n", "", StringComparison.Ordinal));

        Assert.Equal(1, error.Line);
        Assert.Equal("code is required.", error.Reason);
    }

    [Fact]
    public void Load_WhenScaleValueHasNoLabel_ReportsTheValue()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("label: Poor, ", "", StringComparison.Ordinal));

        Assert.Equal(15, error.Line);
        Assert.Equal("label is required.", error.Reason);
    }

    [Fact]
    public void Load_WhenYamlIsMalformed_ReportsLineAndColumn()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("{ code: poor, label: Poor, rank: 2 }", "{ code: poor, label: Poor, rank: 2", StringComparison.Ordinal));

        Assert.Equal(16, error.Line);
        Assert.StartsWith("not valid YAML: ", error.Reason, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void Load_WhenIndentationIsWrong_ReportsLineAndColumn()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("name: Test framework", "name: Test framework\n  short_name: Test", StringComparison.Ordinal));

        Assert.Equal(3, error.Line);
        Assert.Equal(13, error.Column);
        Assert.StartsWith("test.yaml, line 3, column 13: not valid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<YamlDotNet.Core.YamlException>(error.InnerException);
    }

    [Fact]
    public void Load_WhenValidToIsBeforeValidFrom_ReportsValidTo()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("valid_to: 2020-12-31", "valid_to: 2019-12-31", StringComparison.Ordinal));

        Assert.Equal(7, error.Line);
        Assert.Equal("valid_to 2019-12-31 is before valid_from 2020-01-01.", error.Reason);
    }

    [Fact]
    public void Load_WhenDateIsNotIso_ReportsIt()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("valid_from: 2020-01-01", "valid_from: 01/01/2020", StringComparison.Ordinal));

        Assert.Equal(6, error.Line);
        Assert.Contains("yyyy-mm-dd", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenHeadlineAreaDoesNotExist_ReportsIt()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("headline_area: overall", "headline_area: overal", StringComparison.Ordinal));

        Assert.Equal(9, error.Line);
        Assert.Contains("headline_area 'overal'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenKeyIsMisspelt_ReportsUnknownKey()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("valid_from:", "valid_form:", StringComparison.Ordinal));

        Assert.Equal(6, error.Line);
        Assert.StartsWith("unknown key 'valid_form'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenTwoValuesShareARank_ReportsIt()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("rank: 2", "rank: 1", StringComparison.Ordinal));

        Assert.Equal(15, error.Line);
        Assert.Contains("rank 1 is used twice", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenCodeHasCapitalsOrSpaces_ReportsIt()
    {
        var error = LoadBroken(FrameworkFiles.Minimal.Replace("code: care", "code: Care home", StringComparison.Ordinal));

        Assert.Equal(20, error.Line);
        Assert.Contains("must be lower-case", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenFileIsEmpty_ReportsIt()
    {
        var error = LoadBroken("# nothing yet\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("no framework", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeepsCodesThatYamlWouldReadAsBooleans()
    {
        var framework = FrameworkLoader.Parse(
            FrameworkFiles.Minimal.Replace("code: good", "code: yes", StringComparison.Ordinal).Replace("code: poor", "code: no", StringComparison.Ordinal),
            File);

        Assert.Equal("Poor", framework.Label("overall", "no"));
    }

    private static DefinitionException LoadBroken(string yaml) =>
        Assert.Throws<DefinitionException>(() => FrameworkLoader.Parse(yaml, File));
}
