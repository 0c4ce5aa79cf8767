using System.Diagnostics;
using System.Net;

namespace Ascent.Bench;

/// One person asking for a page, one request after another: what a user waits for, which is what a p95 target means.
/// wrk's 20 connections on a 2-core machine measure queueing as much as the page (twenty requests share two cores).
public sealed record SequentialResult(double P50Ms, double P95Ms, double P99Ms, double PerSecond, int Requests, double CpuMsPerRequest);

public static class OneAtATime
{
    /// warmUp unmeasured requests (so JIT compilation stays out of the figures), then requests timed one by one, with
    /// the server's CPU over them.
    public static async Task<SequentialResult> RunAsync(Uri baseAddress, string cookie, string path, int warmUp, int requests, Func<TimeSpan> serverCpu)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        for (var i = 0; i < warmUp; i++)
            await GetAsync(client, cookie, path);
        var times = new List<double>(requests);
        var cpu = serverCpu();
        for (var i = 0; i < requests; i++)
            times.Add(await GetAsync(client, cookie, path));
        var cpuPerRequest = (serverCpu() - cpu).TotalMilliseconds / requests;
        times.Sort();
        return new SequentialResult(Percentile(times, 0.5), Percentile(times, 0.95), Percentile(times, 0.99), 1000 / times.Average(), requests, cpuPerRequest);
    }

    private static async Task<double> GetAsync(HttpClient client, string cookie, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        return response.StatusCode == HttpStatusCode.OK ? watch.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
    }

    // Nearest rank, as wrk's own percentiles are.
    private static double Percentile(List<double> sorted, double share) => sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
