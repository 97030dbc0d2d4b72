-- wrk reporting script: prints requests/s and the latency percentiles p50, p95, p99 (milliseconds)
-- and any non-2xx answers, so that runs can be compared line by line.
-- Usage: wrk -t2 -c16 -d20s -s benchmarks/load/percentiles.lua http://127.0.0.1:5137/pk/ID
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests %d in %.1f s: %.0f req/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; errors %d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors))
end
