using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Charts;

namespace Ascent.Web.Commands;

/// `import measures FILE`: settings' own measure values from a CSV (URN, Measure, Date, Value, and optionally
/// Numerator, Denominator, Chart, Baseline points, Exclude, Phase), all or nothing, with system rights. Every line
/// that cannot be used is printed with its number and reason, and then nothing is imported.
public static class ImportMeasuresCommand
{
    public const string Usage = "Usage: import measures FILE";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 3)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var path = args[2];
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"File not found: {path}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line import");
        var import = scope.ServiceProvider.GetRequiredService<MeasureImport>();
        MeasureImportResult result;
        await using (var file = File.OpenRead(path))
        {
            var (rows, problems) = MeasureFile.Read(file);
            result = await import.ImportAsync(rows, problems, null, CancellationToken.None);
        }

        if (!result.Imported)
        {
            foreach (var problem in result.Problems)
                await Console.Error.WriteLineAsync($"Line {problem.LineNumber}: {problem.Reason}");
            await Console.Error.WriteLineAsync($"Nothing was imported: {result.Problems.Count} {(result.Problems.Count == 1 ? "line" : "lines")} of {Path.GetFileName(path)} cannot be used.");
            return 1;
        }

        Console.WriteLine($"{result.Values:N0} values of {result.Measures:N0} {(result.Measures == 1 ? "measure" : "measures")} imported from {Path.GetFileName(path)}.");
        return 0;
    }
}
