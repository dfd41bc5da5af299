// check over tests/fixtures/check-named-values/ (issue #13): a value its noun names before "of" ("the depth of
// 5", "a Brannock impurity of 0.32") is the figure of a page and of a statement alike, and a count that
// describes the statement's subject ("with 4 hidden blocks") is no longer taken for what the statement states.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-named-values");

}  // namespace

TEST_CASE("a value named by its noun is what a statement states, not a count of its subject",
          "[query][check][named-values]") {
  struct Case {
    const char* statement;
    const char* measure;
    Verdict verdict;
  };
  for (const Case& c : {
           Case{"A Sorrel net with 4 hidden blocks and 1 output block has a depth of 5.", "depth", Verdict::kSupported},
           // The base read "4 hidden blocks" and supported both.
           Case{"A Sorrel net with 4 hidden blocks and 1 output block has a depth of 9.", "depth", Verdict::kRefuted},
           Case{"A Sorrel net with 4 hidden blocks keeps a Brannock impurity of 0.32 in each leaf.",
                "brannock impurity", Verdict::kSupported},
           Case{"A Sorrel net with 4 hidden blocks keeps a Brannock impurity of 0.5 in each leaf.", "brannock impurity",
                Verdict::kRefuted},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == "sorrel_net");
    CHECK(r.reading.measure == c.measure);
    CHECK(r.verdict == c.verdict);
  }
  // A count with no named value after it is still the statement's figure.
  const auto count = check("A Sorrel net has 4 hidden blocks.");
  CHECK(count.reading.measure == "number of blocks");
}

TEST_CASE("a size adjective's measure phrase after a count of the subject is the value the statement states",
          "[query][check][named-values]") {
  struct Case {
    const char* statement;
    Verdict verdict;
  };
  for (const Case& c : {
           Case{"A Sorrel net with 4 hidden blocks and 1 output block is 5 blocks deep.", Verdict::kSupported},
           // The base read "4 hidden blocks" as the figure, and supported both by the page's count.
           Case{"A Sorrel net with 4 hidden blocks and 1 output block is 9 blocks deep.", Verdict::kRefuted},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == "sorrel_net");
    CHECK(r.reading.measure == "depth");
    CHECK(r.verdict == c.verdict);
  }
}
