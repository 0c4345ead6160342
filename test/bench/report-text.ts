// The hand-written part of BENCHMARKS.md: how each figure is measured (ingestion, dashboard and
// exports, the form, the response workspace), and what is known to limit a figure that misses
// its target (found by profiling; shown only when it is missed).
import type { Check } from './report'
import type { BenchSettings } from './settings'

export const METHODS = {
  ingest: (s: BenchSettings) =>
    `The real server (test/bench/bench-server.ts: \`boot()\` and \`createApp()\` exactly as server/main.ts, rate limit off with RATE_LIMIT_PER_MINUTE=0, SQLite file on the local disk with WAL and synchronous=FULL) also serves a bare Hono route, \`POST /bench/echo\`, that parses the JSON body and answers it, with no middleware. An SKM questionnaire of a demo program is published through the API by the admin and shared with one link that allows many answers. autocannon (as a library, in the benchmark process on the same machine) sends the same request bodies to both: the citizen form's JSON with one of 256 generated answer sets and a fresh idempotency key per request. After ${s.ingest.warmupSeconds} s of warm-up each, it runs ${s.ingest.connections} connections for ${s.ingest.seconds} s, alternating echo / submission for ${s.ingest.rounds} rounds. The ratio is submission req/s over echo req/s within a round, median over rounds; latencies are autocannon's percentiles, median over rounds. Every receipt answered 201 is collected from the replies and looked up in the SQLite file (opened read-only) after the server has stopped. Over each run the kernel's CPU time (user + system) of every server thread (/proc/<pid>/task) and of the benchmark process is read and divided by the run's requests (test/bench/cpu-time.ts).`,
  scales: (s: BenchSettings) =>
    `One SKM questionnaire of a demo program with four links grows to ${s.scales.map((x) => x.toLocaleString('en-US')).join(', then ')} responses. Responses are generated straight into the SQLite file with the server stopped (test/bench/data.ts): answers from a seeded generator (profile segments including kecamatan, the nine SKM elements around a mood), validated with \`validateAnswers\`, scored with \`scoreRespondent\` and stored with \`storeResponsesWithAggregates\` (the transaction that ingestion stores with, plus the sums), 20,000 per transaction, so the aggregates hold exactly the sums ingestion writes (ingestion writes them a little later: server/features/aggregates/write/deferred.ts); submission times are spread over the days of 2024 (busier on weekdays, growing through the year) and over the links 45/30/15/10 %. The server is then started on the file; the admin asks \`GET /api/programs/:id/analytics\` and \`GET /api/programs/:id/score\` unfiltered and filtered (\`from=${s.dashboardFilter.from}&to=${s.dashboardFilter.to}&segment.${s.dashboardFilter.segment.code}=${s.dashboardFilter.segment.value}\`), two warm-up requests and then ${s.dashboardRepeats} timed ones each, one at a time, timed to the last byte. Then \`GET /api/questionnaires/:id/responses.csv\` is downloaded once: wall time to the last byte, and the server process's peak RSS over the download (the kernel's VmHWM, reset just before through /proc/<pid>/clear_refs, and VmRSS sampled every 50 ms; the higher). The program also has its demo questionnaire (a few hundred responses).`,
  workspace: (s: BenchSettings) =>
    `On the same server and file, after the exports of section 2 and 3 at each size (test/bench/workspace.ts): the response table of the questionnaire, \`GET /api/questionnaires/:id/responses?limit=50\`, as its first page, as a deep page (\`after\` = the cursor of the response in the middle, newest first, its id read from the file), and as a first page filtered like the dashboard (\`from=${s.dashboardFilter.from}&to=${s.dashboardFilter.to}&segment.${s.dashboardFilter.segment.code}=${s.dashboardFilter.segment.value}\`), two warm-ups and ${s.dashboardRepeats} timed requests each. Then, ${s.dashboardRepeats} times after two warm-ups, one response of the first page is excluded (\`POST /api/responses/:id/exclusion\` with a reason) and restored (\`DELETE\`), each timed end to end through the API (the exclusion runs on the response writer's thread with the aggregate corrections in its transaction, and answers after the commit); after each, the questionnaire's analytics total and score n are read (untimed) and must have dropped by one and come back. Last, every response of the quietest link (10 % of them) is excluded at once (\`POST /api/questionnaires/:id/exclusions?link=ID\`) and restored (\`DELETE\`), timed and checked the same way. All one request at a time, as the admin.`,
  form: (s: BenchSettings) =>
    `The page \`/s/:slug\` of the ingestion server's link is fetched; every script and style sheet its HTML references is fetched and gzipped at level 9 (as the build's budget plugin counts). Then headless Chromium (playwright-core, /usr/bin/chromium) loads it ${s.formLoads} times, each in a fresh context with the cache off, with CDP \`Network.emulateNetworkConditions\` and \`Emulation.setCPUThrottlingRate\`; "usable" is \`performance.now()\` (from navigation start) at the first animation frame where the first question's input is visible (non-empty box, \`checkVisibility\`) and enabled. The figure is the median.`,
}

