// Scores a benchmark's box gives over tests/fixtures/check-box-scores/ (pages of our own; issue #13):
// "| SOTA score | 48.92 |" beside "| SOTA model | [Corvid 2 Research](...) |" is the benchmark's best
// score and Corvid 2 Research's (the claim's object; its subject stays the benchmark), a bare number
// there a percentage; a score the box gives that way is set against the model's scores on that
// benchmark elsewhere (Wren-Bench, 61% vs 55.0) and against the best its own page's leaderboard gives,
// the "Overall" column being the benchmark's own score on a page whose box gives one (Quill-Bench,
// 48.92 vs 80.4); not against a section whose best is another model's (86%, under Heron 3's 87%), nor
// where the box names several models (Lark-Bench) or gives no score (Sparrow-Bench's Overall).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

const char* const kFolder = "check-box-scores";

const cg::graph::ClaimGraph& graph() { return cg::test::fixtureEngine(kFolder).graph(); }

// "subject-key measure value unit scope object-key" of the figure claim of `document` whose text opens
// with `opening` and whose value is `value`; "(no such claim)".
std::string figure(const std::string& document, const std::string& opening, double value) {
  const auto& g = graph();
  for (auto id : g.claims().ids()) {
    const auto& c = g.claims()[id];
    if (!c.hasValue || c.value != value || g.str(g.documents()[c.document].slug) != document ||
        g.str(c.text).substr(0, opening.size()) != opening)
      continue;
    const auto key = [&](cg::graph::EntityId e) { return e.isValid() ? std::string(g.str(g.entities()[e].key)) : "-"; };
    const std::string scope(g.str(g.extra(id).scope));
    return key(c.subject) + " " + std::string(g.str(c.measure)) + " " + std::string(g.str(c.unit)) + " " +
           (scope.empty() ? "-" : scope) + " " + key(g.extra(id).object);
  }
  return "(no such claim)";
}

// Each contested set as "subject-key: sorted values".
std::vector<std::string> sets() {
  const auto& g = graph();
  std::vector<std::string> out;
  for (auto id : g.contested().ids()) {
    const auto& set = g.contested()[id];
    std::vector<double> values;
    for (const auto& v : g.values(set)) values.push_back(g.claims()[v.claim].value);
    std::sort(values.begin(), values.end());
    std::string line = std::string(g.str(g.entities()[set.subject].key)) + ":";
    for (double v : values) line += " " + std::to_string(v).substr(0, 5);
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a box's SOTA score is the benchmark's, held by the one model its box names", "[query][contested][box]") {
  CHECK(figure("quill-bench", "SOTA score", 48.92) == "quill-bench percentage percent - corvid_2_research");
  CHECK(figure("wren-bench", "SOTA score", 61) == "wren-bench percentage percent - heron_3");
  // "Heron 3, Corvid 2 Research": several holders, none kept.
  CHECK(figure("lark-bench", "SOTA score", 70) == "lark-bench percentage percent - -");
}

TEST_CASE("the Overall column of a benchmark page whose box gives a score is the benchmark's score",
          "[query][contested][box]") {
  CHECK(figure("quill-bench", "1 |", 80.4) == "corvid_2_research benchmark score percent Quill-Bench -");
  CHECK(figure("quill-bench", "1 |", 82.3) == "corvid_2_research benchmark score percent DEPTH -");
  CHECK(figure("sparrow-bench", "1 |", 70) == "heron_3 percentage percent - -");
}

TEST_CASE("a box's best score disagrees with the model's scores elsewhere and with its page's best",
          "[query][contested][box]") {
  CHECK(sets() == std::vector<std::string>{"corvid_2_research: 48.92 80.40", "heron_3: 55.00 61.00"});
}
