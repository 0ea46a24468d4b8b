-- wrk script: INCREASE allocations by 1 cent. LINES=1 hits one hot line; LINES=100 spreads the
-- load over 100 lines. Reads lines.txt ("<lineId> <measureId>" per line) written by run.sh.
local token = os.getenv("TOKEN")
local pairs_ = {}
for l in io.lines(os.getenv("LINES_FILE")) do
  local line, measure = l:match("(%S+) (%S+)")
  table.insert(pairs_, {line, measure})
end
local count = tonumber(os.getenv("LINES") or "100")
-- KEYED=1 sends a fresh Idempotency-Key with every request, as a careful client does
-- (unique per run, wrk thread and request).
local keyed = os.getenv("KEYED") == "1"
local sent = 0
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end
local run = os.time()

request = function()
  local p = pairs_[math.random(1, count)]
  local body = '{"kind":"INCREASE","measureId":"' .. p[2] .. '","amountCents":1,"reason":"benchmark"}'
  local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
  if keyed then
    sent = sent + 1
    headers["Idempotency-Key"] = run .. "-" .. thread_id .. "-" .. sent
  end
  return wrk.format("POST", "/api/budget/v1/budget-lines/" .. p[1] .. "/ledger-entries", headers, body)
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, requests %d, non-2xx/3xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
