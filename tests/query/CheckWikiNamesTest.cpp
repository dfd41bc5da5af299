// check over Wikipedia pages (issues #13, #14), over tests/fixtures/check-wiki-names/: a statement
// may name a page's subject by its initials ("the NP" of "Northern Provinces"), found when exactly
// one entity with figures has them; a legislature's size is one quantity whether a statement says
// seats or members.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "FixtureEngine.h"
#include "query/Initials.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-wiki-names");

// The name of the entity the statement was read as being about; empty when it is none.
std::string subjectOf(const cg::query::CheckResult& r) {
  if (!r.reading.subject) return "";
  const auto& g = check.graph();
  return std::string(g.str(g.entities()[*r.reading.subject].name));
}

}  // namespace

TEST_CASE("a name's initials are the capitals of its words, short lower-case words left out",
          "[query][check][wiki][names]") {
  CHECK(cg::query::initialsOfName("Northern Provinces") == "NP");
  CHECK(cg::query::initialsOfName("Council of Arvia") == "CA");
  // Function words late in data/function_words.txt (which is not sorted) are left out too.
  CHECK(cg::query::initialsOfName("Healers Without Frontiers") == "HF");
  CHECK(cg::query::initialsOfName("Society Within Arvia") == "SA");
  CHECK(cg::query::initialsOfName("Harrowgate").empty());
  CHECK(cg::query::initialsOfName("Area 51").empty());
  CHECK(cg::query::initialsOfName("Quark8 Engine").empty());
  CHECK(cg::query::initialsOfName("The Ledger").empty());
  CHECK(cg::query::writtenAsInitials("NP's"));
  CHECK_FALSE(cg::query::writtenAsInitials("Np"));
  CHECK_FALSE(cg::query::writtenAsInitials("N"));
}

TEST_CASE("the initials index holds each entity under initialsOfName of its name", "[query][check][wiki][names]") {
  // The index remembers each word's function-word test across names (issue #16): the same
  // entities under the same initials as initialsOfName name by name.
  const auto& g = check.graph();
  const cg::query::InitialsIndex index(g);
  std::size_t indexed = 0, found = 0;
  for (cg::graph::EntityId e : g.entities().ids()) {
    const std::string initials = cg::query::initialsOfName(g.str(g.entities()[e].name));
    if (initials.size() < 2 || initials.size() > 5) continue;
    ++indexed;
    const auto named = index.named(initials);
    found += std::count(named.begin(), named.end(), e);
  }
  CHECK(indexed >= 4);  // Northern Provinces, Council of Arvia, Lower Tarsk, Lake Tullin at least
  CHECK(found == indexed);
  CHECK(index.named("NP").size() == 1);
  CHECK(index.named("LT").size() == 2);
  CHECK(index.named("NP's").size() == 1);
}

TEST_CASE("a statement naming a page's subject by its initials is checked against that page",
          "[query][check][wiki][names]") {
  auto r = check("The NP had a population of 4,210,000 in 2019.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(subjectOf(r) == "Northern Provinces");
  CHECK(r.reading.measure == "population");
  CHECK(r.reading.asOf == "2019");
  auto wrong = check("The NP's population was 5 million in 2019.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(subjectOf(wrong) == "Northern Provinces");
}

TEST_CASE("initials two entities share name neither", "[query][check][wiki][names]") {
  // Lower Tarsk and Lake Tullin are both "LT".
  auto r = check("LT had 1,240 residents in 2011.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(subjectOf(r).empty());
  CHECK(r.reading.subjectName == "LT");
}

TEST_CASE("a legislature's seats are its members", "[query][check][wiki][counts]") {
  auto r = check("The Council of Arvia had 48 seats in 1992.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.reading.measure == "number of seats");
  CHECK(check("The Council of Arvia had 60 seats in 1992.").verdict == Verdict::kRefuted);
  CHECK(check("The Council of Arvia has 60 seats.").verdict == Verdict::kSupported);
  CHECK(check("The Council of Arvia has 75 seats.").verdict == Verdict::kRefuted);
}
