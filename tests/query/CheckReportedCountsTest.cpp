// check over one page that gives a count and, attributed to a third party, another value of it
// (issue #13), over tests/fixtures/check-reported-counts/: "According to maritime historian Admiral
// X, 9,800 prisoners were taken by the Brenn League" is X's report (the describing phrase and the
// title before the name are not who says it) of the League's count (the passive's "by" agent, not a
// name inside the "according to" phrase), so it meets the page's own "the Brenn League took about
// 12,400 prisoners", and "took N sailors prisoner" counts prisoners (the object complement of "take");
// the page's sources disagree: conflicting, both values in evidence.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"
#include "reason/ClaimValues.h"

using cg::query::Verdict;

namespace {

const char* const kFolder = "check-reported-counts";

const cg::test::FixtureChecks check(kFolder);

// The evidence as "value|subject key|claimant keys|agrees", sorted.
std::vector<std::string> evidenceOf(const cg::query::CheckResult& r) {
  const auto& g = check.graph();
  std::vector<std::string> out;
  for (const auto& e : r.evidence) {
    const auto& c = g.claims()[e.claim];
    std::string row = std::to_string(static_cast<long>(cg::reason::claimPoint(g, e.claim))) + "|" +
                      std::string(g.str(g.entities()[c.subject].key)) + "|";
    for (auto who : g.claimClaimants(e.claim)) row += std::string(g.str(g.entities()[who].key)) + " ";
    row += e.agrees ? "|agrees" : "|differs";
    out.push_back(row);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a third party's reported count against the page's own is conflicting, both values in evidence",
          "[query][check][wiki][reported]") {
  auto r = check("The Brenn League took 9,800 Kesselite sailors prisoner.");
  CHECK(r.verdict == Verdict::kConflicting);
  CHECK(check.subjectOf(r) == "brenn_league");
  CHECK(r.reading.measure == "number of prisoners");  // what "took ... prisoner" made them
  CHECK(evidenceOf(r) ==
        std::vector<std::string>{"12400|brenn_league||differs", "9800|brenn_league|thomas_lindqvist |agrees"});
  CHECK(r.explanation.find("9,800") != std::string::npos);
  CHECK(r.explanation.find("12,400") != std::string::npos);
}

TEST_CASE("the page's own value is conflicting with the reported one too", "[query][check][wiki][reported]") {
  auto r = check("The Brenn League took 12,400 Kesselite sailors prisoner.");
  CHECK(r.verdict == Verdict::kConflicting);
  CHECK(evidenceOf(r) ==
        std::vector<std::string>{"12400|brenn_league||agrees", "9800|brenn_league|thomas_lindqvist |differs"});
  CHECK(r.explanation.find("(per Thomas Lindqvist)") != std::string::npos);
}

TEST_CASE("a value neither account gives is refuted, not conflicting", "[query][check][wiki][reported]") {
  auto r = check("The Brenn League took 20,000 Kesselite sailors prisoner.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.evidence.size() == 2);
}
