namespace Ascent.Tests.Domain.Frameworks;

internal static class FrameworkFiles
{
    /// The repository's frameworks/ folder, so the tests check the files that ship rather than a copy
    /// that may be stale in bin/.
    public static string ShippedDirectory { get; } = FindShippedDirectory();

    /// A small valid framework that tests break one line at a time.
    public const string Minimal = """
        code: test-framework
        name: Test framework
        regulator: Test regulator
        country: Nowhere
        version: "1"
        valid_from: 2020-01-01
        valid_to: 2020-12-31
        licence: Test data.
        headline_area: overall
        scales:
          - code: grade
            name: Grade
            values:
              - { code: good, label: Good, rank: 1 }
              - { code: poor, label: Poor, rank: 2 }
        areas:
          - code: overall
            name: Overall
            scale: grade
          - code: care
            name: Care
            scale: grade
            key_judgement: true
        """;

    private static string FindShippedDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var frameworks = Path.Combine(directory.FullName, "frameworks");
            if (File.Exists(Path.Combine(directory.FullName, "Ascent.slnx")) && Directory.Exists(frameworks))
                return frameworks;
        }

        throw new DirectoryNotFoundException($"No repository root with a frameworks/ folder above {AppContext.BaseDirectory}.");
    }
}

/// A throwaway folder of framework files, deleted after the test.
internal sealed class TempFrameworkFolder : IDisposable
{
    public TempFrameworkFolder() => Path = Directory.CreateTempSubdirectory("ascent-frameworks-").FullName;

    public string Path { get; }

    public string Write(string fileName, string yaml)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(file, yaml);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
