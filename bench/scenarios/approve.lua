-- Scenario 8: the sending facilitator approves signed agreements, each application once, all against one budget line
-- (the hot row). BENCH_IDS: the applications (each thread owns every n-th); BENCH_TOKENS: the facilitator's token;
-- BENCH_LINE: the budget line. Once the line is full an approval answers 422 BUDGET_EXHAUSTED: expected by design,
-- counted as refused. Any other answer is a finding. A thread that used all its applications stops (exhausted=1).
package.path = os.getenv("BENCH_SCENARIOS") .. "/?.lua;" .. package.path
local common = require("common")

local next_application, token, line, filler

function init(args)
  next_application = common.owned(common.lines(os.getenv("BENCH_IDS")))
  token = common.lines(os.getenv("BENCH_TOKENS"))[1]
  line = os.getenv("BENCH_LINE")
  -- What a stopping thread sends while wrk winds it down: a read of the line, answered 200 and not counted.
  filler = wrk.format("GET", "/api/v1/budget-lines/" .. line, { ["Authorization"] = "Bearer " .. token })
end

function request()
  local id = next_application()
  if id == nil then
    if exhausted == 0 then
      exhausted = 1
      wrk.thread:stop()
    end
    return filler
  end
  return wrk.format("POST", "/api/v1/mobility-applications/" .. id .. "/approve",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    '{"budgetLineId":"' .. line .. '"}')
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"status":"APPROVED"', 1, true) then
    approved = approved + 1
  elseif status == 422 and string.find(body, '"BUDGET_EXHAUSTED"', 1, true) then
    refused = refused + 1
  elseif not (status == 200 and exhausted == 1) then
    common.unexpected(status .. " " .. string.sub(body or "", 1, 300))
  end
end
