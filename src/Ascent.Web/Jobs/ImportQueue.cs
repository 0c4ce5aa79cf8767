using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Ascent.Web.Jobs;

/// Imports uploaded from the web wait here for RunImportsJob, one at a time (an import is CPU and I/O heavy,
/// and two at once would fight over the same rows). Progress is kept in memory for the run page to show.
public sealed class ImportQueue
{
    private readonly Channel<ImportRequest> _requests = Channel.CreateUnbounded<ImportRequest>();
    private readonly ConcurrentDictionary<long, (int Done, int Total)> _progress = new();

    public ValueTask EnqueueAsync(ImportRequest request, CancellationToken cancellationToken) => _requests.Writer.WriteAsync(request, cancellationToken);

    public IAsyncEnumerable<ImportRequest> ReadAllAsync(CancellationToken cancellationToken) => _requests.Reader.ReadAllAsync(cancellationToken);

    public void Report(long runId, int done, int total) => _progress[runId] = (done, total);

    public (int Done, int Total)? ProgressOf(long runId) => _progress.TryGetValue(runId, out var p) ? p : null;

    public void Forget(long runId) => _progress.TryRemove(runId, out _);
}

/// Files are the uploaded copies on disk with the names the person gave them.
public sealed record ImportRequest(long RunId, string Source, int? TenantId, string ActorName, IReadOnlyList<(string Name, string Path)> Files);
