// check over Wikipedia pages (issue #13), over tests/fixtures/check-wiki-adjectives/: a statement may
// name its subject by a proper adjective ("Portuguese upper secondary schools"), read as the noun it
// pertains to (data/pertainyms.tsv, from WordNet) where the graph knows that noun; a paragraph that
// opens "In PLACE," gives its subjectless clauses ("There are three grades") to that place.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const char* const kFolder = "check-wiki-adjectives";

const cg::test::FixtureChecks check(kFolder);

// The key of the subject of the graph's claim whose text is `text`; "?" when no claim has it.
std::string claimSubjectKey(const std::string& text) {
  const auto& g = check.graph();
  for (const auto& c : g.claims())
    if (g.str(c.text) == text) return std::string(g.str(g.entities()[c.subject].key));
  return "?";
}

}  // namespace

TEST_CASE("a paragraph opening with a place gives its subjectless clauses to that place",
          "[query][check][wiki][adjectives]") {
  CHECK(claimSubjectKey("There are three grades in upper secondary education.") == "portugal");
  CHECK(claimSubjectKey("There are 12 study programmes.") == "norway");
  // "In 2010," names a year, not a place: the clause stays the page's.
  CHECK(claimSubjectKey("In 2010, there were 2,400 upper secondary schools in the region.") ==
        "upper_secondary_school");
}

TEST_CASE("a proper adjective names the entity of the noun it pertains to", "[query][check][wiki][adjectives]") {
  auto r = check("Portuguese upper secondary schools have three grades.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "portugal");
  r = check("Portuguese upper secondary schools have five grades.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(r) == "portugal");
  r = check("Norwegian upper secondary schools offer 12 study programmes.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "norway");
  r = check("Norwegian upper secondary schools offer 15 study programmes.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(r) == "norway");
}

TEST_CASE("a proper adjective of a noun the graph does not know names no subject", "[query][check][wiki][adjectives]") {
  // Finland is not in the graph: the statement is not read as Portugal's or Norway's.
  auto r = check("Finnish upper secondary schools have three grades.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(check.subjectOf(r).empty());
}

TEST_CASE("a proper adjective before a capitalised word is part of a name, not the subject",
          "[query][check][wiki][adjectives]") {
  // "Norwegian Fjord College" names a college: its programmes are not Norway's 12.
  auto r = check("Norwegian Fjord College offers 12 study programmes.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(r.reading.subjectName == "Norwegian Fjord College");
  CHECK(check.subjectOf(r).empty());
}

TEST_CASE("a proper adjective in the object of a preposition is not the subject", "[query][check][wiki][adjectives]") {
  // The dataset is set in the clause; its schools are no figure of Portugal's three grades.
  auto r = check("In the widely used Portuguese school dataset, schools have five grades.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(check.subjectOf(r).empty());
  // After "of" the phrase is what the figure counts: Norway's programmes.
  r = check("The share of Norwegian upper secondary schools offering 12 study programmes is high.");
  CHECK(check.subjectOf(r) == "norway");
}
