-- wrk script for scripts/bench/feedback.mjs: each request is the multipart POST the reader
-- script sends for the feedback form, with its own form key, message and client address.
-- Arguments: route, file with the form's fixed fields, marker, boundary, address base.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  route, marker, boundary = args[1], args[3], args[4]
  local file = io.open(args[2], "r")
  fixed = file:read("*a")
  file:close()
  base = tonumber(args[5])
  sent, accepted, other = 0, 0, 0
  math.randomseed(os.time() + id * 7919)
end

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and math.random(0, 15) or math.random(8, 11))
  end))
end

function request()
  sent = sent + 1
  local address = (base + id * 1000000 + sent) % 16777216
  local headers = {
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Accept"] = "application/json",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(address / 65536), math.floor(address / 256) % 256, address % 256),
  }
  local message = marker .. " message " .. id .. "-" .. sent .. " from a bench reader, long enough."
  local body = fixed .. part("idempotencyKey", uuid()) .. part("message", message) .. "--" .. boundary .. "--\r\n"
  return wrk.format("POST", route, headers, body)
end

function response(status, headers, body)
  if string.find(body, "\"status\":\"thanks\"", 1, true) then accepted = accepted + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local sentAll, acceptedAll, otherAll = 0, 0, 0
  for _, thread in ipairs(threads) do
    sentAll = sentAll + thread:get("sent")
    acceptedAll = acceptedAll + thread:get("accepted")
    otherAll = otherAll + thread:get("other")
  end
  io.write(string.format('{"sent":%d,"accepted":%d,"other":%d,"p50":%.2f,"p99":%.2f,"seconds":%.3f}\n',
    sentAll, acceptedAll, otherAll, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.duration / 1e6))
end
