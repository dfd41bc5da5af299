// cg_bench: the measurement driver behind bench/run.sh. Each mode runs in its own process
// so that peak memory (ru_maxrss) and resident memory belong to that measurement alone.
// Results go to stdout as `name: value unit` lines; notes go to stderr.
//
//   cg_bench ingest --label 10MB --threads 1 [--min-seconds 1] PATH...
//       reason::buildGraph() end to end (read, extract, merge, contested sets, freeze).
//   cg_bench build --claims 1000000 --tag 1e6 --snapshot G.cg [--sqlite G.sqlite] --queries Q.tsv [--seed 42]
//       a graph of exactly N claims made straight from generated DocumentBundles (what a
//       perfect extractor would hand the graph), its snapshot, its SQLite twin, and a
//       query workload drawn from it.
//   cg_bench load --snapshot G.cg --queries Q.tsv --tag 1e6 [--only-check | --only-entity] [--repeat N]
//       snapshot load time and memory, the query engine's build time and memory, and
//       the latency of every query kind (with --only-check, of check alone; with --only-entity,
//       of who-claimed by entity name alone: quicker to compare two builds of one path). --repeat
//       asks the workload N times over (enough samples for a profiler; the 30 s cap still holds).
//   cg_bench sqlite --db G.sqlite --queries Q.tsv --tag 1e6 [--snapshot G.cg]
//       the same questions answered by SQLite. With --snapshot and no G.sqlite yet, the database
//       is first made from that snapshot (a graph built earlier without --sqlite).

#include <malloc.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "bench/CorpusGenerator.h"
#include "bench/Measure.h"
#include "bench/Rng.h"
#include "bench/SqlitePeer.h"
#include "graph/Error.h"
#include "graph/Files.h"
#include "graph/Fold.h"
#include "graph/Snapshot.h"
#include "ingest/Extractor.h"
#include "ingest/Ingest.h"
#if CG_HAVE_QUERY
#include "query/Query.h"
#include "reason/Reason.h"
#endif

namespace fs = std::filesystem;
using namespace cg;
using namespace cg::bench;

