// check looks each word span of a statement up in the forms the graph keys names by (issue #16):
// a span of plain ASCII is cut out of the whole statement's lower case and slugs, any other span
// (an accented letter, a double space) is folded for itself, also where the rest of the
// statement is plain or the span is plain and the rest is not (tests/fixtures/check-statement-forms/).
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

// The key of the entity check read as the statement's subject, and its verdict.
std::pair<std::string, Verdict> read(const std::string& statement) {
  const auto r = cg::test::fixtureEngine("check-statement-forms").check(statement);
  return {cg::test::subjectKeyOf("check-statement-forms", r), r.verdict};
}

}  // namespace

TEST_CASE("an accented name is folded for itself, in any case", "[query][check][names]") {
  const std::pair<std::string, Verdict> supported{"olanstack_semiconductor", Verdict::kSupported};
  CHECK(read("Ölanstack Semiconductor's revenue reached $5.2 billion in 2024.") == supported);
  // A capital outside ASCII folds to its small letter, which lower-casing the ASCII bytes does not.
  CHECK(read("ÖLANSTACK SEMICONDUCTOR's revenue reached $5.2 billion in 2024.") == supported);
}

TEST_CASE("a plain name in a statement that is not plain is cut out of its lower case", "[query][check][names]") {
  const std::pair<std::string, Verdict> supported{"norvale_robotics", Verdict::kSupported};
  CHECK(read("Per the café's ledger, Norvale Robotics raised $40 million in 2023.") == supported);
  CHECK(read("Norvale  Robotics raised $40 million in 2023.") == supported);
  CHECK(read("Norvale Robotics, of Malmö, raised $90 million in 2023.") ==
        std::pair<std::string, Verdict>{"norvale_robotics", Verdict::kRefuted});
}
