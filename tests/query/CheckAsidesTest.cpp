// check over tests/fixtures/check-wiki-asides/ (a page of our own): a name in brackets right after
// another in a statement ("Quill Helper (Q7) has had ...") is an aside to it, not the subject the
// statement is checked against, even where the aside's own entity has figures of the same unit ("In
// Q7, two nibs ...").
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-wiki-asides");

}  // namespace

TEST_CASE("a bracketed name after the subject is an aside, not the subject checked", "[query][check][wiki][names]") {
  auto r = check("Quill Helper (Q7) has had 6,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "quill_helper");
  auto wrong = check("Quill Helper (Q7) has had 9,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "quill_helper");
}
