// check over tests/fixtures/check-range-members/ (issues #12, #13): a range after a count that names the first
// and the last of the things counted ("six libraries, from PyTorch to Rust") names members of the count, as
// "including" does; neither end is tried as whose count it is. wren-base's model card lists three libraries,
// Torchly to Jaxon; Torchly's own page counts "40 libraries of extensions", which must not answer for wren-base.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"
#include "query/SubjectPhrase.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-range-members");

}  // namespace

TEST_CASE("the ends of a range after a count are things counted, not the subject",
          "[query][check][range-members][names]") {
  struct Case {
    const char* statement;
    Verdict verdict;
  };
  for (const Case& c : {
           Case{"wren-base, the base-sized Wren checkpoint for image classification, is available for 3 libraries, "
                "from Torchly to Jaxon.",
                Verdict::kSupported},
           Case{"wren-base, the base-sized Wren checkpoint, is available for 7 libraries, from Torchly to Jaxon.",
                Verdict::kRefuted},
           // One participle may lead the range in.
           Case{"wren-base, the base-sized Wren checkpoint, is available for 3 libraries, running from Torchly to "
                "Jaxon.",
                Verdict::kSupported},
       }) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(r.verdict == c.verdict);
    CHECK(check.subjectOf(r) == "wren-base_model");
    CHECK(r.reading.measure == "number of libraries");
  }
}

TEST_CASE("a name before the count is still the subject where a range follows it", "[query][check][range-members]") {
  // Torchly opens the clause: its own count, with two other libraries as the range's ends.
  const auto r = check("Torchly supports 40 libraries, from Flowkit to Jaxon.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "torchly");
  // A name after "from" with no comma before it is no range of the things counted ("libraries from Torchly").
  const auto own = check("wren-base is available for 3 libraries from Torchly.");
  CHECK(check.subjectOf(own) == "wren-base_model");
}

TEST_CASE("where a range of things counted begins and ends", "[query][range-members]") {
  using cg::query::endsAtRangeOfMembers;
  CHECK(endsAtRangeOfMembers(" libraries, from "));
  CHECK(endsAtRangeOfMembers(" libraries, running from "));
  CHECK(endsAtRangeOfMembers(" libraries, from pytorch to "));
  CHECK(endsAtRangeOfMembers(" categories, ranging from academic research to "));
  CHECK_FALSE(endsAtRangeOfMembers(" libraries from "));
  CHECK_FALSE(endsAtRangeOfMembers(" libraries, apart from "));
  CHECK_FALSE(endsAtRangeOfMembers(" libraries, from pytorch "));
  CHECK_FALSE(endsAtRangeOfMembers(" libraries, from pytorch to rust to "));
  CHECK_FALSE(endsAtRangeOfMembers(" libraries, up to "));
}
