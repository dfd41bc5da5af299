#pragma once
// Provenance queries over a frozen ClaimGraph, answered from indices built once:
// folded word tokens -> claims, figure values (per unit, sorted) -> claims, entity ->
// claims about it / by it (graph in-edges), subject + measure -> claims.
//
//   cg::query::Engine engine(graph);
//   auto hits = engine.whoClaimed("$589B");        // ranked claims
//   auto prov = engine.provenance(*graph.findClaim("c:deepseek_market_crash:12"));
//   auto verdict = engine.check("NVIDIA lost about 590 billion dollars ...");

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Statement.h"

namespace cg::query {

using graph::Id;

struct Hit {
  Id claim = graph::kInvalid;
  double score = 0;     // higher first: exact figure and entity matches rank above words
  std::string matched;  // what matched: "figure", "entity", "words", "quote"
};

// claim -> sentence/row in its document -> markers -> references -> publishers.
struct Provenance {
  Id claim = graph::kInvalid;
  std::vector<Id> sources;
  std::vector<Id> publishers;  // entities
  std::vector<Id> related;     // other claims the same sources back (capped)
};

struct EntityReport {
  Id entity = graph::kInvalid;
  struct Relation {
    std::string relation;
    bool outgoing = true;
    Id other = graph::kInvalid;
    Id claim = graph::kInvalid;
  };
  std::vector<Relation> relations;
  std::vector<Id> about, claimed, contested, sources;
};

enum class Verdict { kSupported, kRefuted, kConflicting, kNotEnoughEvidence };

struct Evidence {
  Id claim = graph::kInvalid;
  bool agrees = false;
};

struct CheckResult {
  std::string statement;
  Verdict verdict = Verdict::kNotEnoughEvidence;
  std::string explanation;
  std::vector<Evidence> evidence;
  std::optional<double> difference;  // statement value minus the nearest claimed value, base units
};

// One checked sentence of a draft, and the line it stands on.
struct DraftCheck {
  std::uint32_t line = 0;
  CheckResult result;
};

class Engine {
 public:
  // Builds the indices; the graph must outlive the engine.
  explicit Engine(const graph::ClaimGraph& g);

  [[nodiscard]] std::vector<Hit> whoClaimed(std::string_view text, std::size_t limit = 20) const;
  [[nodiscard]] Provenance provenance(Id claim, std::size_t relatedLimit = 10) const;
  [[nodiscard]] std::optional<EntityReport> entity(std::string_view nameOrId) const;
  // Contested sets, all or those about/involving one entity.
  [[nodiscard]] std::vector<Id> contested(std::optional<Id> entity = std::nullopt) const;
  [[nodiscard]] CheckResult check(std::string_view statement) const;
  // Every sentence of a draft (decoded text) that states a figure, checked on its own.
  [[nodiscard]] std::vector<DraftCheck> checkDraft(std::string_view utf8, const std::string& path) const;
  [[nodiscard]] bool isContested(Id claim) const;

  [[nodiscard]] const graph::ClaimGraph& graph() const { return g_; }

 private:
  // Figure claims a statement about `subject` can be weighed against.
  [[nodiscard]] std::vector<Id> comparableClaims(Id subject, const std::string& measure, const std::string& unit) const;
  [[nodiscard]] std::string explainVerdict(const CheckResult& r, const ingest::StatementReading& reading,
                                           const std::string& subjectName, double nearest) const;

  const graph::ClaimGraph& g_;
  struct Indices;
  std::shared_ptr<Indices> indices_;  // the word index fills in lazily (thread-safe: once_flag)
};

[[nodiscard]] const char* toString(Verdict v);

}  // namespace cg::query
