// A level a change reached is no change, in the graph and in a statement (docs/MEASURES.md, "A change and its
// levels"): "fell ... to just 25%" is the success rate after the fall, so a statement that it fell by 25 percent
// finds no such decrease, and one that it fell to (just) 25 percent is supported. So for a baseline's figure and
// the "from" of a pair in brackets. Over tests/fixtures/check-change-levels/, an article of our own.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-change-levels");

}  // namespace

TEST_CASE("a level behind a hedge is no decrease a statement of a fall by it finds", "[query][check][levels]") {
  CHECK(checked("Tessel's success rate on Wrenfield fell by 25 percent.").verdict == Verdict::kNotEnoughEvidence);
  // The statement reader reads the hedge as the article's reader does: a level, supported.
  CHECK(checked("Tessel's success rate on Wrenfield fell to just 25 percent.").verdict == Verdict::kSupported);
  CHECK(checked("Tessel's success rate on Wrenfield fell to 25 percent.").verdict == Verdict::kSupported);
}

TEST_CASE("a baseline's figure and the start of a bracketed pair are no decrease", "[query][check][levels]") {
  CHECK(checked("Marrow's accuracy on Wrenfield dropped by 63.7 percent.").verdict == Verdict::kNotEnoughEvidence);
  // The change itself is still the decrease it was, and the bracket's start no second one: a fall by 70.14
  // percent is refuted by the 0.61.
  CHECK(checked("Osier loses 0.61% accuracy on Wrenfield.").verdict == Verdict::kSupported);
  CHECK(checked("Osier's accuracy on Wrenfield fell by 70.14 percent.").verdict == Verdict::kRefuted);
}
