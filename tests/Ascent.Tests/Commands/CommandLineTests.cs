using Ascent.Web.Commands;

namespace Ascent.Tests.Commands;

public sealed class CommandLineTests
{
    /// A command listed without a method to run it would pass the check and then start the web server instead.
    [Fact]
    public void EveryCommandButHelp_SaysWhatRunsIt()
    {
        Assert.Equal(["create-admin", "export", "import", "report"], CommandLine.Commands.Where(c => c.Run is not null).Select(c => c.Name).Order());
        Assert.Null(CommandLine.Find("help")!.Run);
    }

    [Theory]
    [InlineData("improt", "ofsted", "file.csv")]
    [InlineData("reprot", "something")]
    [InlineData("serve")]
    public void AnUnknownCommand_ExitsWithTwo_AndListsTheCommands_OnStandardError(params string[] args)
    {
        var (code, output, error) = Answer(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"Unknown command '{args[0]}'.", error, StringComparison.Ordinal);
        foreach (var command in CommandLine.Commands)
            Assert.Contains($"  {command.Name} ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("improt", "import")]
    [InlineData("imprt", "import")]
    [InlineData("exprot", "export")]
    [InlineData("create-amdin", "create-admin")]
    [InlineData("createadmin", "create-admin")]
    [InlineData("hlep", "help")]
    public void AMistypedCommand_SuggestsTheOneMeant(string typed, string meant)
    {
        var (_, _, error) = Answer([typed, "ofsted"]);

        Assert.StartsWith($"Unknown command '{typed}'. Did you mean '{meant}'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordLikeNoCommand_SuggestsNothing()
    {
        var (code, _, error) = Answer(["migrate-database"]);

        Assert.Equal(2, code);
        Assert.StartsWith("Unknown command 'migrate-database'." + Environment.NewLine, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_ListsEveryCommand_WithItsDescription_AndItsOptions(string help)
    {
        var (code, output, error) = Answer([help]);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(["import", "export", "report", "create-admin", "help"], CommandLine.Commands.Select(c => c.Name));
        foreach (var command in CommandLine.Commands)
        {
            Assert.Contains($"  {command.Name}", output, StringComparison.Ordinal);
            Assert.Contains(command.Summary, output, StringComparison.Ordinal);
            foreach (var (option, _) in command.Options)
                Assert.Contains(option, output, StringComparison.Ordinal);
        }

        Assert.Contains("--confirm-leavers N", output, StringComparison.Ordinal);
        Assert.Contains("--standing STANDING", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "--help")]
    [InlineData("import", "ofsted", "--help")]
    [InlineData("help", "import")]
    public void ImportHelp_ShowsItsUsage_AndEachOption(params string[] args)
    {
        var (code, output, error) = Answer(args);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("import: Import a regulator's published register files, licensed indicator texts, past audits or settings' own measures into Ascent.", output, StringComparison.Ordinal);
        Assert.Contains(ImportCommand.Usage, output, StringComparison.Ordinal);
        foreach (var option in new[] { "--la \"LOCAL AUTHORITY\"", "--dry-run", "--confirm-leavers N" })
            Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains("ofsted: Ofsted", output, StringComparison.Ordinal);
        Assert.DoesNotContain("export", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EachCommandsHelp_ShowsItsOwnUsage()
    {
        Assert.Contains(ExportCommand.Usage, Answer(["export", "--help"]).Output, StringComparison.Ordinal);
        Assert.Contains(ExportCommand.CasesUsage, Answer(["export", "cases", "--help"]).Output, StringComparison.Ordinal);
        Assert.Contains(CreateAdminCommand.Usage, Answer(["create-admin", "-h"]).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpForAnUnknownCommand_IsAnUnknownCommand()
    {
        var (code, _, error) = Answer(["help", "exprt"]);

        Assert.Equal(2, code);
        Assert.StartsWith("Unknown command 'exprt'. Did you mean 'export'?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5099")]
    [InlineData("--urls=http://localhost:5099", "--environment", "Development")]
    [InlineData("--Ascent:DemoMode", "true")]
    public void NoArguments_OrOnlyAspNetOptions_StartTheWebServer(params string[] args)
    {
        var (code, output, error) = Answer(args);

        Assert.Null(code);
        Assert.Null(CommandLine.CommandIn(args));
        Assert.Equal("", output + error);
    }

    [Theory]
    [InlineData("import", "ofsted", "file.csv")]
    [InlineData("export", "settings", "--output", "out.csv")]
    [InlineData("create-admin", "admin@example.org", "Ada Admin")]
    public void AKnownCommand_IsLeftToRun(params string[] args)
    {
        var (code, output, error) = Answer(args);

        Assert.Null(code);
        Assert.Equal(args[0], CommandLine.CommandIn(args)?.Name);
        Assert.Equal("", output + error);
    }

    [Fact]
    public void AWordAfterAspNetOptions_IsNotPassedToTheServer()
    {
        var (code, _, error) = Answer(["--urls", "http://localhost:5099", "improt"]);

        Assert.Equal(2, code);
        Assert.StartsWith("Unknown command 'improt'. Did you mean 'import'?", error, StringComparison.Ordinal);
    }

    private static (int? Code, string Output, string Error) Answer(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.TryAnswer(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
