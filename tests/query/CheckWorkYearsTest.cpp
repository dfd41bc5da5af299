// check over tests/fixtures/check-work-years/ (issue #13): a table whose rows are led by who made
// something ("Creator | Date | Talk Name") gives each row's year to the work a later column names
// (a header of a work noun, data/work_nouns.txt, whose cell a name fills), not to its maker, who
// has many; a "Date" column of another table (lawsuits, "Date | Plaintiff(s) | Allegations") dates
// what happened, and gives no one a year introduced.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-work-years");

// "YEAR subject-key" of every year introduced in the graph, sorted.
std::vector<std::string> yearsIntroduced() {
  const auto& g = check.graph();
  std::vector<std::string> out;
  for (const auto& c : g.claims())
    if (g.str(c.measure) == "year introduced" && c.hasValue && c.subject.isValid())
      out.push_back(std::to_string(static_cast<int>(c.value)) + " " + std::string(g.str(g.entities()[c.subject].key)));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a table's year is the year of the work its row names, not of its maker", "[query][check][years]") {
  CHECK(yearsIntroduced() ==
        std::vector<std::string>{"2019 quiet_machines", "2020 the_shape_of_attention", "2021 learning_without_labels"});
}

TEST_CASE("a maker's possessive before a work's title checks the work's year", "[query][check][years]") {
  auto r = check("Brell Odenkirk's talk Quiet Machines came out in 2019.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "quiet_machines");
  CHECK(r.reading.measure == "year introduced");
  r = check("Brell Odenkirk's talk Quiet Machines came out in 2016.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(r) == "quiet_machines");
}