/** What was fixed while measuring (commits of issue 7), for the report's record. */
export const FIXES = [
  'Ingestion: aggregate delta rows built as object literals instead of spreads (Node 20 takes a slow path for `{ ...base, more }`): aggregateDeltas of one response from ~500 to ~45 us, submissions at 50 connections from ~1,150 to ~1,350 req/s (23a9067).',
  'Export: an index on responses (questionnaire_id, id). Each keyset page of the raw export sorted every response of the questionnaire, so 1,000,000 rows took 90-105 s; then 12-17 s (85b3357).',
  'Export: pages of 500 rows instead of 2,000. The page in flight was promoted to the old generation and the peak RSS of a 1,000,000-row export reached ~350 MB; now ~220 MB (8244d96).',
  'Export: CSV records written by hand instead of csv-stringify (~6 us a row of option handling); byte-identical output, checked by a property test; 1,000,000 rows from 16.5-17 s to 7.5-9 s (25ce874).',
  'Dashboard filtered: segment filters read every response of the period (a quarter and one kecamatan at 1,000,000: analytics 704 ms, score 1,702 ms at p95). One segment value is now read from aggregates kept per segment value, link and day (migration 007): 36 ms and 22 ms at p95 in the run that followed (2d8e40a).',
  "Ingestion: the body limit read `c.req.raw.body`, which turns node-server's request into a web-stream Request and loses its direct read of the socket; a declared Content-Length is now judged from the header. With storage skipped (an experiment, not in the product) submissions went from ~2,400 to ~3,550 req/s (e0d587f).",
  'Ingestion: aggregates deferred. Each group-commit batch ran ~28 aggregate upserts per response; now a response commits with a row in agg_pending, its sums gather in memory and are written every 200 ms (or before any read) in one transaction that also clears those rows; start-up aggregates what a crash left pending (migration 009). Profiling runs at 50 connections: ~890 -> ~1,510 req/s (dfdf304).',
  'Ingestion: receipts and device tokens from a pooled CSPRNG buffer instead of a randomBytes call each; the aggregate accumulator without a closure per key, 44 -> 31 us per response in a microbenchmark (b9076e2).',
  'Ingestion: the writes moved to a worker thread with its own connection (one batch in flight, the next gathering meanwhile), so the request thread no longer waits on commits, fsyncs and aggregate flushes. Profiling runs at 50 connections: ~1,600 -> ~2,100 req/s, p99 ~75 -> ~45 ms (31abdde).',
  'Dashboard unfiltered: every request summed a row per day x link x answer value (~90,000 at 1,000,000 responses; analytics 71 ms, score 54 ms at p95 with the segment aggregates in). All-time sums per questionnaire, version and link (migration 008) serve any period that holds every day with responses; on the 30,000-response file, in process, analytics 38 -> 6 ms and score 30 -> 3 ms (c9e86b1).',
  'Ingestion: the aggregate accumulator keeps rows in buckets by their leading key and finds answers by an interned key string, ~40 -> ~17 us per response in a microbenchmark (9a99f15).',
  'Ingestion: keys that grow with time for the unique indexes. The form makes UUIDv7 idempotency keys (the benchmark sends the same), device tokens start with their issue time; each random key dirtied a page of its index per response. Writer microbenchmark (50-response commits, ~60,000 responses stored): ~370-400 -> ~260-290 us per response (ea5fc1e).',
  "Ingestion: no idempotency look-up on the common path (the writer finds a stored key through its unique index; every refusal looks first), and link rows cached per slug until this connection writes or a second passes: each read cost ~30 us because every commit of the writer empties the request thread's page cache (5c608bb, 6425661).",
  'Ingestion: segment rows (response_segments, keyed by segment value first) written with the deferred aggregates instead of in each commit: WAL pages per 50-response commit 150 -> 88, writer microbenchmark 217 -> 152 us per response (48d8a7a).',
  "Ingestion: security headers set on Node's ServerResponse before the handler; Hono's secureHeaders set them on the response afterwards, which turns node-server's lightweight response into a web Response. The echo route mounted behind the app's middleware: 8,000 req/s with Hono's secureHeaders, 10,600 without, 13,800 bare (062f28a). Profiling runs (8 s, same machine, echo 7,500-14,000 req/s as the host's speed varied): ratio 0.17 at the start of this work, 0.25 after it.",
  'Ingestion: a timed flush of the deferred aggregates writes its segment rows 100 responses per transaction with batches committed in between, then the sums and the unlisting in one transaction; every 500 ms instead of 200. A whole flush in one transaction held every batch for 15-40 ms (traced in the writer). Alternating 8 s runs at 50 connections, p99 37, 50, 39 ms before and 28, 35, 36 ms after; then with 500 ms between flushes 24, 23, 26 ms against 43, 30, 23 ms with 200 (c019d66).',
]

