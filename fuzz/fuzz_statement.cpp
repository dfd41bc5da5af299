// Fuzzes the statement reader of `check` and the text query of `who-claimed` over the seed
// graph: the bytes are used as typed on the command line (no decoding: argv can hold any
// bytes), read the way an article is read (query::Engine::check reads "# Statement\n\n" +
// statement), then matched against the graph. Neither may throw or crash.

#include <memory>
#include <string>

#include "FuzzSupport.h"
#include "graph/Files.h"
#include "ingest/Ingest.h"
#include "query/Query.h"
#include "reason/Reason.h"

namespace {

struct Seed {
  cg::graph::ClaimGraph graph;
  std::unique_ptr<cg::query::Engine> engine;
};
Seed* seed = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  seed = new Seed{cg::reason::buildGraphFromText(cg::graph::readFile(CG_SOURCE_DIR "/corpus/deepseek_market_crash.md"),
                                                 "corpus/deepseek_market_crash.md"),
                  nullptr};
  seed->engine = std::make_unique<cg::query::Engine>(seed->graph);
  // The statement of the README must check, or the fuzzer would start from a broken engine.
  auto r = seed->engine->check("NVIDIA lost about 590 billion dollars of market value on January 27, 2025");
  cg::fuzz::require(!r.evidence.empty(), "the seed graph does not answer the README's check");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view statement = cg::fuzz::bytes(data, size);
  cg::query::CheckResult r = seed->engine->check(statement);
  for (const auto& e : r.evidence)
    cg::fuzz::require(seed->graph.claims().contains(e.claim), "check cites a claim outside the graph");
  for (const auto& hit : seed->engine->whoClaimed(statement, 5))
    cg::fuzz::require(seed->graph.claims().contains(hit.claim), "who-claimed returns a claim outside the graph");
  return 0;
}
