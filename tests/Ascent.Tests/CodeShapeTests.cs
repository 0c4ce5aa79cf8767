namespace Ascent.Tests;

/// The shape of the code, read from the files themselves (no host, no database): small files, and one name per area
/// in every tree (see docs/development.md).
public sealed class CodeShapeTests
{
    private const int MaxLines = 300;

    /// Folders under src/Ascent.Web/Services/ whose area has no folder under src/Ascent.Web/Pages/, each one word.
    /// None today; an area whose services no page shows (work only a job or the command line does) is named here.
    private static readonly string[] ServiceAreasWithoutPages = [];

    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void EveryCodeFile_OutsideTheMigrations_IsAtMost300Lines()
    {
        var files = CodeFiles().ToList();
        Assert.True(files.Count > 100, $"Found only {files.Count} .cs and .cshtml files under {Root}: is it the repository?");

        var tooLong = files
            .Select(path => (Path: Relative(path), Lines: File.ReadLines(path).Count()))
            .Where(f => f.Lines > MaxLines)
            .OrderByDescending(f => f.Lines)
            .Select(f => $"{f.Path} ({f.Lines} lines)")
            .ToList();

        Assert.True(tooLong.Count == 0, $"{tooLong.Count} files are over {MaxLines} lines; split them by what they do:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void EveryServicesArea_HasAPagesFolderOfTheSameName_OrIsANamedException()
    {
        var services = Folders("src/Ascent.Web/Services");
        var pages = Folders("src/Ascent.Web/Pages");
        Assert.NotEmpty(services);

        var unmatched = services.Except(pages, StringComparer.Ordinal).Except(ServiceAreasWithoutPages, StringComparer.Ordinal).ToList();
        // An exception outlives its reason when its folder is renamed, removed or gets its pages.
        var stale = ServiceAreasWithoutPages.Where(a => !services.Contains(a) || pages.Contains(a)).ToList();

        Assert.True(unmatched.Count == 0,
            "Each area has one name in every tree: Services/<Area>/ goes with Pages/<Area>/. No Pages folder for: " + string.Join(", ", unmatched));
        Assert.True(stale.Count == 0, "Exceptions to remove from ServiceAreasWithoutPages: " + string.Join(", ", stale));
    }

    private static IEnumerable<string> CodeFiles() =>
        new[] { "src", "tests" }
            .Select(top => Path.Combine(Root, top))
            .SelectMany(top => Directory.EnumerateFiles(top, "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !IsUnder(path, "bin") && !IsUnder(path, "obj") && !IsMigration(path));

    /// Data/Migrations is the one place allowed to grow: each migration's designer file is a copy of the whole model.
    private static bool IsMigration(string path) =>
        Relative(path).Contains("/Data/Migrations/", StringComparison.Ordinal);

    private static bool IsUnder(string path, string folder) =>
        Relative(path).Split('/').Contains(folder, StringComparer.Ordinal);

    private static HashSet<string> Folders(string relative) =>
        [.. Directory.EnumerateDirectories(Path.Combine(Root, relative)).Select(Path.GetFileName).OfType<string>()];

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ascent.slnx")))
                return directory.FullName;
        }

        throw new DirectoryNotFoundException($"No repository root (Ascent.slnx) above {AppContext.BaseDirectory}.");
    }
}