namespace {

struct Args {
  std::map<std::string, std::string> options;
  std::vector<std::string> positional;
  [[nodiscard]] std::string get(const std::string& k, const std::string& fallback = "") const {
    auto it = options.find(k);
    return it == options.end() ? fallback : it->second;
  }
  [[nodiscard]] bool has(const std::string& k) const { return options.count(k) > 0; }
};

Args parse(int argc, char** argv, int from) {
  Args a;
  for (int i = from; i < argc; ++i) {
    std::string s = argv[i];
    if (s.starts_with("--")) {
      std::string key = s.substr(2);
      a.options[key] = i + 1 < argc && std::strncmp(argv[i + 1], "--", 2) != 0 ? argv[++i] : "1";
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

// Returns memory freed by destroyed objects to the system, so resident size measures what lives.
void trim() { malloc_trim(0); }

// ------------------------------------------------------------------------------------
// ingest

int runIngest(const Args& args) {
  std::vector<fs::path> paths(args.positional.begin(), args.positional.end());
  if (paths.empty()) throw Error("ingest: no paths");
  unsigned threads = static_cast<unsigned>(std::stoul(args.get("threads", "1")));
  double minSeconds = std::stod(args.get("min-seconds", "0"));
  std::string prefix = "ingest_" + args.get("label", "corpus") + "_t" + std::to_string(threads);
  std::vector<double> times, cpu;
  ingest::IngestReport report;
  double spent = 0;
  do {
    double t = now(), c = cpuSeconds();
    ingest::IngestResult r =
        reason::buildGraph(paths, {.threads = threads, .strict = false, .progress = {}, .diagnosticsDone = {}});
    double dt = now() - t;
    cpu.push_back(cpuSeconds() - c);
    times.push_back(dt);
    spent += dt;
    report = std::move(r.report);
  } while (spent < minSeconds && times.size() < 200);
  double best = *std::min_element(times.begin(), times.end());
  double bestCpu = *std::min_element(cpu.begin(), cpu.end());
  double mbytes = static_cast<double>(report.bytes) / 1e6;
  result(prefix + "_mb_per_s", mbytes / best, "MB/s");
  result(prefix + "_s", best, "s");
  // Per CPU second (all threads' CPU time summed): what one core does when it is not shared.
  result(prefix + "_mb_per_cpu_s", mbytes / bestCpu, "MB/cpu-s");
  result(prefix + "_cpu_s", bestCpu, "cpu-s");
  result(prefix + "_peak_rss_mb", mb(peakRss()), "MB");
  result(prefix + "_bytes", static_cast<double>(report.bytes), "bytes");
  result(prefix + "_documents", static_cast<double>(report.documents), "documents");
  result(prefix + "_claims", static_cast<double>(report.claims), "claims");
  result(prefix + "_claims_per_mb", static_cast<double>(report.claims) / (static_cast<double>(report.bytes) / 1e6),
         "claims/MB");
  result(prefix + "_runs", static_cast<double>(times.size()), "runs");
  if (args.has("phases") && threads == 1) {
    // Where one thread's time goes, in CPU seconds (robust to other work on the machine):
    // reading and extracting each file (the part that runs in parallel), and the rest
    // (merging into one graph, freezing, contested sets), which runs on one core whatever
    // the thread count.
    double c = cpuSeconds();
    std::size_t claims = 0;
    for (const auto& f : ingest::collectArticles(paths)) {
      try {
        claims += ingest::extract(ingest::readArticleFile(f)).claims.size();
      } catch (const Error&) {
      }
    }
    double extract = cpuSeconds() - c;
    result(prefix + "_read_extract_cpu_s", extract, "cpu-s");
    result(prefix + "_merge_contested_cpu_s", std::max(0.0, bestCpu - extract), "cpu-s");
    note("phases: " + std::to_string(claims) + " claims extracted");
  }
  return 0;
}

// ------------------------------------------------------------------------------------
// build: a graph of N claims from generated bundles

constexpr std::array kStopWords = {"that",  "with",  "from",  "this",  "were", "have", "into", "over", "after",
                                   "their", "which", "since", "about", "than", "more", "said", "would"};

std::string mantissa(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

std::string commas(long long n) {
  std::string d = std::to_string(n), out;
  for (std::size_t i = 0; i < d.size(); ++i) {
    out.push_back(d[i]);
    if ((d.size() - i - 1) % 3 == 0 && i + 1 != d.size()) out.push_back(',');
  }
  return out;
}

// A figure as a person types it into a query: "589 billion", "17 percent", "50,000".
std::string canonical(double value, std::string_view unit, bool currencyWord) {
  std::string body;
  if (unit == "percent") return mantissa(value) + " percent";
  if (value >= 1e9)
    body = mantissa(value / 1e9) + " billion";
  else if (value >= 1e6)
    body = mantissa(value / 1e6) + " million";
  else
    body = commas(static_cast<long long>(value));
  if (unit == "GPU-hours") return body + " GPU-hours";
  if (!currencyWord) return body;
  if (unit == "USD") return body + " dollars";
  if (unit == "EUR") return body + " euros";
  if (unit == "GBP") return body + " pounds";
  if (unit == "CNY") return body + " yuan";
  return body;
}

std::string stripHedge(std::string_view text) {
  for (std::string_view h : {"approximately ", "more than ", "less than ", "close to ", "at least ", "roughly ",
                             "nearly ", "around ", "about ", "under ", "over ", "up to ", "~"})
    if (text.starts_with(h)) return std::string(text.substr(h.size()));
  return std::string(text);
}

// The query workload, drawn from the graph with its own seed: the same for both engines.
void writeQueries(const graph::ClaimGraph& g, const fs::path& path, std::uint64_t seed) {
  Rng rng(seed * 7 + 1);
  std::ofstream out(path, std::ios::binary);
  const auto claims = g.claims();
  const auto entities = g.entities();
  auto randomClaim = [&] { return graph::ClaimId(static_cast<std::uint32_t>(rng.below(claims.size()))); };
  auto figureClaim = [&]() -> graph::ClaimId {
    for (int i = 0; i < 1000; ++i) {
      auto c = randomClaim();
      if (claims[c].hasValue && !claims[c].hasRange) return c;
    }
    return graph::kInvalid;
  };
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n') c = ' ';
    return s;
  };
  for (int i = 0; i < 1000; ++i) {
    for (int tries = 0; tries < 20; ++tries) {
      auto c = randomClaim();
      std::vector<std::string> words;
      for (auto& t : graph::foldTokens(g.str(claims[c].text)))
        if (t.size() >= 4 && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
            std::find(kStopWords.begin(), kStopWords.end(), t) == kStopWords.end())
          words.push_back(t);
      if (words.empty()) continue;
      out << "word\t" << rng.pick(words) << "\t0\n";
      break;
    }
  }
  for (int i = 0; i < 1000; ++i) {
    graph::ClaimId c = figureClaim();
    if (!c.isValid()) break;
    const auto& x = claims[c];
    std::string text =
        rng.chance(0.5) ? canonical(x.value, g.str(x.unit), rng.chance(0.5)) : stripHedge(g.str(x.quantityText));
    char v[40];
    std::snprintf(v, sizeof v, "%.17g", x.value);
    out << "figure\t" << clean(text) << "\t" << v << "\n";
  }
  for (int i = 0; i < 1000; ++i)
    out << "entity\t"
        << clean(std::string(
               g.str(entities[graph::EntityId(static_cast<std::uint32_t>(rng.below(entities.size())))].name)))
        << "\t0\n";
  for (int i = 0; i < 1000; ++i) out << "claim\t" << g.claimId(randomClaim()) << "\t0\n";
  for (int i = 0; i < 300; ++i) {
    graph::ClaimId c = figureClaim();
    if (!c.isValid()) break;
    const auto& x = claims[c];
    std::string text(g.str(x.text));
    if (rng.chance(0.5)) {
      std::string_view q = g.str(x.quantityText);
      if (auto at = text.find(q); at != std::string::npos)
        text.replace(at, q.size(), canonical(x.value * 1.6, g.str(x.unit), true));
    }
    out << "check\t" << clean(text) << "\t0\n";
  }
}

int runBuild(const Args& args) {
  auto n = static_cast<std::size_t>(std::stod(args.get("claims", "10000")));
  std::uint64_t seed = std::stoull(args.get("seed", "42"));
  std::string tag = args.get("tag", std::to_string(n));
  fs::path snapshot = args.get("snapshot");
  if (snapshot.empty()) throw Error("build: --snapshot is required");

  CorpusGenerator gen({.seed = seed, .expectedArticles = n / 80 + 1, .markdown = false});
  trim();
  std::size_t rss0 = currentRss();
  graph::ClaimGraph g;
  std::size_t claims = 0, articles = 0;
  double genSeconds = 0, addSeconds = 0;
  while (claims < n) {
    double t0 = now();
    GeneratedArticle a = gen.next();
    if (claims + a.bundle.claims.size() > n) a.bundle.claims.resize(n - claims);
    double t1 = now();
    g.add(a.bundle);
    double t2 = now();
    genSeconds += t1 - t0;
    addSeconds += t2 - t1;
    claims += a.bundle.claims.size();
    ++articles;
  }
  // The pipeline's order: contested sets over every document, then the one freeze.
  double t = now();
  reason::addContestedSets(g);
  double contestedSeconds = now() - t;
  t = now();
  g.freeze();
  double freezeSeconds = now() - t;
  trim();
  std::size_t rss1 = currentRss();
  note("build " + tag + ": " + std::to_string(articles) + " articles, " + std::to_string(g.claims().size()) +
       " claims, " + std::to_string(g.entities().size()) + " entities, " + std::to_string(g.sources().size()) +
       " sources, " + std::to_string(g.edgeCount()) + " edges, " + std::to_string(g.contested().size()) +
       " contested sets; generation " + std::to_string(genSeconds) + " s");

  const double perClaim = static_cast<double>(g.claims().size());
  result("graph_claims_" + tag, perClaim, "claims");
  result("graph_edges_" + tag, static_cast<double>(g.edgeCount()), "edges");
  result("graph_add_s_" + tag, addSeconds, "s");
  result("graph_freeze_s_" + tag, freezeSeconds, "s");
  result("graph_contested_s_" + tag, contestedSeconds, "s");
  result("graph_build_rss_mb_" + tag, mb(rss1 - rss0), "MB");
  result("graph_build_bytes_per_claim_" + tag, static_cast<double>(rss1 - rss0) / perClaim, "B/claim");
  result("string_pool_mb_" + tag, mb(g.strings().bytes()), "MB");

  t = now();
#if CG_HAVE_QUERY
  query::Engine::attachIndices(g);  // as `claimgraph ingest` does
#endif
  graph::writeSnapshot(g, snapshot);
  result("snapshot_write_s_" + tag, now() - t, "s");
  auto size = fs::file_size(snapshot);
  result("snapshot_mb_" + tag, mb(size), "MB");
  result("snapshot_bytes_per_claim_" + tag, static_cast<double>(size) / perClaim, "B/claim");

  if (args.has("queries")) writeQueries(g, args.get("queries"), seed);
  if (args.has("sqlite")) {
    fs::path db = args.get("sqlite");
    t = now();
    SqlitePeer::build(g, db);
    result("sqlite_build_s_" + tag, now() - t, "s");
    result("sqlite_mb_" + tag, mb(fs::file_size(db)), "MB");
    result("sqlite_bytes_per_claim_" + tag, static_cast<double>(fs::file_size(db)) / perClaim, "B/claim");
  }
  return 0;
}

// ------------------------------------------------------------------------------------
// queries

struct Query {
  std::string kind, text;
  double value = 0;
};

std::vector<Query> readQueries(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string(), 0, "cannot read the query workload");
  std::vector<Query> qs;
  std::string line;
  while (std::getline(in, line)) {
    auto a = line.find('\t'), b = line.rfind('\t');
    if (a == std::string::npos || b == a) continue;
    qs.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), std::stod(line.substr(b + 1))});
  }
  return qs;
}

