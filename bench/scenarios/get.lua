-- A GET scenario. BENCH_PATH is the path, or the prefix an id is appended to when BENCH_IDS names a file of ids;
-- BENCH_TOKENS names a file of JWTs (one drawn per request); without it the request carries no token (health).
package.path = os.getenv("BENCH_SCENARIOS") .. "/?.lua;" .. package.path
local common = require("common")

local path = os.getenv("BENCH_PATH")
local ids, tokens

function init(args)
  math.randomseed(os.time() + 7919 * thread_index)
  local ids_file, tokens_file = common.env("BENCH_IDS"), common.env("BENCH_TOKENS")
  if ids_file then ids = common.lines(ids_file) end
  if tokens_file then tokens = common.lines(tokens_file) end
end

function request()
  local headers = {}
  if tokens then headers["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] end
  local target = path
  if ids then target = path .. ids[math.random(#ids)] end
  return wrk.format("GET", target, headers)
end

function response(status, headers, body)
  common.count(status, body)
end
