using System.Diagnostics;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Pages.Charts;
using Ascent.Web.Services.Charts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Bench;

/// Where the charts page's CPU goes, measured in the bench's own process with Ascent's services (no HTTP, no Razor):
/// reading every series and computing the charts (the queries' client side included), the maths alone, and drawing
/// the SVGs. What the whole request costs beyond these is the page's HTML, sign-in and HTTP.
public static class ChartsProfile
{
    public sealed record Result(double ReadAndComputeMs, double MathsMs, double SvgMs, int Charts);

    public static async Task<Result> MeasureAsync(WebApplication app, int settingId, int iterations)
    {
        async Task<IReadOnlyList<SettingChart>> ReadAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
            return await scope.ServiceProvider.GetRequiredService<SettingCharts>().ForSettingAsync(settingId, CancellationToken.None);
        }

        var charts = await ReadAsync();
        var readAndCompute = await CpuMsAsync(iterations, async () => await ReadAsync());
        var maths = await CpuMsAsync(iterations, () =>
        {
            foreach (var chart in charts)
                ChartSummary.Describe(ChartCalculator.Calculate(chart.Chart.Series, chart.Chart.Options));
            return Task.CompletedTask;
        });
        var svg = await CpuMsAsync(iterations, () =>
        {
            for (var i = 0; i < charts.Count; i++)
                ChartSvg.Draw(charts[i], $"chart-{i + 1}");
            return Task.CompletedTask;
        });
        return new Result(readAndCompute, maths, svg, charts.Count);
    }

    /// The process's CPU per iteration: nothing else runs in the bench's process meanwhile (the host is built, not
    /// started, so no background service runs). As many unmeasured iterations first and a pause, so the JIT's
    /// optimised code (tiered compilation recompiles hot methods in the background) is what is timed, not the JIT.
    private static async Task<double> CpuMsAsync(int iterations, Func<Task> work)
    {
        for (var i = 0; i < iterations; i++)
            await work();
        await Task.Delay(TimeSpan.FromSeconds(2));
        for (var i = 0; i < 30; i++)
            await work();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
            await work();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / iterations;
    }
}
