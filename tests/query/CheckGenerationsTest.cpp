// check over tests/fixtures/check-generations/ (issue #13): a dated statement of a family whose figures
// are its members' ("KPU v2" of 2019, "KPU v3" of 2021) speaks of the member that was newest then; and a
// name an amount is "of" ("32 GB of high-bandwidth memory", "2.5 terabytes of filtered Plainweb text") is
// the stuff measured, not whose amount it is.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-generations");

struct Case {
  const char* statement;
  Verdict verdict;
};

}  // namespace

TEST_CASE("a dated statement of a family is weighed against the member newest then", "[query][check][generations]") {
  for (const Case& c : {
           Case{"Brightwater's KPU had 96 GB of high-bandwidth memory in 2021.", Verdict::kSupported},
           Case{"Brightwater's KPU had 32 GB of high-bandwidth memory in 2021.", Verdict::kRefuted},
           Case{"In 2019 Brightwater's KPU came with 32 GB of high-bandwidth memory.", Verdict::kSupported},
           Case{"In 2019 Brightwater's KPU came with 96 GB of high-bandwidth memory.", Verdict::kRefuted},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(r.verdict == c.verdict);
    CHECK(check.subjectOf(r) == "kestrel_processing_unit");
  }
}

TEST_CASE("a member named by itself keeps its own figure at any later date", "[query][check][generations]") {
  const auto r = check("The KPU v2 had 32 GB of high-bandwidth memory in 2021.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "kpu_v2");
}

TEST_CASE("a name an amount is of is the stuff measured, not the subject beside an opening term",
          "[query][check][generations]") {
  // The card gives no training data size; Plainweb's own 45 terabytes is another amount.
  const auto r = check("wren-base was pretrained on 2.5 terabytes of filtered Plainweb text.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(check.subjectOf(r) == "wren-base_model");
  // Named before the verb, the name is its own amount's subject.
  const auto own = check("Plainweb holds 2.5 terabytes of text.");
  CHECK(own.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(own) == "plainweb");
}
