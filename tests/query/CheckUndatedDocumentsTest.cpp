// Check over tests/fixtures/check-undated-documents/ (issue #16's speed work kept these answers): an
// undated value is context for an earlier statement only where its own article dates a later value
// of that measure, not where another article does; and a check's evidence is its comparable claims
// once each, in claim order, however many runs of the figure index they were gathered from.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-undated-documents");

// Each evidence claim's id ("c:robotic_hands:3"), whether it agrees and whether it is context.
struct Seen {
  std::string id;
  bool agrees, context;
  bool operator==(const Seen&) const = default;
};
std::vector<Seen> evidenceOf(const cg::query::CheckResult& r) {
  std::vector<Seen> out;
  for (const auto& e : r.evidence) out.push_back({check.graph().claimId(e.claim), e.agrees, e.context});
  return out;
}

}  // namespace

TEST_CASE("an undated value is context before a later date its own article gives, not another's",
          "[query][check][time][undated]") {
  // 24 undated in morvel_hand.md; 30 in June 2024 only in robotic_hands.md: 24 still supports 2022.
  const auto morvel = check("The Morvel Hand had 24 sensors in March 2022.");
  CHECK(morvel.verdict == Verdict::kSupported);
  CHECK(evidenceOf(morvel) == std::vector<Seen>{{"c:morvel_hand:1", true, false}, {"c:robotic_hands:1", false, true}});
  // 18 undated beside 18 in June 2024 in the same article: context for March 2022, where 10 stands.
  const auto senrik = check("The Senrik Hand had 18 sensors in March 2022.");
  CHECK(senrik.verdict == Verdict::kRefuted);
  CHECK(evidenceOf(senrik) == std::vector<Seen>{{"c:robotic_hands:2", false, false},
                                                {"c:robotic_hands:3", true, true},
                                                {"c:robotic_hands:4", true, true}});
  CHECK(check("The Senrik Hand had 10 sensors in March 2022.").verdict == Verdict::kSupported);
  CHECK(check("The Senrik Hand has 18 sensors.").verdict == Verdict::kSupported);
  CHECK(check("The Morvel Hand had 30 sensors in June 2024.").verdict == Verdict::kConflicting);
}

TEST_CASE("a check's evidence is its comparable claims once each, in claim order", "[query][check]") {
  for (const char* statement : {"The Morvel Hand had 24 sensors in March 2022.", "The Senrik Hand has 18 sensors."}) {
    INFO(statement);
    const auto r = check(statement);
    REQUIRE(!r.evidence.empty());
    CHECK(std::is_sorted(r.evidence.begin(), r.evidence.end(),
                         [](const auto& a, const auto& b) { return a.claim < b.claim; }));
    CHECK(std::adjacent_find(r.evidence.begin(), r.evidence.end(),
                             [](const auto& a, const auto& b) { return a.claim == b.claim; }) == r.evidence.end());
  }
}
