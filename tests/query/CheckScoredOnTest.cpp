// check over tests/fixtures/check-scored-on/ (issue #13): beside a model named by its maker and id, the test
// its percentage is measured on, compounds that modify the score perhaps between ("zero-shot top-1
// accuracy on"), is never tried as whose figure it is: a card that gives no score is not weighed against
// the test page's figures of other systems.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-scored-on");

}  // namespace

TEST_CASE("the test a model's percentage is measured on is not tried as its subject", "[query][check][scores]") {
  for (const char* statement : {
           "Finch's lark-base16 reaches 68.6% zero-shot top-1 accuracy on Vistaset.",
           "Finch's lark-base16 scores 78.2% top-1 on Vistaset under linear evaluation.",
       }) {
    INFO(statement);
    const auto r = check(statement);
    CHECK(r.verdict == Verdict::kNotEnoughEvidence);
    CHECK(check.subjectOf(r) == "finch_lark-base16_model");
  }
}

TEST_CASE("the test's own figures and the card's own still answer for themselves", "[query][check][scores]") {
  const auto test = check("The runner-up on Vistaset had a top-5 error of 26.2%.");
  CHECK(test.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(test) == "vistaset");
  const auto card = check("Finch's lark-base16 supports 3 libraries.");
  CHECK(card.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(card) == "finch_lark-base16_model");
}
