// A possessive names a thing of the possessor's own ("DeepSeek-OCR's decoder", "the University's
// evaluation framework"): the figure is that part's, so only figures whose sentence names the part speak
// to it, and the whole's other figures (the model's total, another component's) refute nothing. An
// appositive after a name that closes with its bracketed part ("AutoExpert (Academic), the ... GPT")
// describes that name; its class word is not the subject. Over tests/fixtures/check-possessive-parts/,
// articles of our own.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-possessive-parts");

}  // namespace

TEST_CASE("a possessed part's figure is checked against the figures its sentences give the part",
          "[query][check][possessive-parts]") {
  auto r = checked("For each token, Tessarine-OCR's decoder activates about 410 million parameters.");
  CHECK(r.reading.partName == "decoder");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(checked("For each token, Tessarine-OCR's decoder activates about 900 million parameters.").verdict ==
        Verdict::kRefuted);
  // The whole's total is not the part's: nothing in the article gives the encoder's parameters.
  r = checked("Tessarine-OCR's vision encoder holds 2.4 billion parameters.");
  CHECK(r.reading.partName == "encoder");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  // The whole itself, and a version of it, stay the whole.
  CHECK(checked("Tessarine-OCR has 2.4 billion parameters.").verdict == Verdict::kSupported);
  CHECK(checked("Tessarine-OCR's first version has 2.4 billion parameters.").reading.partName.empty());
}

TEST_CASE("an appositive after a name with a bracketed part describes that name", "[query][check][possessive-parts]") {
  auto r = checked("Brindle Scholar (Academic), the brindle.example GPT that reads papers, has logged 31,000 chats.");
  CHECK(checked.subjectOf(r) == "brindle_scholar_academic_gpt");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Brindle Scholar (Academic), the brindle.example GPT that reads papers, has logged 4,000 chats.");
  CHECK(checked.subjectOf(r) == "brindle_scholar_academic_gpt");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("a count per a span of time is checked against rates, never against totals",
          "[query][check][possessive-parts]") {
  auto r = checked("A single Corvid-9 card running Tessarine-OCR can turn out more than 150,000 pages of scans a day.");
  CHECK(r.verdict == Verdict::kSupported);
  // Refuted by the rate, not by the corpus's 4 million pages.
  r = checked("A single Corvid-9 card running Tessarine-OCR can turn out more than 900,000 pages of scans a day.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.difference);
  if (r.difference) CHECK(*r.difference == Approx(750000.0));
}
