// check over Wikipedia pages and AI Wiki articles (issue #13): a statement may write out a name the page gives only by
// its initials ("the Merrow University of Technology" of a page that goes on with "MUT caters for
// ..."), so a title of capitalised words is found as the entity named by exactly its initials, a
// word in capitals giving all its letters ("NP Council of Elders" -> "NPCE"), over
// tests/fixtures/check-title-initials/. A name with a bracketed qualifier ("QX Relay (V2)") is
// looked up with its closing bracket.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Initials.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-title-initials");

}  // namespace

TEST_CASE("a title's initials: capitalised words' first letters, short capital words whole, function words out",
          "[query][check][wiki][names]") {
  CHECK(cg::query::initialsOfTitle("Merrow University of Technology") == "MUT");
  CHECK(cg::query::initialsOfTitle("The Merrow University of Technology") == "MUT");
  CHECK(cg::query::initialsOfTitle("NP Council of Elders") == "NPCE");
  CHECK(cg::query::initialsOfTitle("Merrow University of Technology's") == "MUT");
  // Not a title: a lower-case content word, a digit, a mark; too few letters or words.
  CHECK(cg::query::initialsOfTitle("Merrow university of Technology").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University 2").empty());
  CHECK(cg::query::initialsOfTitle("Merrow, University").empty());
  CHECK(cg::query::initialsOfTitle("GIVE AN Answer").empty());
  CHECK(cg::query::initialsOfTitle("Series A in March").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University of Technology has").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University").empty());
  CHECK(cg::query::initialsOfTitle("Merrow").empty());
}

TEST_CASE("a title's joining words in lower case, in any case, and not at its end", "[query][check][wiki][names]") {
  // Joining words are read in any case ("oF" as "of"), and a lower-case one may open the span.
  CHECK(cg::query::initialsOfTitle("Merrow University oF Technology") == "MUT");
  CHECK(cg::query::initialsOfTitle("the Merrow University for Technology") == "MUT");
  CHECK(cg::query::initialsOfTitle("Food and Drug Administration") == "FDA");
  // A joining word at the end, or a lower-case word that joins nothing, leaves no title: also
  // where the capitalised words before it would make one.
  CHECK(cg::query::initialsOfTitle("Merrow University Technology of").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University Technology and").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University with Technology").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University Technology's wins").empty());
}

TEST_CASE("a title's words are ASCII letters: an accented or marked word, in any place, leaves none",
          "[query][check][wiki][names]") {
  CHECK(cg::query::initialsOfTitle("Z\u00FCrich University of Technology").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University of Technolog\u00EF").empty());
  CHECK(cg::query::initialsOfTitle("Merrow Univers1ty of Technology").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University-of Technology").empty());
  CHECK(cg::query::initialsOfTitle("Merrow University of Technology's") == "MUT");
  CHECK(cg::query::initialsOfTitle("Merrow University of Tech") == "MUT");
}

TEST_CASE("a name written out is checked against the figures the page gives under its initials",
          "[query][check][wiki][names]") {
  auto r = check("The Merrow University of Technology caters for about 40,000 students.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "mut");
  CHECK(r.reading.measure == "number of students");
  auto wrong = check("The Merrow University of Technology caters for about 90,000 students.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "mut");
  auto council = check("The NP Council of Elders has 212 members.");
  CHECK(council.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(council) == "npce");
  CHECK(council.reading.measure == "number of members");
}

TEST_CASE("a name inside the title is still its own subject where no initials name the title",
          "[query][check][wiki][names]") {
  // "Merrow Harbour Board" -> "MHB", a name the page never gives: Merrow's figures answer.
  auto r = check("Merrow had a population of 212,000 in 2011.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "merrow");
  auto none = check("The Merrow Harbour Board has 40,000 students.");
  CHECK(check.subjectOf(none) == "merrow");
  CHECK(none.verdict == Verdict::kNotEnoughEvidence);
}

TEST_CASE("a name with a bracketed qualifier is read to its closing bracket", "[query][check][names]") {
  auto r = check("QX Relay (V2) has had 41,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "qx_relay_v2_gpt");
  CHECK(r.reading.measure == "number of chats");
  auto wrong = check("QX Relay (V2) has had 60,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "qx_relay_v2_gpt");
}
