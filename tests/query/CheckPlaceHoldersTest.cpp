// Subjects on a page about a phenomenon, whose topic owns no figure (h-subj29): a figure whose clause
// names no owner is held by the one place its paragraph names ("across U.S. states", "a Lisbon clerk",
// "the 2022 U.K. elections" in the sentence before), not by the firm of an earlier list item; initials
// with full stops name the place WordNet gives them ("U.S." is the United States); and a law's name runs
// from its first capital across "from" to its head noun ("... from Caller Spoofing Act"). The statement
// reader reads the same places. Over tests/fixtures/check-places/, an article of our own.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "ingest/Entities.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-places");

}  // namespace

TEST_CASE("a figure whose clause names no owner is the place its paragraph names", "[query][check][places]") {
  CHECK(checked.subjectOfValue(31) == "united_states");
  CHECK(checked.subjectOfValue(22) == "united_states");
  CHECK(checked.subjectOfValue(3000000) == "lisbon");
  // The place of the sentence before, not the firm of the list item before the paragraph.
  CHECK(checked.subjectOfValue(40) == "united_kingdom");
  CHECK(checked.subjectOfValue(57) == "quillmere");
}

TEST_CASE("initials with full stops name the place WordNet gives them", "[query][check][places]") {
  CHECK(cg::ingest::writtenAsDottedInitials("U.S"));
  CHECK(cg::ingest::writtenAsDottedInitials("U.S.A"));
  CHECK_FALSE(cg::ingest::writtenAsDottedInitials("Washington D.C"));
  CHECK_FALSE(cg::ingest::writtenAsDottedInitials("US"));
  // The one rule of the entity finder and a statement's names: the full stop after "U.S" is the name's.
  constexpr std::string_view kText = "the U.S. elections, in Washington D.C.";
  CHECK(cg::ingest::endWithInitialsStop(kText, 4, 7) == 8);
  CHECK(cg::ingest::endWithInitialsStop(kText, 23, 37) == 37);  // "Washington D.C": a name of words
  CHECK(cg::ingest::endWithInitialsStop(kText, 0, 3) == 3);
  auto r = checked("By 2024, U.S. states had enacted 31 spoofing laws.");
  CHECK(checked.subjectOf(r) == "united_states");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("By 2024, U.S. states had enacted 50 spoofing laws.");
  CHECK(r.verdict == Verdict::kRefuted);
  r = checked("In March 2023 a Lisbon clerk was duped into sending about $3 million after a spoofed call.");
  CHECK(checked.subjectOf(r) == "lisbon");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("a law's name runs across 'from' to its head noun", "[query][check][places]") {
  const auto act = checked.graph().findEntity("Protecting Callers from Caller Spoofing Act");
  REQUIRE(act);
  CHECK(checked.graph().str(checked.graph().entities()[*act].key) == "protecting_callers_from_caller_spoofing_act");
  CHECK_FALSE(checked.graph().findEntity("Protecting Callers"));
}
