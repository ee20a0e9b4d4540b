-- Scenario 9: the paying facilitator creates the pre-financing of mobilities under way, each with a fresh
-- Idempotency-Key, and repeats one request in five (an earlier key with the same body, whose answer already came):
-- the repeat must answer 201 with Idempotent-Replayed: true and the same payment. BENCH_IDS: the mobilities (each
-- thread owns every n-th, each asked once with a fresh key); BENCH_TOKENS: the facilitator's token.
package.path = os.getenv("BENCH_SCENARIOS") .. "/?.lua;" .. package.path
local common = require("common")

local REPEAT_EVERY = 5
local next_application, token
local payment_of = {} -- application id -> the payment its first request created
local answered = {}   -- application ids whose first request was answered: the ones a repeat may ask again
local sent = 0

function init(args)
  math.randomseed(os.time() + 7919 * thread_index)
  next_application = common.owned(common.lines(os.getenv("BENCH_IDS")))
  token = common.lines(os.getenv("BENCH_TOKENS"))[1]
end

local function create(application)
  -- The key is the mobility's own: fresh for its first request, the same for a repeat, unique across runs.
  return wrk.format("POST", "/api/v1/payments",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = "bench-" .. application },
    '{"applicationId":"' .. application .. '","instalment":"PRE_FINANCING"}')
end

function request()
  sent = sent + 1
  if sent % REPEAT_EVERY == 0 and #answered > 0 then
    return create(answered[math.random(#answered)])
  end
  local application = next_application()
  if application == nil then
    if exhausted == 0 then
      exhausted = 1
      wrk.thread:stop()
    end
    if #answered > 0 then return create(answered[math.random(#answered)]) end
    return create("00000000-0000-4000-8000-000000000000")
  end
  return create(application)
end

function response(status, headers, body)
  if status ~= 201 then
    common.unexpected(status .. " " .. string.sub(body or "", 1, 300))
    return
  end
  local id = string.match(body, '"id":"([^"]+)"')
  local application = string.match(body, '"applicationId":"([^"]+)"')
  local repeated = common.header(headers, "Idempotent-Replayed")
  if repeated == "false" and payment_of[application] == nil then
    created = created + 1
    payment_of[application] = id
    answered[#answered + 1] = application
  elseif repeated == "true" and payment_of[application] == id then
    replayed = replayed + 1
  else
    common.unexpected("201 with Idempotent-Replayed: " .. tostring(repeated) .. " for mobility "
      .. tostring(application) .. ", payment " .. tostring(id) .. " (first: " .. tostring(payment_of[application]) .. ")")
  end
end
