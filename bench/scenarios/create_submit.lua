-- Scenario 7: a sending company drafts an application for one of its people (201), then submits it (200).
-- BENCH_POOL is a CSV of pooled companies (company id, first person, second person), BENCH_TOKENS their users'
-- tokens, line by line. Each thread owns every n-th company, so threads never share a person. A person may hold
-- several applications in the call as long as the stays do not overlap, so the k-th draft of a person plans the
-- k-th stay of a back-to-back series; BENCH_ROUND_OFFSET moves the series of a later run (the measured one after
-- the warm-up) past the earlier one's.
package.path = os.getenv("BENCH_SCENARIOS") .. "/?.lua;" .. package.path
local common = require("common")

local STAY_DAYS = 40   -- within the call's 1 to 2 months
local SPACING_DAYS = 42
local slots = {}       -- { token, participant, round }
local next_slot = 0
local token_of = {}    -- company id -> token, to submit with the token of the company that drafted
local to_submit = {}   -- application ids and the token to submit them with
local round_offset = tonumber(os.getenv("BENCH_ROUND_OFFSET") or "0")
local thread_count = tonumber(os.getenv("BENCH_THREADS"))

function init(args)
  local pool = common.lines(os.getenv("BENCH_POOL"))
  local tokens = common.lines(os.getenv("BENCH_TOKENS"))
  for i, line in ipairs(pool) do
    if (i - 1) % thread_count == thread_index then
      local company, first, second = string.match(line, "([^,]+),([^,]+),([^,]+)")
      token_of[company] = tokens[i]
      slots[#slots + 1] = { token = tokens[i], participant = first, round = 0 }
      slots[#slots + 1] = { token = tokens[i], participant = second, round = 0 }
    end
  end
  assert(#slots > 0, "no pooled company for thread " .. thread_index)
end

local function day(offset_days)
  return os.date("!%Y-%m-%d", os.time() + offset_days * 86400)
end

local function draft()
  next_slot = next_slot % #slots + 1
  local slot = slots[next_slot]
  local start = 14 + (round_offset + slot.round) * SPACING_DAYS
  slot.round = slot.round + 1
  local body = string.format('{"participantId":"%s","collaborationType":"MARKET_RESEARCH","learningProject":'
    .. '{"objectivesForSender":["Learn how the host exports"],"objectivesForHost":["Meet a partner"],'
    .. '"expectedOutcomes":"A joint offer.","activityPlan":"Six weeks in production and sales.",'
    .. '"stay":[{"startsOn":"%s","endsOn":"%s"}]}}', slot.participant, day(start), day(start + STAY_DAYS - 1))
  return wrk.format("POST", "/api/v1/mobility-applications",
    { ["Authorization"] = "Bearer " .. slot.token, ["Content-Type"] = "application/json" }, body)
end

function request()
  local pending = table.remove(to_submit)
  if pending then
    return wrk.format("POST", "/api/v1/mobility-applications/" .. pending.id .. "/submit",
      { ["Authorization"] = "Bearer " .. pending.token, ["Content-Type"] = "application/json" }, "{}")
  end
  return draft()
end

function response(status, headers, body)
  if not common.count(status, body) then return end
  if status == 201 then
    local id = string.match(body, '"id":"([^"]+)"')
    local company = string.match(body, '"sendingSmeId":"([^"]+)"')
    to_submit[#to_submit + 1] = { id = id, token = token_of[company] }
  else
    pairs_done = pairs_done + 1
  end
end
