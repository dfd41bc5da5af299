// check over tests/fixtures/check-label-values/ (issues #12, #13): a list item labelled by a value noun
// over a bare number ("- **Temperature**: 0.7 (balanced creativity)") states the noun's value, which a
// statement that narrows the noun ("a sampling temperature of 0.7") asks for; a label that is no value
// noun ("Min_p") states none.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-label-values");

}  // namespace

TEST_CASE("a value noun's label over a bare number answers a statement that narrows the noun",
          "[query][check][label-values]") {
  auto r = check("Quill Bench generates its stories at a sampling temperature of 0.7.");
  CHECK(r.verdict == Verdict::kSupported);
  r = check("Quill Bench generates its stories at a sampling temperature of 1.2.");
  CHECK(r.verdict == Verdict::kRefuted);
  r = check("Quill Bench generates its stories at a temperature of 0.7.");
  CHECK(r.verdict == Verdict::kSupported);
  // "Min_p" names no value: nothing speaks to it.
  r = check("Quill Bench samples with a min_p of 0.3.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
}
