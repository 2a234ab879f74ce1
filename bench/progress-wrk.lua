-- wrk script of progress-ingest.bench.ts: each wrk thread owns every Nth learner of the sessions file and rotates
-- through them, so one learner is never updated by two requests at once (one learner, one tab); each update plays the
-- next 10 s of the video with a new clientSeq. Arguments (after `--`): sessions file (token,csrf per line), course id,
-- lesson key, endpoint (progress | session | health), first clientSeq, number of threads.
local threadCount = 0

function setup(thread)
  thread:set("tid", threadCount)
  threadCount = threadCount + 1
end

function init(args)
  courseId, lessonKey, endpoint = args[2], args[3], args[4]
  local seqBase, threads = tonumber(args[5]), tonumber(args[6])
  mine = {}
  local j = 0
  for line in io.lines(args[1]) do
    if j % threads == tid then
      local token, csrf = line:match("([^,]+),([^,]+)")
      table.insert(mine, { cookie = "ksh_session=" .. token .. "; ksh_csrf=" .. csrf, csrf = csrf, seq = seqBase, pos = 0 })
    end
    j = j + 1
  end
  k = 0
end

function request()
  if endpoint == "health" then
    return wrk.format("GET", "/api/health")
  end
  k = k + 1
  local s = mine[(k % #mine) + 1]
  if endpoint == "session" then
    return wrk.format("GET", "/api/auth/session", { ["Cookie"] = s.cookie })
  end
  s.seq = s.seq + 1
  local from = s.pos
  s.pos = (s.pos + 10) % 3600
  local body = string.format(
    '{"updates":[{"lessonKey":"%s","clientSeq":%d,"timeSpentSeconds":10,"language":"en","video":{"watchedRanges":[[%d,%d]],"positionSeconds":%d}}]}',
    lessonKey, s.seq, from, from + 10, from + 10)
  return wrk.format("POST", "/api/courses/" .. courseId .. "/progress",
    { ["Content-Type"] = "application/json", ["Cookie"] = s.cookie, ["X-Csrf-Token"] = s.csrf }, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests":%d,"durationUs":%d,"socketErrors":%d,"statusErrors":%d,"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
