-- wrk script for benchmarks/load.py: optional POST body from a file, and a one-line JSON summary.
-- NARCOKG_WRK_BODY=FILE NARCOKG_WRK_TYPE=MEDIA wrk -s load.lua URL  (without them: GET)
-- Top-level code runs in every thread before wrk builds its one static request.
local body_file = os.getenv("NARCOKG_WRK_BODY")
if body_file and body_file ~= "" then
  local handle = assert(io.open(body_file, "rb"))
  wrk.body = handle:read("*a")
  handle:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = os.getenv("NARCOKG_WRK_TYPE")
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.mean))
end