std::vector<const Query*> ofKind(const std::vector<Query>& qs, std::string_view kind) {
  std::vector<const Query*> out;
  for (const auto& q : qs)
    if (q.kind == kind) out.push_back(&q);
  return out;
}

std::size_t sink = 0;  // answers' sizes, printed at the end so no work is optimised away
// Every query kind runs at least this many times; the who-claimed mix takes this many of each.
constexpr std::size_t kMixPerKind = 100;

// Runs `f` over the queries: a short untimed warm-up, then one by one, timed, until all
// ran, or `budget` seconds passed and at least `minSamples` ran, or 30 s passed (so that a
// slow kind cannot blow the run's time). Reports p50, p99, mean and the sample count.
template <class F>
Latencies timeQueries(const std::string& name, const std::vector<const Query*>& qs, F&& f,
                      std::size_t minSamples = kMixPerKind, double budget = 3.0) {
  Latencies lat;
  if (qs.empty()) return lat;
  for (std::size_t i = 0; i < std::min<std::size_t>(qs.size(), 5); ++i) sink += f(*qs[i]);
  double start = now();
  for (const Query* q : qs) {
    double t = now();
    sink += f(*q);
    lat.add(now() - t);
    double spent = now() - start;
    if ((spent > budget && lat.size() >= minSamples) || spent > 30) break;
  }
  result(name + "_p50_us", lat.percentile(0.5), "us");
  result(name + "_p99_us", lat.percentile(0.99), "us");
  result(name + "_mean_us", lat.mean(), "us");
  result(name + "_n", static_cast<double>(lat.size()), "queries");
  return lat;
}

