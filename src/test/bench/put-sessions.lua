-- wrk script: every request PUTs a new work session with a fresh random UUID, as phones do.
-- Needs WORKERS: space-separated "token,gig" pairs, one per worker; requests go round-robin over them.
local workers = {}
for pair in string.gmatch(os.getenv("WORKERS"), "%S+") do
  local token, gig = pair:match("([^,]+),([^,]+)")
  table.insert(workers, { token = token, gig = gig })
end
local counter = 0

local function uuid()
  local t = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (t:gsub("[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed + os.time())
end

request = function()
  counter = counter + 1
  local worker = workers[(counter % #workers) + 1]
  -- One slot of 500 s per request from 2025-01-02 on, so that sessions stay in the past (a future one is refused)
  -- for the first 120,000 requests of a run.
  local start = 1735776000 + (counter % 120000) * 500
  local body = string.format(
    '{"engagementId":"%s","startedAt":"%s","endedAt":"%s","timeZone":"America/Chicago","paidMinutes":90,' ..
    '"unpaidMinutes":{"WAITING_FOR_TASKS":30},"tasksDone":12,"tasksRejected":1,"exposure":"NONE","supportOffered":false}',
    worker.gig, os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", start + 7200))
  return wrk.format("PUT", "/api/sessions/" .. uuid(),
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. worker.token }, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("writes/s %.1f  p50 %.1f ms  p99 %.1f ms  non-2xx-or-errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
