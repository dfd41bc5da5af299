// check looks each word span of a statement up in the forms the graph keys names by (issue #16):
// a span of plain ASCII is cut out of the whole statement's lower case and slugs, any other span
// (an accented letter, a double space) is folded for itself, also where the rest of the
// statement is plain or the span is plain and the rest is not (tests/fixtures/check-statement-forms/).
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

cg::query::CheckResult check(const std::string& statement) {
  return cg::test::fixtureEngine("check-statement-forms").check(statement);
}

std::string subjectOf(const cg::query::CheckResult& r) { return cg::test::subjectKeyOf("check-statement-forms", r); }

}  // namespace

TEST_CASE("an accented name is folded for itself, in any case", "[query][check][names]") {
  auto written = check("Ölanstack Semiconductor's revenue reached $5.2 billion in 2024.");
  CHECK(subjectOf(written) == "olanstack_semiconductor");
  CHECK(written.verdict == Verdict::kSupported);
  // A capital outside ASCII folds to its small letter, which lower-casing the ASCII bytes does not.
  auto capitals = check("ÖLANSTACK SEMICONDUCTOR's revenue reached $5.2 billion in 2024.");
  CHECK(subjectOf(capitals) == "olanstack_semiconductor");
  CHECK(capitals.verdict == Verdict::kSupported);
}

TEST_CASE("a plain name in a statement that is not plain is cut out of its lower case", "[query][check][names]") {
  auto r = check("Per the café's ledger, Norvale Robotics raised $40 million in 2023.");
  CHECK(subjectOf(r) == "norvale_robotics");
  CHECK(r.verdict == Verdict::kSupported);
  auto spaced = check("Norvale  Robotics raised $40 million in 2023.");
  CHECK(subjectOf(spaced) == "norvale_robotics");
  CHECK(spaced.verdict == Verdict::kSupported);
  auto contradicted = check("Norvale Robotics, of Malmö, raised $90 million in 2023.");
  CHECK(subjectOf(contradicted) == "norvale_robotics");
  CHECK(contradicted.verdict == Verdict::kContradicted);
}
