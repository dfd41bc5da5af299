// check over tests/fixtures/check-listed-items/ (issue #13): a count whose statement lists as many items as
// it counts ("two plugins: Lint and Format") is of that set; a disagreeing count whose sentence names none
// of the items ("Its store lists 40 plugins") is shown as context and refutes nothing.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-listed-items");

// How many pieces of evidence the check counted (not context).
std::size_t counted(const cg::query::CheckResult& r) {
  return static_cast<std::size_t>(
      std::count_if(r.evidence.begin(), r.evidence.end(), [](const auto& e) { return !e.context; }));
}

}  // namespace

TEST_CASE("a listed count is weighed only against counts that name one of its items", "[query][check][listed-items]") {
  struct Case {
    const char* statement;
    Verdict verdict;
    std::size_t counted;
  };
  for (const Case& c : {
           Case{"Marrow kit ships with three plugins: Lint, Format and Deploy.", Verdict::kSupported, 1},
           // The bundled three name Lint and Format: they refute two; the store's 40 name neither.
           Case{"Marrow kit ships with two plugins: Lint and Format.", Verdict::kRefuted, 1},
           // Neither count names Sketch or Paint: both may be of another set (the base refuted it).
           Case{"Marrow kit features two plugins: Sketch and Paint.", Verdict::kNotEnoughEvidence, 0},
           // No list, or a list of another length than the count: every count weighs, as before.
           Case{"Marrow kit has two plugins.", Verdict::kRefuted, 2},
           Case{"Marrow kit has two plugins: Sketch, Paint and Print.", Verdict::kRefuted, 2},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(check.subjectOf(r) == "marrow_kit");
    CHECK(r.reading.measure == "number of plugins");
    CHECK(r.verdict == c.verdict);
    CHECK(counted(r) == c.counted);
  }
}
