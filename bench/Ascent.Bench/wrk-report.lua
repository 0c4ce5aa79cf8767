-- Prints one line for the bench to read. wrk's own --latency table has p50/p75/p90/p99 but no p95.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "ascent-bench requests=%d duration_us=%d p50_us=%.0f p95_us=%.0f p99_us=%.0f non2xx3xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
