// The indices a check and a figure question read, stored with the graph (Engine::attachIndices,
// snapshot format 10) and read in place from a loaded graph, give the answers of the indices an
// engine builds itself: every figure claim's sentence checked, and every figure asked for, on
// graphs of our own (corpus/, and fixtures of names a name key joins and pages titled with a class).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "graph/Snapshot.h"
#include "query/Query.h"
#include "reason/Reason.h"

namespace {

using cg::graph::ClaimGraph;
using cg::query::Engine;

// A check as text: the reading, the verdict, the explanation and the evidence.
std::string answerOf(const Engine& engine, const std::string& statement) {
  const cg::query::CheckResult r = engine.check(statement);
  std::string out = std::string(cg::query::toString(r.verdict)) + " | " + r.explanation + " | " + r.reading.measure +
                    " | " + r.reading.subjectName;
  if (r.reading.subject) out += " | subject " + std::to_string(r.reading.subject->value());
  for (const auto& e : r.evidence) out += " " + std::to_string(e.claim.value()) + (e.agrees ? "+" : "-");
  return out;
}

std::string hitsOf(const Engine& engine, std::string_view text) {
  std::string out;
  for (const auto& h : engine.whoClaimed(text)) out += std::to_string(h.claim.value()) + h.matched + " ";
  return out;
}

void sameAnswers(const std::string& folder) {
  INFO(folder);
  ClaimGraph built = cg::reason::buildGraph({cg::test::repo(folder)}).graph;
  const std::string plain = cg::graph::encodeSnapshot(built);
  Engine::attachIndices(built);
  const ClaimGraph loaded = cg::graph::decodeSnapshot(cg::graph::encodeSnapshot(built), "stored.cg");
  REQUIRE(loaded.attachedIndex("check-v1.subject-runs"));
  const ClaimGraph bare = cg::graph::decodeSnapshot(plain, "plain.cg");
  REQUIRE_FALSE(bare.attachedIndex("check-v1.subject-runs"));
  const Engine own(bare), stored(loaded);
  std::size_t asked = 0;
  for (const auto& claim : loaded.claims()) {
    if (claim.kind != cg::graph::ClaimKind::kFigure || !claim.hasQuantity) continue;
    const std::string sentence(loaded.str(claim.text)), figure(loaded.str(claim.quantityText));
    INFO(sentence);
    CHECK(answerOf(stored, sentence) == answerOf(own, sentence));
    CHECK(hitsOf(stored, figure) == hitsOf(own, figure));
    ++asked;
  }
  CHECK(asked > 0);
}

}  // namespace

TEST_CASE("stored check indices give the answers of built ones", "[query][snapshot]") {
  sameAnswers("corpus");
  sameAnswers("tests/fixtures/check-name-keys");
  sameAnswers("tests/fixtures/check-headed-names");
  sameAnswers("tests/fixtures/check-makers-verbs");
}

TEST_CASE("a stored index that names an entity or claim outside the graph is refused when read", "[query][snapshot]") {
  ClaimGraph built = cg::reason::buildGraph({cg::test::repo("corpus")}).graph;
  Engine::attachIndices(built);
  // Every entity's name group set past the last group: the first check that asks for a name's
  // group says the file is corrupt, where it would read past the index.
  std::string groups(built.entities().size() * 4, '\xff');
  built.attachIndex("check-v1.name-group-of", groups);
  const ClaimGraph loaded = cg::graph::decodeSnapshot(cg::graph::encodeSnapshot(built), "forged.cg");
  const Engine engine(loaded);
  CHECK_THROWS_WITH(engine.check("NVIDIA lost 589 billion dollars of market value in one day."),
                    "corrupt claimgraph snapshot: an index stored with the graph is out of range");
}
