namespace Ascent.Bench;

/// Where things are: the repository (found by walking up to Ascent.slnx) and Ofsted's 15 CSV segments,
/// which live in shared/ beside the repository (as in CI) unless --data names another folder.
public static class RegisterFiles
{
    public const string DataSet = "ofsted-childcare-providers-2021-08-31";
    public const int Rows = 70_980;

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ascent.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"Ascent.slnx not found above {AppContext.BaseDirectory}.");
    }

    public static IReadOnlyList<string> Find(string? dataDirectory)
    {
        var folder = dataDirectory ?? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", DataSet));
        var files = Enumerable.Range(1, 15).Select(i => Path.Combine(folder, $"segment-{i}.csv")).ToList();
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"Register files not found: {string.Join(", ", missing)}. Pass --data FOLDER.");
        return files;
    }
}
