#pragma once
// Provenance queries over a frozen ClaimGraph, answered from indices built once:
// folded word tokens -> claims, figure values (per unit, sorted) -> claims, entity ->
// claims about it / by it (graph in-edges), subject + measure -> claims.
//
//   cg::query::Engine engine(graph);
//   auto hits = engine.whoClaimed("$589B");        // ranked claims
//   auto prov = engine.provenance(*graph.findClaim("c:deepseek_market_crash:12"));
//   auto verdict = engine.check("NVIDIA lost about 590 billion dollars ...");

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/ClaimGraph.h"

namespace cg::query {

using graph::ClaimId;
using graph::ContestedId;
using graph::EntityId;
using graph::SourceId;

struct Hit {
  ClaimId claim;
  double score = 0;     // higher first: exact figure and entity matches rank above words
  std::string matched;  // what matched: "figure", "entity", "words", "quote"
};

// claim -> sentence/row in its document -> markers -> references -> publishers.
struct Provenance {
  ClaimId claim;
  std::vector<SourceId> sources;
  std::vector<EntityId> publishers;
  std::vector<ClaimId> related;  // other claims the same sources back (capped)
};

struct EntityReport {
  EntityId entity;
  struct Relation {
    std::string relation;
    bool outgoing = true;
    EntityId other;
    ClaimId claim;
  };
  std::vector<Relation> relations;
  std::vector<ClaimId> about, claimed;
  std::vector<ContestedId> contested;
  std::vector<SourceId> sources;
};

enum class Verdict { kSupported, kRefuted, kConflicting, kNotEnoughEvidence };

struct Evidence {
  ClaimId claim;
  bool agrees = false;
};

struct CheckResult {
  std::string statement;
  Verdict verdict = Verdict::kNotEnoughEvidence;
  std::string explanation;
  std::vector<Evidence> evidence;
  std::optional<double> difference;  // statement value minus the nearest claimed value, base units
};

class Engine {
 public:
  // Builds the indices; the graph must outlive the engine.
  explicit Engine(const graph::ClaimGraph& g);

  [[nodiscard]] std::vector<Hit> whoClaimed(std::string_view text, std::size_t limit = 20) const;
  [[nodiscard]] Provenance provenance(ClaimId claim, std::size_t relatedLimit = 10) const;
  [[nodiscard]] std::optional<EntityReport> entity(std::string_view nameOrId) const;
  // Contested sets, all or those about/involving one entity.
  [[nodiscard]] std::vector<ContestedId> contested(std::optional<EntityId> entity = std::nullopt) const;
  [[nodiscard]] CheckResult check(std::string_view statement) const;
  [[nodiscard]] bool isContested(ClaimId claim) const;

  [[nodiscard]] const graph::ClaimGraph& graph() const { return g_; }

 private:
  const graph::ClaimGraph& g_;
  struct Indices;
  std::shared_ptr<Indices> indices_;  // the word index fills in lazily (thread-safe: once_flag)
};

[[nodiscard]] const char* toString(Verdict v);

}  // namespace cg::query
