// check over tests/fixtures/check-bounds/ (issue #13): a statement's bound ("can fall as low as -1",
// "tops out at 1": a minimum or maximum value) is an end of the range the graph gives its subject
// ("ranging from -1 to 1"), where the graph gives no bound of that measure. It agrees with that end
// only: a value inside the range is no bound of it.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-bounds");

}  // namespace

TEST_CASE("a minimum or a maximum is checked against the end of its subject's range", "[query][check][bounds]") {
  struct Case {
    const char* statement;
    Verdict verdict;
    const char* subject;
    const char* measure;
    double difference;  // the statement's value less the nearest end
  };
  for (const Case& c : {
           Case{"The Ferrow coefficient can fall as low as -1.", Verdict::kSupported, "ferrow_coefficient",
                "minimum value", 0},
           Case{"The Ferrow coefficient can fall as low as -3.", Verdict::kRefuted, "ferrow_coefficient",
                "minimum value", -2},
           Case{"The Ferrow coefficient tops out at 1.", Verdict::kSupported, "ferrow_coefficient", "maximum value", 0},
           Case{"The Ferrow coefficient tops out at 10.", Verdict::kRefuted, "ferrow_coefficient", "maximum value", 9},
           Case{"The Quillo index can fall as low as 0.", Verdict::kSupported, "quillo_index", "minimum value", 0},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(r.verdict == c.verdict);
    CHECK(check.subjectOf(r) == c.subject);
    CHECK(r.reading.measure == c.measure);
    CHECK(r.difference == Approx(c.difference));
    REQUIRE(r.evidence.size() == 1);
  }
}

TEST_CASE("a value inside a range is no bound of it", "[query][check][bounds]") {
  // 0 lies between -1 and 1, but the coefficient's lowest value is -1 and its highest 1.
  for (const char* statement :
       {"The Ferrow coefficient can fall as low as 0.", "The Ferrow coefficient tops out at 0."}) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kRefuted);
    CHECK(check.subjectOf(r) == "ferrow_coefficient");
    REQUIRE(r.evidence.size() == 1);
    CHECK_FALSE(r.evidence.front().agrees);
  }
}
