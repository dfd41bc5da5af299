// The engine over one fixture folder of tests/fixtures/, built on first use and kept for the test
// binary's life: the query tests ask many questions of each small graph.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "TestSupport.h"
#include "query/Query.h"
#include "reason/Reason.h"

namespace cg::test {

inline const query::Engine& fixtureEngine(const std::string& folder) {
  struct Held {
    explicit Held(const std::string& f)
        : built(reason::buildGraph({repo("tests/fixtures/" + f)})), engine(built.graph) {}
    ingest::IngestResult built;
    query::Engine engine;
  };
  static std::map<std::string, std::unique_ptr<Held>> held;
  auto& h = held[folder];
  if (!h) h = std::make_unique<Held>(folder);
  return h->engine;
}

}  // namespace cg::test
