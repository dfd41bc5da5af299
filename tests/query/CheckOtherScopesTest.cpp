// A statement whose measure is only its unit ("Plume solved 34% of the tasks": a percentage) is not
// refuted by its subject's figures of another scope (issue #13): a table row on another thing's page
// that the statement does not name ("| Plume | - | 63.7 | 41.5 | 52.6 |" in Loom Context Engineering),
// or a combination's row ("| Plume + Memo | ... |"), which neither refutes nor supports. Over
// tests/fixtures/check-scopes/, articles of our own. And a class of many things ("GPT", the class word of
// many page titles) decides nothing from several pages' unlike figures (tests/fixtures/check-class-of-many/).
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-scopes");
// Ten custom GPT pages make "GPT" a class word; "GPT" and "GPT-7" give the class unlike figures.
const cg::test::FixtureChecks ofClass("check-class-of-many");

}  // namespace

TEST_CASE("another page's table row does not refute a bare percentage", "[query][check][other-scopes]") {
  // The rows are Plume's as ingest reads them.
  CHECK(checked.subjectOfValue(52.6) == "plume");
  CHECK(checked.subjectOfValue(66.7) == "plume");
  auto r = checked("Plume solved 34% of the tasks.");
  CHECK(checked.subjectOf(r) == "plume");
  CHECK(r.reading.measure == "percentage");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  REQUIRE(r.evidence.size() == 2);
  for (const auto& e : r.evidence) CHECK(e.context);
  CHECK(r.explanation ==
        "The graph gives no percentage of Plume in the statement's scope: its figures are of other scopes.");
  // The row's own value still agrees.
  r = checked("Plume solved 52.6% of the tasks.");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("a combination's row is not its first name's figure", "[query][check][other-scopes]") {
  auto r = checked("Plume solved 66.7% of the tasks.");
  CHECK(checked.subjectOf(r) == "plume");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  // Written as the combination, the statement is not set aside by it.
  r = checked("Plume + Memo solved 66.7% of the tasks.");
  CHECK(r.verdict != Verdict::kNotEnoughEvidence);
}

TEST_CASE("a statement that names the page weighs its rows", "[query][check][other-scopes]") {
  auto r = checked("In Loom Context Engineering's tests, Plume solved 34% of the tasks.");
  CHECK(checked.subjectOf(r) == "plume");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(*r.difference == Approx(34 - 52.6));
}

TEST_CASE("a class word's subject decides nothing from several pages' unlike figures", "[query][check][other-scopes]") {
  CHECK(ofClass.subjectOfValue(40) == "gpt");
  CHECK(ofClass.subjectOfValue(75) == "gpt");
  auto r = ofClass("The Sparkle Writer custom GPT keeps each summary to 50 words.");
  CHECK(ofClass.subjectOf(r) == "gpt");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(r.explanation ==
        "GPT names a class of many things: the graph's figures of it come from several pages with unlike values, "
        "each of another thing of the class.");
  // A page of the class is still its own subject.
  r = ofClass("Pith Recap keeps each recap to 60 words or less.");
  CHECK(ofClass.subjectOf(r) == "pith_recap_gpt");
  CHECK(r.verdict == Verdict::kSupported);
}
