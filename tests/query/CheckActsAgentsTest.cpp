// What a count names by the words around it, on both sides of check (h-held23): the times a thing is
// done count the acts of its verb ("downloaded 730,000 times" is downloads, as "730,000 downloads"
// is); a count of people counts the agents of its clause's verb (WordNet's agent nouns,
// data/agent_nouns.tsv: "900 people attended" is number of attendants, "410 people had contributed"
// number of contributors, not employees); and in a list of figures an earlier figure's own counted noun
// ("12 million monthly package downloads") is no cue for the next count ("more than 6,500 registered
// plugins" counts plugins). Over tests/fixtures/check-acts-agents/, an article of our own.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-acts-agents");

// The measure of the graph's figure claim whose value is `value`; "" when none.
std::string measureOf(double value) {
  const auto& g = checked.graph();
  for (cg::graph::ClaimId c : g.claims().ids()) {
    const auto& claim = g.claims()[c];
    if (claim.kind == cg::graph::ClaimKind::kFigure && claim.value == value) return std::string(g.str(claim.measure));
  }
  return "";
}

}  // namespace

TEST_CASE("the times a thing is done count the acts of its verb", "[query][check][acts-agents]") {
  CHECK(measureOf(730000) == "downloads");
  auto r = checked("Brindle Kit's package had been downloaded 730,000 times by March 2025.");
  CHECK(r.reading.measure == "downloads");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Brindle Kit's package had been downloaded 2 million times by March 2025.");
  CHECK(r.reading.measure == "downloads");
  CHECK(r.verdict == Verdict::kRefuted);
  // A verb whose base form WordNet has as a noun names its acts by it; one with no such noun, and no cue,
  // leaves a count of times.
  CHECK(checked("Brindle Kit was forked 40 times by March 2025.").reading.measure == "number of forks");
  CHECK(checked("Brindle Kit was renamed 3 times by March 2025.").reading.measure == "number of times");
}

TEST_CASE("a count of people counts the agents of its clause's verb", "[query][check][acts-agents]") {
  CHECK(measureOf(410) == "number of contributors");
  CHECK(measureOf(900) == "number of attendants");
  auto r = checked("By March 2025 more than 410 people from the community had contributed to Brindle Kit.");
  CHECK(r.reading.measure == "number of contributors");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("By March 2025 more than 1,500 people from the community had contributed to Brindle Kit.").verdict ==
        Verdict::kRefuted);
  r = checked("About 900 people attended the first Brindle Kit meetup.");
  CHECK(r.reading.measure == "number of attendants");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("About 3,000 people attended the first Brindle Kit meetup.").verdict == Verdict::kRefuted);
  // With no verb right after the noun, an auxiliary or "who", people stay employees.
  CHECK(checked("Brindle Kit has 40 people.").reading.measure == "employees");
}

TEST_CASE("an earlier figure's own counted noun is no cue for the next count", "[query][check][acts-agents]") {
  CHECK(measureOf(12000000) == "monthly downloads");
  CHECK(measureOf(6500) == "number of plugins");
  auto r = checked("More than 6,500 Brindle Kit plugins were registered in June 2025.");
  CHECK(r.reading.measure == "number of plugins");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("More than 20,000 Brindle Kit plugins were registered in June 2025.").verdict == Verdict::kRefuted);
}

TEST_CASE("a count of people governed by a verb before 'by' counts its agents", "[query][check][acts-agents]") {
  CHECK(measureOf(45) == "number of contributors");
  auto r = checked("Brindle Kit's guide was contributed to by 45 people.");
  CHECK(r.reading.measure == "number of contributors");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("Brindle Kit's guide was contributed to by 300 people.").verdict == Verdict::kRefuted);
}

TEST_CASE("the acts of a verb counted per a span of time are a rate of them, never a total",
          "[query][check][acts-agents][rates]") {
  // "over 12 million monthly package downloads", "52,000 weekly views": the period is the measure's (a
  // period after the noun, "52,000 views a week", is the unit's: views/week).
  CHECK(measureOf(52000) == "weekly views");
  auto r = checked("Brindle Kit had over 12 million monthly package downloads in June 2025.");
  CHECK(r.reading.measure == "monthly downloads");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Brindle Kit had over 40 million monthly package downloads in June 2025.");
  CHECK(r.reading.measure == "monthly downloads");
  CHECK(r.verdict == Verdict::kRefuted);
  // How often people meet is no count of anything: no figure.
  CHECK(measureOf(4).empty());
}
