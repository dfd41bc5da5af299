// check on causes of wrong verdicts found in the accuracy set (tests/accuracy/checks.tsv), over
// articles of our own (tests/fixtures/check-causes/): a market's size found by the market's words,
// the right number restated loosely at the wrong date, a score written as a bare number.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "TestSupport.h"
#include "graph/ClaimGraph.h"
#include "query/Query.h"
#include "reason/Markets.h"
#include "reason/Reason.h"

namespace {

using cg::query::Verdict;

const cg::query::Engine& engine() { return cg::test::fixtureEngine("check-causes"); }

cg::query::CheckResult check(const std::string& statement) { return engine().check(statement); }

std::string marketWords(std::string_view sentence, std::string_view figure) {
  std::string out;
  for (const auto& w : cg::reason::marketAt(sentence, sentence.find(figure)).words) out += w + " ";
  return out;
}

}  // namespace

TEST_CASE("a market is named by its words before the figure or as the figure attribute", "[query][check][market]") {
  CHECK(marketWords("The global OCR market grew to $38.59 billion by 2032.", "$38.59") == "ocr ");
  CHECK(marketWords("The market for AI GPUs reached $17.58 billion.", "$17.58") == "ai gpu ");
  CHECK(marketWords("The GPU for AI market reached $17.58 billion.", "$17.58") == "ai gpu ");
  CHECK(marketWords("Projected $25 billion AI inference market in 2025", "$25") == "ai inference ");
  // Two markets in one sentence: each figure is the nearest one's before it.
  CHECK(marketWords("The car market is $10 trillion, but the robotics market could reach $20 trillion.", "$20") ==
        "robotic ");
  CHECK_FALSE(cg::reason::marketAt("Nvidia's market value reached $3 trillion.", 30).found);
  CHECK_FALSE(cg::reason::marketAt("Acme raised $50 million to enter the AI chip market.", 12).found);
}

TEST_CASE("the size of a market at the date of the statement refutes another figure for it", "[query][check][market]") {
  auto r = check("The voice cloning market was worth $5.4 billion in 2024.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK_FALSE(r.reading.subject);
  CHECK(r.reading.subjectName == "voice cloning market");
  CHECK(r.reading.measure == "market size");
  CHECK(r.explanation ==
        "The graph gives a different market size for voice cloning market for 2024: the nearest claimed value is "
        "2.1 billion USD, 3.3 billion USD away from 5.4 billion USD.");
}

TEST_CASE("a market written two ways is one market: the market for speech synthesis chips", "[query][check][market]") {
  auto r = check("The speech synthesis chip market was worth $300 million in 2023.");
  CHECK(r.verdict == Verdict::kSupported);
  REQUIRE(r.evidence.size() == 1);
  CHECK(engine().graph().claimId(r.evidence[0].claim) == "c:voice_cloning:3");
}

TEST_CASE("two articles giving one market different sizes for one year conflict", "[query][check][market]") {
  auto r = check("The voice cloning market was worth $1.2 billion in 2024.");
  CHECK(r.verdict == Verdict::kConflicting);
  CHECK(r.explanation ==
        "The sources disagree on the market size of voice cloning market for 2024: 1 claim agrees with 1.2 billion "
        "USD, but others give 2.1 billion USD.");
}

TEST_CASE("the market alone in an article sizes the topic of the article", "[query][check][market]") {
  auto r = check("The lip syncing market was worth $400 million in 2024.");
  CHECK(r.verdict == Verdict::kSupported);
  REQUIRE(r.evidence.size() == 2);  // the 2024 size counts; the 2031 forecast is context
  CHECK(engine().graph().claimId(r.evidence[0].claim) == "c:lip_syncing:1");
  CHECK_FALSE(r.evidence[0].context);
  CHECK(r.evidence[1].context);
}

TEST_CASE("a market value is no market and a market the graph never sizes is no evidence", "[query][check][market]") {
  auto r = check("Vocalis Labs' market value was $9 billion in 2024.");
  CHECK(r.reading.market.empty());
  CHECK(r.reading.measure == "market value");
  CHECK(r.verdict == Verdict::kSupported);
  auto none = check("The deep sea mining market was worth $3 billion in 2024.");
  CHECK(none.verdict == Verdict::kNotEnoughEvidence);
  CHECK(none.explanation == "The graph has no size of the deep sea mining market.");
}

TEST_CASE("the right number restated loosely beside its own date is refuted at another date", "[query][check]") {
  // "the claimed 31%" is dated only by its source (2025); "In June 2024, ... 31%" by its words.
  auto r = check("Orbit-2 scored 31% on Harbor Eval in March 2025.");
  CHECK(r.verdict == Verdict::kRefuted);
  std::size_t agreeing = 0;
  for (const auto& e : r.evidence)
    if (e.agrees) {
      ++agreeing;
      CHECK(e.context);
    }
  CHECK(agreeing == 1);  // the June 2024 31%, shown beside the refutation
  CHECK(r.explanation ==
        "The graph gives a different benchmark score for Orbit-2 for 2025-03: the nearest claimed value is 45 "
        "percent, 14 percent away from 31 percent.");
  CHECK(check("Orbit-2 scored 31% on Harbor Eval in June 2024.").verdict == Verdict::kSupported);
}

TEST_CASE("a score written as a bare number after its word is read as points out of 100", "[query][check]") {
  auto r = check("Kestrel Research has an overall Lantern Bench score of 71.5.");
  REQUIRE(r.reading.figure);
  CHECK(*r.reading.figure->value == 71.5);
  CHECK(r.reading.figure->unit == "percent");
  CHECK(r.reading.figure->text == "71.5");
  CHECK(r.reading.measure == "benchmark score");
  // Above 100 it is no such score.
  auto points = check("Kestrel Research's score rose to 1200 points.");
  REQUIRE(points.reading.figure);
  CHECK(*points.reading.figure->value == 1200);
  CHECK(points.reading.figure->unit == "points");
}
