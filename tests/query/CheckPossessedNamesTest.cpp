// In "X's Y" the head Y is the subject when it names a thing of its own (issues #12 #13): a proper name
// after the possessive ("Ferrovia's Lantern Gym"), whatever the graph types it, takes the figure from its
// possessor, and a proper name the graph has no figure of ("Ferrovia's Hillclimb-v0 environment") is a
// part of the possessor's whose figures only its sentences give; a class word after a maker's possessive
// and a describing word ("Quillframes' video GPT") names that maker's page of the class, or a thing the
// graph does not know. A narrower subject is never refuted by the wider name's figures. Over
// tests/fixtures/check-possessed-names/, articles of our own.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-possessed-names");

}  // namespace

TEST_CASE("a proper name after a possessive is the subject, not its possessor", "[query][check][possessed-names]") {
  auto r = checked("Ferrovia's Lantern Gym comes with a benchmark suite of 14 control environments.");
  CHECK(r.reading.subjectName == "Lantern Gym");
  CHECK(r.verdict == Verdict::kSupported);
  // Refuted by the named thing's own figure, not by the possessor's 60 browser environments.
  r = checked("Ferrovia's Lantern Gym comes with a benchmark suite of 40 control environments.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.difference);
  if (r.difference) CHECK(*r.difference == Approx(26.0));
}

TEST_CASE("a possessed proper name without figures is a part, never refuted by the possessor's figures",
          "[query][check][possessed-names]") {
  auto r = checked("Ferrovia's Hillclimb-v0 environment ends an episode after 200 steps.");
  CHECK(r.reading.partName == "Hillclimb-v0");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  // The possessor's own figure still speaks to the possessor.
  CHECK(checked("Ferrovia's onboarding guide takes 5 steps.").verdict != Verdict::kRefuted);
}

TEST_CASE("a class word after a maker's possessive names the maker's page of that class",
          "[query][check][possessed-names]") {
  auto r = checked("Quillframes' video GPT keeps the text it writes to 40 words at most.");
  CHECK(checked.subjectOf(r) == "video_forge_-_by_quillframes_gpt");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Quillframes' video GPT keeps the text it writes to 200 words at most.");
  CHECK(checked.subjectOf(r) == "video_forge_-_by_quillframes_gpt");
  CHECK(r.verdict == Verdict::kRefuted);
  // A maker with no page of the class: a thing the graph does not know, not the class page "GPT".
  r = checked("Brightloom's video GPT keeps the text it writes to 40 words at most.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
}
