using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Tests.Domain.Frameworks;

public sealed class FrameworkRegistryTests
{
    [Fact]
    public void LoadFromDirectory_WhenANewFileIsDropped_PicksItUp()
    {
        using var folder = new TempFrameworkFolder();
        foreach (var shipped in Directory.GetFiles(FrameworkFiles.ShippedDirectory, "*.yaml"))
            File.Copy(shipped, Path.Combine(folder.Path, Path.GetFileName(shipped)));
        folder.Write("test-framework.yaml", FrameworkFiles.Minimal);

        var registry = FrameworkRegistry.LoadFromDirectory(folder.Path);

        Assert.Equal("Care", registry.Get("test-framework").Area("care").Name);
        Assert.Equal("test-framework", registry.ForInspectionDate("Test regulator", new DateOnly(2020, 6, 1))?.Code);
        Assert.Equal("ofsted-eif-2019", registry.ForInspectionDate("ofsted", new DateOnly(2020, 6, 1))?.Code);
    }

    [Fact]
    public void LoadFromDirectory_WhenAFileIsInvalid_NamesTheFile()
    {
        using var folder = new TempFrameworkFolder();
        folder.Write("a-good.yaml", FrameworkFiles.Minimal);
        var broken = folder.Write("b-broken.yaml", FrameworkFiles.Minimal.Replace("test-framework", "other", StringComparison.Ordinal).Replace("    scale: grade\n", "", StringComparison.Ordinal));

        var error = Assert.Throws<DefinitionException>(() => FrameworkRegistry.LoadFromDirectory(folder.Path));

        Assert.Equal(broken, error.File);
        Assert.Contains("b-broken.yaml, line 17, column 11: area 'overall' needs a scale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectory_WhenTwoFilesShareACode_ReportsTheSecond()
    {
        using var folder = new TempFrameworkFolder();
        folder.Write("a.yaml", FrameworkFiles.Minimal);
        var second = folder.Write("b.yaml", FrameworkFiles.Minimal.Replace("valid_from: 2020-01-01\nvalid_to: 2020-12-31\n", "select_by_date: false\n", StringComparison.Ordinal));

        var error = Assert.Throws<DefinitionException>(() => FrameworkRegistry.LoadFromDirectory(folder.Path));

        Assert.Equal(second, error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("framework code 'test-framework' is already used by", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectory_WhenDatesOverlapForOneRegulator_ReportsTheClash()
    {
        using var folder = new TempFrameworkFolder();
        folder.Write("a.yaml", FrameworkFiles.Minimal);
        var second = folder.Write("b.yaml", FrameworkFiles.Minimal
            .Replace("test-framework", "test-framework-2", StringComparison.Ordinal)
            .Replace("valid_from: 2020-01-01", "valid_from: 2020-12-31", StringComparison.Ordinal)
            .Replace("valid_to: 2020-12-31", "valid_to: 2021-12-31", StringComparison.Ordinal));

        var error = Assert.Throws<DefinitionException>(() => FrameworkRegistry.LoadFromDirectory(folder.Path));

        Assert.Equal(second, error.File);
        Assert.Equal(6, error.Line);
        Assert.Contains("overlap those of 'test-framework'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectory_WhenFolderHasNoDefinitions_Throws()
    {
        using var folder = new TempFrameworkFolder();

        Assert.Throws<InvalidOperationException>(() => FrameworkRegistry.LoadFromDirectory(folder.Path));
    }
}
