-- wrk script for the directory load run: with a file argument, requests the search paths in it
-- round-robin (each thread starts at a different line); without, requests the URL given to wrk.
-- Prints p50/p95/p99 and the share of non-2xx answers.
local paths = {}
local counter = 0
local thread_offset = 0
local threads = {}

function setup(thread)
  thread:set("thread_offset", #threads * 997)
  table.insert(threads, thread)
end

function init(args)
  if args[1] then
    for line in io.lines(args[1]) do
      table.insert(paths, line)
    end
  end
end

function request()
  if #paths == 0 then
    return wrk.format("GET")
  end
  counter = counter + 1
  return wrk.format("GET", paths[((counter + thread_offset) % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests %d in %.1f s (%.0f/s), errors %d\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6), errors))
  io.write(string.format("latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
