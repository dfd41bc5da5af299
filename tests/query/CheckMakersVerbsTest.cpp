// check (issue #13): a count's verb says what its things went through ("turned out 4,000 Skylarks" is
// no count of the eleven "lost"), and a name written with its maker after "by" ("Marrow by
// OpenHarbor") is the name alone ("MARROW") (tests/fixtures/check-makers-verbs/, articles of our own).
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const std::string kFolder = "check-makers-verbs";

const cg::test::FixtureChecks check(kFolder);

bool evidenceHas(const cg::query::CheckResult& r, const std::string& claimId) {
  const auto& g = check.graph();
  for (const auto& e : r.evidence)
    if (g.claimId(e.claim) == claimId) return true;
  return false;
}

}  // namespace

TEST_CASE("a count of things made is not weighed against a count of those lost", "[query][check]") {
  auto made = check("Halvorsen Aircraft turned out 4,000 Skylarks.");
  CHECK(made.verdict == Verdict::kSupported);
  CHECK(made.reading.measure == "number of skylarks");
  CHECK(check.subjectOf(made) == "halvorsen_aircraft");
  CHECK(evidenceHas(made, "c:skylark_aircraft:1"));
  CHECK_FALSE(evidenceHas(made, "c:skylark_aircraft:2"));  // "lost eleven Skylarks", the latest count

  auto lost = check("Halvorsen Aircraft lost 11 Skylarks.");
  CHECK(lost.verdict == Verdict::kSupported);
  CHECK_FALSE(evidenceHas(lost, "c:skylark_aircraft:1"));

  auto lostMore = check("Halvorsen Aircraft lost 4,000 Skylarks.");
  CHECK(lostMore.verdict == Verdict::kRefuted);
  CHECK_FALSE(evidenceHas(lostMore, "c:skylark_aircraft:1"));
}

TEST_CASE("a count's verb is read past 'a total of' and a hedge before its figure", "[query][check]") {
  // "turned out a total of 11": made, so the eleven lost in the fire (claim 2) are no evidence for it; "lost a
  // total of 11" is no count of those made (claim 1). "no fewer than" is a hedge of data/value_hedges.tsv.
  struct Case {
    std::string statement;
    Verdict verdict;
    std::string evidence, notEvidence;
  };
  for (const Case& c : {Case{"Halvorsen Aircraft turned out a total of 11 Skylarks.", Verdict::kRefuted,
                             "c:skylark_aircraft:1", "c:skylark_aircraft:2"},
                        Case{"Halvorsen Aircraft lost a total of 11 Skylarks.", Verdict::kSupported,
                             "c:skylark_aircraft:2", "c:skylark_aircraft:1"},
                        Case{"Halvorsen Aircraft turned out no fewer than 4,000 Skylarks.", Verdict::kSupported,
                             "c:skylark_aircraft:1", "c:skylark_aircraft:2"}}) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(r.verdict == c.verdict);
    CHECK(evidenceHas(r, c.evidence));
    CHECK_FALSE(evidenceHas(r, c.notEvidence));
  }
}

TEST_CASE("a name written with its maker after 'by' is the name alone", "[query][check]") {
  auto r = check("Over 800 AI researchers worked on OpenHarbor's MARROW.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "marrow");
  CHECK(r.reading.measure == "number of researchers");
  CHECK(r.reading.figure->value == 800);
  CHECK(evidenceHas(r, "c:open_models_guide:1"));

  CHECK(check("MARROW was the work of about 300 AI researchers.").verdict == Verdict::kRefuted);
  // Its own figures stay its own.
  CHECK(check("MARROW has 90 billion parameters.").verdict == Verdict::kSupported);
  // A capital inside a word is part of the name: "TiDAL" is not "Tidal by Corvane".
  auto other = check("TiDAL was created by over 50 engineers.");
  CHECK(other.verdict == Verdict::kNotEnoughEvidence);
  CHECK_FALSE(evidenceHas(other, "c:open_models_guide:2"));
}