// who-claimed as users ask it: words, figures and entity names in equal parts, the first
// kMixPerKind of each (every kind runs at least that many), so both engines' mixes hold
// the same questions.
void reportMixed(const std::string& name, const std::vector<Latencies>& kinds) {
  Latencies mixed;
  for (const auto& k : kinds) mixed.append(k.first(kMixPerKind));
  if (mixed.size() == 0) return;  // no kind was asked (--only-check)
  result(name + "_p50_us", mixed.percentile(0.5), "us");
  result(name + "_p99_us", mixed.percentile(0.99), "us");
  result(name + "_n", static_cast<double>(mixed.size()), "queries");
}

// Sources of an entity by walking the graph (no query engine): the claims about it and by
// it, then their sources, deduplicated.
std::size_t graphSourcesOf(const graph::ClaimGraph& g, std::string_view name) {
  auto e = g.findEntity(name);
  if (!e) return 0;
  std::vector<graph::SourceId> sources;
  for (auto list : {g.claimsAbout(*e), g.claimsBy(*e)})
    for (graph::ClaimId c : list)
      for (graph::SourceId s : g.claimSources(c)) sources.push_back(s);
  std::sort(sources.begin(), sources.end());
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  std::size_t bytes = 0;
  for (graph::SourceId s : sources) bytes += g.str(g.sources()[s].url).size() + g.str(g.sources()[s].publisher).size();
  return bytes + sources.size();
}

