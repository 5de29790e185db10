-- wrk script for the bare framework app (../shared/bench/bare-micronaut): one authenticated JSON INSERT per request.
-- Needs TOKEN: the bearer token from its POST /login.
local token = os.getenv("TOKEN")

request = function()
  return wrk.format("POST", "/worklogs",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
    '{"workerId":1,"minutes":480,"rateCents":1500}')
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("writes/s %.1f  p50 %.1f ms  p99 %.1f ms  non-2xx-or-errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
