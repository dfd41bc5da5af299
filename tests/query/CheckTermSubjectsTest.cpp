// check (issues #12, #13): the subject a statement writes lands on the entity the graph's claim has.
// A term page's figures are its topic's where the sentence writes the title ("Binary quibbles consist
// of two possible classes" on the page "Quibble"), a plural names the page of its singular, a name
// before a known head noun modifies it ("Gorse learning quibbles fall into ..."), an adjective before
// a term narrows it to claims that write it ("a ternary quibble"), a term after "a" is no owner, and an
// unknown name that an appositive describes is the subject, not the name inside the appositive.
// Fixture pages written for these tests (tests/fixtures/check-term-subjects/).
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"
#include "query/SubjectPhrase.h"

namespace {

using cg::query::Verdict;
const cg::test::FixtureChecks check("check-term-subjects");

}  // namespace

TEST_CASE("a term page's topic owns the figures of sentences that write its title", "[query][check][subject][term]") {
  const auto types = check("Quibbles fall into three primary types.");
  CHECK(check.subjectOf(types) == "quibble");
  CHECK(types.verdict == Verdict::kSupported);
  CHECK(check("Quibbles fall into five primary types.").verdict == Verdict::kRefuted);
  const auto groups = check("Fennel modeling typically splits a dataset into four groups.");
  CHECK(check.subjectOf(groups) == "fennel_modeling");
  CHECK(groups.verdict == Verdict::kSupported);
}

TEST_CASE("a name before a known head noun modifies it", "[query][check][subject][term]") {
  const auto head = check("Gorse learning quibbles fall into three primary types.");
  CHECK(check.subjectOf(head) == "quibble");
  CHECK(head.verdict == Verdict::kSupported);
}

TEST_CASE("an adjective narrows a term to the claims that write it", "[query][check][subject][term]") {
  const auto binary = check("A binary quibble has exactly two possible classes.");
  CHECK(binary.reading.narrowedBy == "binary");
  CHECK(binary.verdict == Verdict::kSupported);
  CHECK(check("A binary quibble has exactly four possible classes.").verdict == Verdict::kRefuted);
  CHECK(check("A ternary quibble has exactly four possible classes.").verdict == Verdict::kNotEnoughEvidence);
  CHECK(cg::query::narrowingAdjective("An additive quibble", 12) == "additive");
  CHECK(cg::query::narrowingAdjective("The quibble", 4).empty());
}

TEST_CASE("an unknown name that an appositive describes is the subject", "[query][check][subject][appositive]") {
  const auto unknown = check("Velmora AI, the company behind Tindle Studio, raised a $4 million seed round.");
  CHECK(unknown.reading.subjectName == "Velmora AI");
  CHECK(unknown.verdict == Verdict::kNotEnoughEvidence);
  CHECK(check("Tindle Studio raised a $4 million seed round.").verdict == Verdict::kRefuted);
}

TEST_CASE("an opening phrase of time or place before a known name is no unknown name",
          "[query][check][subject][appositive]") {
  const auto dated = check("In 2023 Tindle Studio, the maker of Brask, raised a $3 million seed round.");
  CHECK(check.subjectOf(dated) == "tindle_studio");
  CHECK(dated.verdict == Verdict::kSupported);
}