int runLoad(const Args& args) {
  fs::path snapshot = args.get("snapshot");
  std::string tag = args.get("tag", "x");
  trim();
  std::size_t rss0 = currentRss();
  const ResidentSplit split = residentSplit();
  double t = now(), cpu = cpuSeconds();
  graph::ClaimGraph g = graph::readSnapshot(snapshot);
  double first = now() - t;
  result("load_first_cpu_s_" + tag, cpuSeconds() - cpu, "s");
  trim();
  std::size_t rssGraph = currentRss();
  const ResidentSplit split0 = residentSplit();
  const double claims = static_cast<double>(g.claims().size());
  double best = first;
  for (int i = 0; i < 2; ++i) {
    t = now();
    graph::ClaimGraph again = graph::readSnapshot(snapshot);
    best = std::min(best, now() - t);
  }
  trim();
  // The load maps the file and checks it; the graph reads its tables in place, so its resident
  // memory is what has been read of the mapping (RssFile) plus what was built (RssAnon).
  result("load_s_" + tag, best, "s");
  result("load_first_s_" + tag, first, "s");
  result("graph_rss_mb_" + tag, mb(rssGraph - rss0), "MB");
  result("graph_bytes_per_claim_" + tag, static_cast<double>(rssGraph - rss0) / claims, "B/claim");
  result("graph_rss_file_mb_" + tag, mb(split0.file - split.file), "MB");

  std::vector<Query> qs = args.has("queries") ? readQueries(args.get("queries")) : std::vector<Query>{};
  const auto repeat = static_cast<std::size_t>(std::stoul(args.get("repeat", "1")));
  std::vector<Query> once = qs;
  for (std::size_t i = 1; i < repeat; ++i) qs.insert(qs.end(), once.begin(), once.end());
  auto words = ofKind(qs, "word"), figures = ofKind(qs, "figure"), entities = ofKind(qs, "entity"),
       claimIds = ofKind(qs, "claim"), checks = ofKind(qs, "check");

#if CG_HAVE_QUERY
  // The engine builds its indices on first use: a figure question, a check and the contested
  // flags build all of them, so that the build is measured whole and as before. The word index
  // is not the engine's: the snapshot stores it (format 6) and a word question reads it in place.
  t = now();
  cpu = cpuSeconds();
  query::Engine engine(g);
  if (!figures.empty()) sink += engine.whoClaimed(figures.front()->text).size();
  if (!checks.empty()) sink += engine.check(checks.front()->text).evidence.size();
  if (!g.claims().empty()) sink += engine.isContested(graph::ClaimId(0)) ? 1 : 0;
  result("engine_build_s_" + tag, now() - t, "s");
  result("engine_build_cpu_s_" + tag, cpuSeconds() - cpu, "s");
  trim();
  std::size_t rssEngine = currentRss();
  result("engine_rss_mb_" + tag, mb(rssEngine - rssGraph), "MB");
  result("rss_mb_" + tag, mb(rssEngine), "MB");
  result("rss_bytes_per_claim_" + tag, static_cast<double>(rssEngine - rss0) / claims, "B/claim");
#endif
  // After the memory above is measured: answers read strings of the mapped file, which then count.
  // --only-check: the other kinds are left unasked (their indices are built above all the same).
  // --only-entity: who-claimed by entity name alone.
  if (args.has("only-check")) words.clear(), figures.clear(), entities.clear(), claimIds.clear();
  if (args.has("only-entity")) words.clear(), figures.clear(), claimIds.clear(), checks.clear();
  if (!args.has("only-entity"))
    timeQueries("graph_sources_of_entity_" + tag, entities, [&](const Query& q) { return graphSourcesOf(g, q.text); });
#if CG_HAVE_QUERY

  // A who-claimed answer: the ranked claims, each with its claimants and sources.
  auto answer = [&](std::string_view text) {
    std::size_t bytes = 0;
    for (const auto& h : engine.whoClaimed(text, 20)) {
      bytes += g.str(g.claims()[h.claim].text).size() + (engine.isContested(h.claim) ? 1 : 0);
      for (graph::EntityId e : g.claimClaimants(h.claim)) bytes += g.str(g.entities()[e].name).size();
      for (graph::SourceId s : g.claimSources(h.claim)) bytes += g.str(g.sources()[s].url).size();
    }
    return bytes + 1;
  };
  reportMixed("who_claimed_" + tag,
              {timeQueries("who_claimed_word_" + tag, words, [&](const Query& q) { return answer(q.text); }),
               timeQueries("who_claimed_figure_" + tag, figures, [&](const Query& q) { return answer(q.text); }),
               timeQueries("who_claimed_entity_" + tag, entities, [&](const Query& q) { return answer(q.text); })});
  if (args.has("only-entity")) entities.clear();  // who-claimed alone: the entity report and the rest unasked
  timeQueries("provenance_" + tag, claimIds, [&](const Query& q) {
    auto c = g.findClaim(q.text);
    if (!c) return std::size_t{0};
    auto p = engine.provenance(*c);
    return p.sources.size() + p.publishers.size() + p.related.size();
  });
  timeQueries("entity_" + tag, entities, [&](const Query& q) {
    auto r = engine.entity(q.text);
    return r ? r->about.size() + r->claimed.size() + r->sources.size() + r->relations.size() : 0;
  });
  timeQueries("sources_of_entity_" + tag, entities, [&](const Query& q) {
    auto r = engine.entity(q.text);
    return r ? r->sources.size() : 0;
  });
  timeQueries("contested_" + tag, entities, [&](const Query& q) {
    auto e = g.findEntity(q.text);
    return e ? engine.contested(*e).size() : 0;
  });
  // Its CPU time as well (over the timed and the 5 warm-up answers): latencies on a shared
  // machine stretch with the other work on it.
  const double checkCpu = cpuSeconds();
  Latencies checked =
      timeQueries("check_" + tag, checks, [&](const Query& q) { return engine.check(q.text).evidence.size() + 1; });
  if (checked.size() > 0)
    result(
        "check_" + tag + "_cpu_mean_us",
        (cpuSeconds() - checkCpu) * 1e6 / static_cast<double>(checked.size() + std::min<std::size_t>(checks.size(), 5)),
        "us");
  // After every query above (word questions fault in the pages of the posting lists they read):
  // what a process that has answered all kinds of questions holds.
  trim();
  const ResidentSplit after = residentSplit();
  result("rss_after_queries_mb_" + tag, mb(currentRss()), "MB");
  result("rss_after_queries_bytes_per_claim_" + tag, static_cast<double>(currentRss() - rss0) / claims, "B/claim");
  result("rss_after_queries_anon_mb_" + tag, mb(after.anon - split.anon), "MB");
  result("rss_after_queries_file_mb_" + tag, mb(after.file - split.file), "MB");
#else
  note("load " + tag + ": query/Query.cpp is not built yet: engine queries skipped");
#endif
  note("load " + tag + ": answers held " + std::to_string(sink) + " bytes");
  return 0;
}

