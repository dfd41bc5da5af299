// check (issue #13): a count's verb says what its things went through ("turned out 4,000 Skylarks" is
// no count of the eleven "lost"); a name written with its maker after "by" ("Marrow by OpenHarbor")
// is the name alone ("MARROW"); and a figure the extractor gave no subject in an article titled by
// the statement's subject's short name ("Scalable ... (QUILL-S)") is that subject's
// (tests/fixtures/check-own-articles/, articles of our own).
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const std::string kFolder = "check-own-articles";

cg::query::CheckResult check(const std::string& statement) {
  return cg::test::fixtureEngine(kFolder).check(statement);
}

bool evidenceHas(const cg::query::CheckResult& r, const std::string& claimId) {
  const auto& g = cg::test::fixtureEngine(kFolder).graph();
  for (const auto& e : r.evidence)
    if (g.claimId(e.claim) == claimId) return true;
  return false;
}

}  // namespace

TEST_CASE("a count of things made is not weighed against a count of those lost", "[query][check]") {
  auto made = check("Halvorsen Aircraft turned out 4,000 Skylarks.");
  CHECK(made.verdict == Verdict::kSupported);
  CHECK(made.reading.measure == "number of skylarks");
  CHECK(cg::test::subjectKeyOf(kFolder, made) == "halvorsen_aircraft");
  CHECK(evidenceHas(made, "c:skylark_aircraft:1"));
  CHECK_FALSE(evidenceHas(made, "c:skylark_aircraft:2"));  // "lost eleven Skylarks", the latest count

  auto lost = check("Halvorsen Aircraft lost 11 Skylarks.");
  CHECK(lost.verdict == Verdict::kSupported);
  CHECK_FALSE(evidenceHas(lost, "c:skylark_aircraft:1"));

  auto lostMore = check("Halvorsen Aircraft lost 4,000 Skylarks.");
  CHECK(lostMore.verdict == Verdict::kRefuted);
  CHECK_FALSE(evidenceHas(lostMore, "c:skylark_aircraft:1"));
}

TEST_CASE("a name written with its maker after 'by' is the name alone", "[query][check]") {
  auto r = check("Over 800 AI researchers worked on OpenHarbor's MARROW.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(cg::test::subjectKeyOf(kFolder, r) == "marrow");
  CHECK(r.reading.measure == "number of researchers");
  CHECK(r.reading.figure->value == 800);
  CHECK(evidenceHas(r, "c:open_models_guide:1"));

  CHECK(check("MARROW was the work of about 300 AI researchers.").verdict == Verdict::kRefuted);
  // Its own figures stay its own.
  CHECK(check("MARROW has 90 billion parameters.").verdict == Verdict::kSupported);
}

TEST_CASE("a figure of no subject in an article titled by the subject's short name is the subject's",
          "[query][check]") {
  auto hours = check("QUILL-S was trained on forty-five thousand hours of English speech.");
  CHECK(hours.verdict == Verdict::kSupported);
  CHECK(cg::test::subjectKeyOf(kFolder, hours) == "quill_s");
  CHECK(hours.reading.figure->value == 45000);
  CHECK(hours.reading.figure->unit == "hours");
  CHECK(evidenceHas(hours, "c:quillspeech_paper:1"));

  CHECK(check("QUILL-S was trained on 9,000 hours of English speech.").verdict == Verdict::kRefuted);

  auto speakers = check("QUILL-S has 3,000 speakers.");
  CHECK(speakers.verdict == Verdict::kSupported);
  CHECK(speakers.reading.measure == "number of speakers");
  CHECK(evidenceHas(speakers, "c:quillspeech_paper:2"));

  // A measure the article gives no figure of is still not known.
  CHECK(check("QUILL-S has 12 decoders.").verdict == Verdict::kRefuted);
  CHECK(check("QUILL-S was trained by 40 engineers.").verdict == Verdict::kNotEnoughEvidence);
}
