// A refutation needs the same subject and scope (issue #13): a product a maker's possessive names
// ("Quarrymark's quill-mini-v2 model"), a thing the figure goes to ("to its Bright Harbor project"), a
// name before an appositive ("TF2, the community fork of Tallyframe"), the name after an opening
// participle's phrase ("Paired with Veltro-3, Sifter ...") and the thing a maker "trained" or "built"
// are the statement's subject, never refuted through the maker or the other names; an opening "On
// BENCH," is the statement's scope, and in "90.2% EM on ORBIT-500 and 39.2% Pass@1 on CRESTA 2024"
// each figure is on its own benchmark. Over tests/fixtures/check-cross-scopes/, articles of our own.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-cross-scopes");

}  // namespace

TEST_CASE("a product id after a maker's possessive is a part the maker's figures do not refute",
          "[query][check][cross-scopes]") {
  auto r = checked("Quarrymark's quill-mini-v2 model has about 428 million parameters.");
  CHECK(r.reading.partName == "quill-mini-v2");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  // The maker's own figure still speaks to the maker.
  r = checked("Quarrymark's capital expenditure was $10 million in 2024.");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("a figure given to a thing of the subject's own is that thing's", "[query][check][cross-scopes]") {
  auto r = checked("Quarrymark has committed $10 million to its Bright Harbor safety project.");
  CHECK(r.reading.partName == "Bright Harbor");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
}

TEST_CASE("the name before an appositive is the subject, not the names inside it", "[query][check][cross-scopes]") {
  auto r = checked("TF2, the community fork of Tallyframe, has 3,900 stars on GitHub.");
  CHECK(r.reading.subjectName == "TF2");
  CHECK_FALSE(r.reading.subject);
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  r = checked("Tallyframe has 3,900 stars on GitHub.");
  CHECK(checked.subjectOf(r) == "tallyframe");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("the name after an opening participle's phrase is the subject", "[query][check][cross-scopes]") {
  auto r = checked("Paired with Veltro-3, Sifter resolved 57.4% of SWE-bench Verified issues.");
  CHECK(checked.subjectOf(r) == "sifter");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  r = checked("Veltro-3 resolves 57.4% of SWE-bench Verified issues.");
  CHECK(checked.subjectOf(r) == "veltro-3");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("an opening 'On BENCH,' is the scope and each coordinated figure is on its own benchmark",
          "[query][check][cross-scopes]") {
  auto r = checked("On CRESTA 2024, Veltro-3 gets 39.2% of problems right at the first attempt.");
  CHECK(r.reading.scopeName == "CRESTA 2024");
  CHECK(r.reading.measure == "benchmark score");
  CHECK(r.reading.asOf.empty());  // the year names the test, not the date
  CHECK(r.verdict == Verdict::kSupported);
  // 90.2% is on ORBIT-500, not on CRESTA 2024, though its sentence names both.
  r = checked("On CRESTA 2024, Veltro-3 gets 90.2% of problems right.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.difference);
  if (r.difference) CHECK(*r.difference == Approx(51.0));
  CHECK(checked("Veltro-3 scores 90.2% on CRESTA 2024.").verdict == Verdict::kRefuted);
  CHECK(checked("Veltro-3 scores 90.2% on ORBIT-500.").verdict == Verdict::kSupported);
}

TEST_CASE("a figure of what a maker trained or built is the made thing's, not the maker's",
          "[query][check][cross-scopes]") {
  auto r = checked("Quarrymark trained Veltro-3 on a cluster of 2,048 H800 GPUs.");
  CHECK(checked.subjectOf(r) == "veltro-3");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Quarrymark built Veltro-3 on a cluster of 1,024 H800 GPUs.");
  CHECK(checked.subjectOf(r) == "veltro-3");
  CHECK(r.verdict == Verdict::kRefuted);
  // The verb not right after the maker ("to train"): the figure stays the maker's.
  r = checked("Quarrymark used 16,000 GPUs to train Veltro-3.");
  CHECK(checked.subjectOf(r) == "quarrymark");
  CHECK(r.verdict == Verdict::kSupported);
}