int runSqlite(const Args& args) {
  std::string tag = args.get("tag", "x");
  if (args.has("snapshot") && !fs::exists(args.get("db"))) {
    const double t = now();
    SqlitePeer::build(graph::readSnapshot(args.get("snapshot")), args.get("db"));
    note("sqlite " + tag + ": made from the snapshot in " + std::to_string(now() - t) + " s");
  }
  SqlitePeer peer(args.get("db"));
  std::vector<Query> qs = readQueries(args.get("queries"));
  auto words = ofKind(qs, "word"), figures = ofKind(qs, "figure"), entities = ofKind(qs, "entity");
  reportMixed("sqlite_who_claimed_" + tag,
              {timeQueries("sqlite_who_claimed_word_" + tag, words,
                           [&](const Query& q) { return peer.whoClaimedWord(q.text).bytes + 1; }),
               timeQueries("sqlite_who_claimed_figure_" + tag, figures,
                           [&](const Query& q) { return peer.whoClaimedFigure(q.value).bytes + 1; }),
               timeQueries("sqlite_who_claimed_entity_" + tag, entities,
                           [&](const Query& q) { return peer.whoClaimedEntity(q.text).bytes + 1; })});
  // For context: FTS5 without ranking (any 20 matches), which is not the same answer.
  timeQueries("sqlite_who_claimed_word_unranked_" + tag, words,
              [&](const Query& q) { return peer.whoClaimedWord(q.text, 20, false).bytes + 1; });
  timeQueries("sqlite_sources_of_entity_" + tag, entities,
              [&](const Query& q) { return peer.sourcesOfEntity(q.text).bytes + 1; });
  result("sqlite_rss_mb_" + tag, mb(currentRss()), "MB");
  note("sqlite " + tag + ": answers held " + std::to_string(sink) + " bytes");
  return 0;
}

int usage() {
  std::cerr << "usage: cg_bench ingest|build|load|sqlite [options]  (see the comment at the top of BenchMain.cpp)\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  std::string mode = argv[1];
  Args args = parse(argc, argv, 2);
  try {
    if (mode == "ingest") return runIngest(args);
    if (mode == "build") return runBuild(args);
    if (mode == "load") return runLoad(args);
    if (mode == "sqlite") return runSqlite(args);
  } catch (const std::exception& e) {
    std::cerr << "cg_bench " << mode << ": " << e.what() << "\n";
    return 1;
  }
  return usage();
}
