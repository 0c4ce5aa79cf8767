using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Tests.Domain.Cases;

public sealed class PathwayLoaderTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    /// The repository's pathways/ folder, beside frameworks/.
    private static readonly string ShippedDirectory = Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "pathways");

    /// A small valid pathway that the tests break one line at a time (line numbers in the comments).
    internal const string Minimal = """
        code: test-pathway
        name: Test pathway
        trigger:
          event: new-judgement
          judgements:
            - { framework: ofsted-eif-2019, overall: ["3"] }
        tasks:
          - key: allocate-adviser
            kind: allocation
            title: Allocate an adviser
            owner: Senior Improvement Adviser
            allocates: Improvement Adviser
            due_working_days: 3
        visits:
          cadence: Monthly
          interval_weeks: 4
          stages:
            - visits: 1-2
              focus: First visits
            - visits: 3-
              focus: Later visits
        """;

    public static TheoryData<string> ShippedFiles() => [.. Directory.GetFiles(ShippedDirectory, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_Loads(string fileName)
    {
        var definition = PathwayLoader.Parse(File.ReadAllText(Path.Combine(ShippedDirectory, fileName)), fileName, Frameworks);

        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), definition.Code);
        Assert.NotEmpty(definition.Tasks);
        Assert.NotEmpty(definition.Visits.Stages);
        Assert.Equal(1, definition.Visits.Stages[0].From);
    }

    [Fact]
    public void ShippedFiles_LoadTogether_AsALibrary()
    {
        var library = PathwayLibrary.LoadFromDirectory(ShippedDirectory, Frameworks);
        Assert.Equal(["annual-conversation", "inadequate", "newly-registered", "requires-improvement", "welfare-requirements-notice"],
            library.Shipped.Select(s => s.Definition.Code).Order(StringComparer.Ordinal));
        Assert.Equal(3, library.Shipped.Single(s => s.Definition.Code == "requires-improvement").Definition.Allocation!.DueWorkingDays);
    }

    [Fact]
    public void Minimal_Loads()
    {
        var definition = PathwayLoader.Parse(Minimal, "test.yaml", Frameworks);
        Assert.Equal("test-pathway", definition.Code);
        Assert.Equal("Visits 3 onwards", definition.Visits.StageFor(9)!.Label);
    }

    [Theory]
    [InlineData("name: Test pathway\n", "name: Test pathway\ncolour: blue\n", 3, "unknown key 'colour' in a pathway")]
    [InlineData("overall: [\"3\"]", "overall: [\"7\"]", 6, "grade '7' is not on any scale of ofsted-eif-2019")]
    [InlineData("framework: ofsted-eif-2019", "framework: ofsted-2099", 6, "framework 'ofsted-2099' is not one of")]
    [InlineData("owner: Senior Improvement Adviser", "owner: Head teacher", 11, "owner 'Head teacher' is not a local authority role")]
    [InlineData("allocates: Improvement Adviser", "allocates: Practitioner", 12, "allocates 'Practitioner' is not a local authority role")]
    [InlineData("visits: 3-", "visits: 2-", 20, "visits should start at 3")]
    [InlineData("visits: 3-", "visits: 4-", 20, "visits should start at 3")]
    [InlineData("due_working_days: 3", "due_working_days: three", 13, "due_working_days")]
    [InlineData("event: new-judgement", "event: new-judgment", 4, "event 'new-judgment' is not one of")]
    // Keys Ascent gives its own tasks: completing a pathway's task named so would act as the visit or escalation does.
    [InlineData("key: allocate-adviser", "key: funding-withdrawal-review", 8, "key 'funding-withdrawal-review' is kept for the tasks Ascent adds itself")]
    [InlineData("key: allocate-adviser", "key: visit-3", 8, "key 'visit-3' is kept for the tasks Ascent adds itself")]
    [InlineData("focus: Later visits", "focus: Later visits\nescalation:\n  insufficient_progress: closure-review\n  insufficient_progress_owner: Senior Improvement Adviser", 23,
        "insufficient_progress 'closure-review' is not one of: funding-withdrawal-review")]
    // An audit a stage asks for needs a name for tasks and pages.
    [InlineData("focus: First visits", "focus: First visits\n      audits: [sstew]", 20, "audit 'sstew' needs a name: list it under audits")]
    // The parser notices the unclosed bracket where the next key starts.
    [InlineData("name: Test pathway", "name: [Test pathway", 3, "not valid YAML")]
    public void BadInput_IsRefused_WithTheLineAndTheReason(string find, string replace, int line, string reason)
    {
        var yaml = Minimal.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, yaml);

        var error = Assert.Throws<DefinitionException>(() => PathwayLoader.Parse(yaml, "bad.yaml", Frameworks));

        Assert.Equal("bad.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    private static string WithAudits(string declared, string used) => Minimal
        .Replace("\nvisits:\n", "\naudits:\n" + declared + "visits:\n", StringComparison.Ordinal)
        .Replace("focus: First visits", "focus: First visits\n      audits: " + used, StringComparison.Ordinal);

    [Fact]
    public void Audits_AreNamed_ByTheFile()
    {
        var definition = PathwayLoader.Parse(
            WithAudits("  - { code: sstew, name: SSTEW audit }\n  - { code: ers, name: Environment rating audit }\n", "[sstew, ers]"), "test.yaml", Frameworks);

        Assert.Equal("SSTEW audit", definition.AuditName("sstew"));
        Assert.Equal("SSTEW audit and Environment rating audit", definition.AuditNames(definition.Visits.Stages[0]));
        Assert.Equal("", definition.AuditNames(definition.Visits.Stages[1]));
    }

    [Theory]
    [InlineData("  - { code: sstew }\n", "[sstew]", 15, "name is required")]
    [InlineData("  - { code: sstew, name: SSTEW audit }\n", "[sstew, ers]", 22, "audit 'ers' is not one of the audits listed: sstew")]
    [InlineData("  - { code: sstew, name: A }\n  - { code: sstew, name: B }\n", "[sstew]", 16, "audit code 'sstew' is used twice")]
    public void ABadAudit_IsRefused_WithTheLineAndTheReason(string declared, string used, int line, string reason)
    {
        var error = Assert.Throws<DefinitionException>(() => PathwayLoader.Parse(WithAudits(declared, used), "bad.yaml", Frameworks));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_NamesEveryAuditItsStagesAskFor(string fileName)
    {
        var definition = PathwayLoader.Parse(File.ReadAllText(Path.Combine(ShippedDirectory, fileName)), fileName, Frameworks);

        Assert.All(definition.Visits.Stages.SelectMany(s => s.Audits), code => Assert.NotEqual(code, definition.AuditName(code)));
    }

    /// Versions stored before audits had names, and uploads, may name the shipped files' audits by code alone.
    [Fact]
    public void AnotherVersion_MayUseTheShippedAudits_ByCode()
    {
        var library = PathwayLibrary.LoadFromDirectory(ShippedDirectory, Frameworks);

        var definition = library.Parse(Minimal.Replace("focus: First visits", "focus: First visits\n      audits: [sstew]", StringComparison.Ordinal), "stored.yaml");

        Assert.Equal("Sustained Shared Thinking and Emotional Well-being (SSTEW) audit", definition.AuditNames(definition.Visits.Stages[0]));
    }
}
