// The engine over one fixture folder of tests/fixtures/, built on first use and kept for the test
// binary's life: the query tests ask many questions of each small graph.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

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

// The key of the entity a check of the fixture graph read as the statement's subject; empty for none.
inline std::string subjectKeyOf(const std::string& folder, const query::CheckResult& r) {
  if (!r.reading.subject) return "";
  const auto& g = fixtureEngine(folder).graph();
  return std::string(g.str(g.entities()[*r.reading.subject].key));
}

// A fixture's checks as the query tests write them: `check("...")` checks a statement against the
// fixture's graph, `check.subjectOf(r)` is the key of the subject it read, `check.graph()` the graph.
class FixtureChecks {
 public:
  explicit FixtureChecks(std::string folder) : folder_(std::move(folder)) {}
  query::CheckResult operator()(std::string_view statement) const { return fixtureEngine(folder_).check(statement); }
  [[nodiscard]] std::string subjectOf(const query::CheckResult& r) const { return subjectKeyOf(folder_, r); }
  [[nodiscard]] const graph::ClaimGraph& graph() const { return fixtureEngine(folder_).graph(); }
  // The key of the subject of the graph's first figure claim whose value is `value` ("" for none; "?"
  // when no figure claim has it).
  [[nodiscard]] std::string subjectOfValue(double value) const {
    const auto& g = graph();
    for (graph::ClaimId c : g.claims().ids()) {
      const auto& claim = g.claims()[c];
      if (claim.kind != graph::ClaimKind::kFigure || claim.value != value) continue;
      return claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].key)) : std::string();
    }
    return "?";
  }

 private:
  std::string folder_;
};

}  // namespace cg::test
