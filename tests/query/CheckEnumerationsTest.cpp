// check (issues #12, #13): counts an article gives by enumerating, not by a number ("follows these
// general steps:" and four numbered items, "## Types of X" over two sub-headings, "## Approaches to X"
// over three), read from statements that write the number ("takes four steps", "a four-step method",
// "comes in two flavours", "tackled in three ways"). Fixture page written for these tests
// (tests/fixtures/check-enumerations/).
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;
constexpr const char* kFolder = "check-enumerations";

}  // namespace

TEST_CASE("a statement's count of steps is weighed against the list a lead-in introduces", "[query][check][lists]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  const auto right = engine.check("Quillon sampling works through four steps.");
  CHECK(cg::test::subjectKeyOf(kFolder, right) == "quillon_sampling");
  CHECK(right.verdict == Verdict::kSupported);
  CHECK(engine.check("Quillon sampling works through seven steps.").verdict == Verdict::kRefuted);
}

TEST_CASE("'an N-step method' states a count of steps", "[query][check][lists]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  CHECK(engine.check("Quillon sampling follows a four-step method.").verdict == Verdict::kSupported);
  CHECK(engine.check("Quillon sampling follows a nine-step method.").verdict == Verdict::kRefuted);
  CHECK(engine.check("Quillon sampling follows a 4-step method.").verdict == Verdict::kSupported);
}

TEST_CASE("kinds and ways are counted whichever noun names them", "[query][check][lists][headings]") {
  const auto& engine = cg::test::fixtureEngine(kFolder);
  CHECK(engine.check("Quillon sampling comes in two main flavours.").verdict == Verdict::kSupported);
  CHECK(engine.check("Quillon sampling comes in four main kinds.").verdict == Verdict::kRefuted);
  CHECK(engine.check("Quillon sampling has been tackled in three ways.").verdict == Verdict::kSupported);
  CHECK(engine.check("Quillon sampling has been tackled in six ways.").verdict == Verdict::kRefuted);
}