/** What limits a figure that misses its target (found by profiling), by the start of its name. */
const LIMITS: [prefixes: string[], note: string][] = [
  [
    ['Ingestion: submissions', 'Ingestion: submission p99'],
    "The CPU figures under the ingestion table are the limit: a submission costs the server (its main thread, the writer thread and the rest) several times what an echo costs, and the load generator shares the same cores, so the cores run out long before 0.75 of the echo; the paragraph there gives the ceiling at this run's costs and the server's budget per submission that 0.75 would leave. Profiles (this session's, 8 s at 50 connections) of where the server's time goes beyond the echo. Main thread: the body schema, answer validation and scoring (~25-30 us), the device cookie's HMAC (~10 us under load, 2.3 us alone), the structured clone to the writer and back (~11 us), the app's middleware chain (the echo mounted behind it ran at 10,600 req/s against 13,800 bare), and more garbage collection. Writer thread: the SQL statements ~54 us per response and the commit ~155 us per response of wall time, most of it writing WAL pages and the fsync; the receipt's unique index (8 random characters) takes 50 of the 88 WAL pages a 50-response commit writes, and with time-ordered receipts a microbenchmark writes 41 pages and takes 92 instead of 152 us per response. Receipts stay random: citizens read them aloud and their 40 random bits keep them unguessable; deriving them from the response id with a keyed permutation would drop the index but needs the responses table rebuilt. synchronous=NORMAL (survives kill -9, not a power cut) measured 100 against 190 us per response in the writer; the target asks for a durable commit, so it stays FULL. The p99 follows the throughput: with 50 clients each waiting for its commit, the mean latency is 50 / (submissions per second), and the tail is now about twice the median.",
  ],
  [
    ['Dashboard: analytics unfiltered', 'Dashboard: score unfiltered'],
    'Unfiltered, both read the all-time sums (a few hundred rows) and agg_daily (a row per day and link, ~1,500 for a year of four links, for the trend and the totals); what is left is the catalog of versions, the JSON of the reply and its gzip. Not profiled further: this note was written when the figure met its target.',
  ],
  [
    ['Dashboard: analytics filtered', 'Dashboard: score filtered'],
    'One segment value is read from the segment aggregates (per day, link and segment value), so the cost grows with the days in the range x links x answer values, not with the responses. Two or more segment filters at once still read the raw rows, a path this benchmark does not time: when one segment took it too, a quarter and one kecamatan at 1,000,000 responses measured 0.7 s (analytics) and 1.7 s (score) at p95; two segments probe the same range and fetch fewer matches.',
  ],
  [
    ['Export: CSV wall time', 'Export: server peak RSS'],
    'The server process starts at ~190 MB (Node, the tsx loader thread that `npm start` uses, every module), leaving ~65 MB for the export; the time is SQLite page reads through Kysely (about a third), JSON parsing of the answers and writing the CSV.',
  ],
  [
    ['Response table'],
    'A page is one keyset walk down the (questionnaire_id, id) index per questionnaire, newest first, so its cost does not grow with the depth; a filtered page probes response_segments (segment value first) for each response walked until the page is full, so a rare segment value in a narrow period walks further. Not profiled further: this note was written before the first full run.',
  ],
  [
    ['Exclusion: one response'],
    'An exclusion is a transaction on the response writer thread: the response row, and the aggregate rows of its day, link and segment values corrected by its counting plan; a batch of submissions in flight is committed first. Not profiled further: this note was written before the first full run.',
  ],
  [
    ['Exclusion at once'],
    'A bulk exclusion reads the matching ids, then corrects the aggregates from each response in the writer thread; its cost grows with the responses excluded. Not profiled further: this note was written before the first full run.',
  ],
  [
    ['Export: labelled CSV'],
    "The labelled export is the codes export plus one label look-up per answer in the definition of the response's version. Not profiled further: this note was written before the first full run.",
  ],
  [['Public form'], 'Not analysed: the form met its targets while this benchmark was written.'],
]

export function limitNotes(missed: Check[]): string {
  return LIMITS.flatMap(([prefixes, note]) => {
    const hits = missed.filter((c) => prefixes.some((p) => c.figure.startsWith(p)))
    if (hits.length === 0) return []
    const figures = hits.map((c) => `${c.figure}: ${c.measured} (target ${c.target})`)
    return [`- **${figures.join('; ')}.** ${note}`]
  }).join('\n')
}
