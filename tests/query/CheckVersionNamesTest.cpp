// check over tests/fixtures/check-version-names/ (pages of our own): a product whose page is titled
// with one form of its version ("OrcaLM 2.0") and whose text names it with another ("OrcaLM-V2") is one
// subject under both names; another version ("2.1" of "Nimbus 2") is not. A possessor before a term
// written in lower case ("OrcaLM-V2's supervised fine-tuning") is the subject, even where the graph
// types the term as an owner.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-version-names");

}  // namespace

TEST_CASE("a version written \"V2\" or \"2.0\" names one product", "[query][check][names]") {
  auto r = check("Orca Labs trained OrcaLM 2.0 on a cluster of 512 Nvidia H800 GPUs.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "orcalm_2_0");
  auto wrong = check("Orca Labs trained OrcaLM 2.0 on a cluster of 1,024 Nvidia H800 GPUs.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  // The page's own figure, under the name its text uses.
  auto other = check("OrcaLM-V2 drew on a curated instruction dataset of 800,000 instances.");
  CHECK(other.verdict == Verdict::kSupported);
}

TEST_CASE("another version is another product", "[query][check][names]") {
  CHECK(check("Nimbus 2 was trained on 40 GPUs.").verdict == Verdict::kSupported);
  auto r = check("Nimbus 2.1 was trained on 40 GPUs.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
}

TEST_CASE("a possessor before a term in lower case is the subject", "[query][check][names]") {
  auto r = check("OrcaLM-V2's supervised fine-tuning drew on a curated instruction dataset of 800,000 instances.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "orcalm_v2");
  auto wrong = check("OrcaLM-V2's supervised fine-tuning drew on a curated instruction dataset of 300,000 instances.");
  CHECK(wrong.verdict == Verdict::kRefuted);
}
