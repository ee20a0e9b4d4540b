-- Shared by the scenarios: reads the run's input files, counts the answers that are not 2xx, and prints one result
-- line that bench/run parses. wrk runs the script in one Lua state per thread plus the main one: setup and done run
-- in the main state, init/request/response in each thread's, so counters live in the threads and done adds them up.
local common = {}
local threads = {}

function common.env(name)
  local value = os.getenv(name)
  if value == "" then return nil end
  return value
end

function common.lines(path)
  local items = {}
  for line in io.lines(path) do
    if line ~= "" then items[#items + 1] = line end
  end
  assert(#items > 0, "no lines in " .. path)
  return items
end

-- wrk calls setup and then the thread's init before it creates the next thread: the number of threads comes from
-- bench/run (BENCH_THREADS), the thread's own index from here.
function setup(thread)
  thread:set("thread_index", #threads)
  threads[#threads + 1] = thread
end

non2xx = 0
pairs_done = 0
first_unexpected = nil
-- Counts of the money scenarios, per thread: outcomes that are 2xx or expected by design (see approve.lua, pay.lua),
-- and exhausted = 1 once a thread ran out of the seeded items it may use.
approved, refused, created, replayed, exhausted = 0, 0, 0, 0, 0
local COUNTERS = { "approved", "refused", "created", "replayed", "exhausted" }

-- Any status outside 2xx is a finding: the scenarios are built so that none is expected.
function common.count(status, body)
  if status < 200 or status > 299 then
    common.unexpected(status .. " " .. string.sub(body or "", 1, 300))
    return false
  end
  return true
end

-- An answer the scenario did not expect, whatever its status: counted with the non-2xx, and the first one is shown.
function common.unexpected(what)
  non2xx = non2xx + 1
  if first_unexpected == nil then
    first_unexpected = what
  end
end

-- The next of the items (ids) this thread owns: every n-th line of the file, so threads never share one, each used
-- once; nil when they are all used.
function common.owned(items)
  local mine = {}
  for i, item in ipairs(items) do
    if (i - 1) % tonumber(os.getenv("BENCH_THREADS")) == thread_index then mine[#mine + 1] = item end
  end
  local next_item = 0
  return function()
    next_item = next_item + 1
    return mine[next_item]
  end
end

-- A response header by name, whatever its case.
function common.header(headers, name)
  local wanted = string.lower(name)
  for key, value in pairs(headers) do
    if string.lower(key) == wanted then return value end
  end
  return nil
end

function done(summary, latency, requests)
  local unexpected, done_pairs, sample, totals = 0, 0, nil, {}
  for _, name in ipairs(COUNTERS) do totals[name] = 0 end
  for _, thread in ipairs(threads) do
    unexpected = unexpected + (thread:get("non2xx") or 0)
    done_pairs = done_pairs + (thread:get("pairs_done") or 0)
    for _, name in ipairs(COUNTERS) do totals[name] = totals[name] + (thread:get(name) or 0) end
    sample = sample or thread:get("first_unexpected")
  end
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d pairs=%d"
    .. " approved=%d refused=%d created=%d replayed=%d exhausted=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), unexpected,
    errors.connect + errors.read + errors.write + errors.timeout, done_pairs, totals.approved, totals.refused,
    totals.created, totals.replayed, totals.exhausted))
  if sample then
    io.write("UNEXPECTED " .. string.gsub(sample, "[\r\n]", " ") .. "\n")
  end
end

return common
