using System.Globalization;
using Ascent.Web.Services.Cases;
using Ascent.Web.Services.Imports;

namespace Ascent.Web.Commands;

/// `import … --dry-run`: what the import would do, printed, with nothing written.
internal static class ImportPreviewOutput
{
    private const int Listed = 20;

    public static async Task<int> PrintAsync(RegisterImporter importer, IServiceProvider services, RegisterBatch batch, int? tenantId)
    {
        ImportPlan plan;
        try
        {
            plan = await importer.PreviewAsync(batch, tenantId, services.GetRequiredService<PathwayEngine>());
        }
        catch (ImportException error)
        {
            await Console.Error.WriteLineAsync($"{Environment.NewLine}This file cannot be imported: {error.Message}");
            return 1;
        }

        Console.Error.WriteLine();
        Console.WriteLine("Dry run: nothing was written.");
        if (plan.OtherLocalAuthorities > 0)
            Line($"{plan.OtherLocalAuthorities:N0} rows of other local authorities would be skipped.");
        if (plan.IsBaseline)
            Console.WriteLine("A baseline import: no change events for the settings it adds.");
        foreach (var (kind, count) in plan.EventsByKind.OrderBy(e => e.Key, StringComparer.Ordinal))
            Line($"Change events, {kind}: {count:N0}");
        List("Support cases that would open", plan.CasesOpening);
        List("Support cases that would close", plan.CasesClosing);
        foreach (var rejected in plan.Rejected.Take(Listed))
            Console.WriteLine($"Rejected {rejected.FileName} line {rejected.LineNumber}: {rejected.Reason}");
        if (plan.Rejected.Count > Listed)
            Line($"… and {plan.Rejected.Count - Listed:N0} more rejected rows.");
        Console.WriteLine(plan.Summary);
        if (plan.Leavers.NeedsConfirmation)
        {
            Console.WriteLine(plan.Leavers.Warning);
            Line($"To import it, run the same command without --dry-run and with --confirm-leavers {plan.Leavers.Leaving}.");
        }

        return 0;
    }

    private static void List(string heading, IReadOnlyList<string> items)
    {
        Line($"{heading}: {items.Count:N0}");
        foreach (var item in items.Take(Listed))
            Console.WriteLine("  " + item);
        if (items.Count > Listed)
            Line($"  … and {items.Count - Listed:N0} more.");
    }

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
