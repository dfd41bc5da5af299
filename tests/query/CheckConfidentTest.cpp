// Fewer confident wrong verdicts (issue #13): a figure whose own line gives the statement's value to no
// named subject does not refute it ("if ... divided into four equal parts, the quantiles are called
// quartiles, and if ... into 100 equal parts, ... percentiles"), while a line that names the holder of
// each value still does; a statement that reports what a claimant said ("SemiAnalysis put ... at about
// $1.6 billion") is supported by that claimant's claim, not made conflicting by others' values; a
// market's size on a company's page is not its revenue ("Projected $40 billion AI tutoring market" under
// "Revenue and Growth"); an event's thing is read at the head of its noun phrase ("introduced
// bidirectional recurrent networks": a narrower kind than the graph knows); a count right after a cue
// noun counts its own noun ("hands new users 25 free credits"); an undated figure on the page of a thing
// that began in a year its categories give speaks of no date before it; a part named before its whole
// ("the action expert inside Tessel VLA") is the part's; a page named like the measure in the figure's
// phrase ("a 3% word error rate") is no subject behind another name. Over tests/fixtures/check-confident/,
// articles of our own.
#include <catch2/catch.hpp>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-confident");

}  // namespace

TEST_CASE("a line that gives the statement's value to no named subject does not refute it",
          "[query][check][confident]") {
  auto r = checked("Octiles cut a data set into eight equal groups.");
  CHECK(checked.subjectOf(r) == "octiles");
  CHECK(r.reading.measure == "number of groups");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  REQUIRE(r.evidence.size() == 1);
  CHECK(checked.graph().claimId(r.evidence[0].claim) == "c:binning:2");
  CHECK(r.evidence[0].context);
  // A value the line does not give is still refuted by the figure read as the subject's.
  r = checked("Octiles cut a data set into nine equal groups.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.explanation ==
        "The graph gives a different number of groups for octiles: the nearest claimed value is 20 count, 11 count "
        "away from 9 count.");
}

TEST_CASE("a line that names the holder of each value refutes a swapped one", "[query][check][confident]") {
  auto r = checked("Tarnwell sells 40 robot models.");
  CHECK(checked.subjectOf(r) == "tarnwell");
  CHECK(r.verdict == Verdict::kRefuted);
  r = checked("Kestrel Labs sells 25 robot models.");
  CHECK(r.verdict == Verdict::kRefuted);
  r = checked("Kestrel Labs sells 40 robot models.");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("a statement that reports a claimant's figure is supported by it, whatever others give",
          "[query][check][confident]") {
  auto r = checked("ChipLedger put Orbix's server capital spending at about $1.6 billion.");
  CHECK(checked.subjectOf(r) == "orbix");
  CHECK(r.reading.measure == "capital expenditure");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(r.explanation ==
        "1 claim in the graph agrees with 1.6 billion USD for the capital expenditure of Orbix (nearest 1.6 billion "
        "USD, 0% apart).");
  // Unreported, the same figure is one of two the sources give.
  r = checked("Orbix's server capital spending was about $1.6 billion.");
  CHECK(r.verdict == Verdict::kConflicting);
  CHECK(r.explanation ==
        "The sources disagree on the capital expenditure of Orbix: 1 claim agrees with 1.6 billion USD, but others "
        "give 5.6 million USD (per Orbix).");
}

TEST_CASE("the set-aside figure of a shared line is explained by that line", "[query][check][confident]") {
  auto r = checked("Octiles cut a data set into eight equal groups.");
  CHECK(r.explanation ==
        "The graph gives no number of groups of octiles plainly its own: the line that gives 20 count also gives 8 "
        "count to a thing it names no subject for, so it does not say which value is that of octiles.");
}

TEST_CASE("a market's size on a company's page is not the company's revenue", "[query][check][confident]") {
  auto r = checked("Quillbook's revenue reached $30 million in 2025.");
  CHECK(checked.subjectOf(r) == "quillbook");
  CHECK(r.reading.measure == "revenue");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(r.explanation ==
        "The graph gives no revenue of Quillbook: its figure of 40 billion USD is the size of a market, not "
        "Quillbook's revenue.");
  for (const auto& e : r.evidence) CHECK(e.context);
  // The market itself is still what the figure sizes.
  r = checked("The AI tutoring market was projected at $40 billion in 2025.");
  CHECK(r.reading.measure == "market size");
  CHECK(r.verdict == Verdict::kSupported);
}

TEST_CASE("an event's thing is read at the head of its noun phrase", "[query][check][confident]") {
  auto r = checked("Jane Roe and John Poe introduced bidirectional recurrent networks in 1997.");
  CHECK(!r.reading.subject);
  CHECK(r.reading.subjectName == "bidirectional recurrent networks");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  // The head alone, with no modifier, is the term the graph knows.
  r = checked("Jane Roe and John Poe introduced recurrent networks in 1997.");
  CHECK(checked.subjectOf(r) == "recurrent_networks");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("a count right after a cue noun counts its own noun", "[query][check][confident]") {
  auto r = checked("Quillbook hands new users 25 free credits.");
  CHECK(r.reading.measure == "number of credits");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("Quillbook hands new users 200 free credits.");
  CHECK(r.reading.measure == "number of credits");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.explanation ==
        "The graph gives a different number of credits for Quillbook: the nearest claimed value is 25 count, 175 "
        "count away from 200 count.");
}

TEST_CASE("an undated figure on the page of a thing that began later speaks of no earlier date",
          "[query][check][confident]") {
  // vantor_lark.md is of the category "2025 software": its undated "GridWorld | 58.2%" is of 2025 or later.
  auto r = checked("Vantor Lark scored 58.2% on GridWorld in October 2024.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  REQUIRE(r.evidence.size() == 1);
  CHECK(checked.graph().claimId(r.evidence[0].claim) == "c:vantor_lark:1");
  CHECK(r.evidence[0].context);
  // Nor does it refute another value of that date.
  CHECK(checked("Vantor Lark scored 40% on GridWorld in October 2024.").verdict == Verdict::kNotEnoughEvidence);
  // From that year on, and undated, it counts.
  CHECK(checked("Vantor Lark scored 58.2% on GridWorld in 2025.").verdict == Verdict::kSupported);
  CHECK(checked("Vantor Lark scored 40% on GridWorld.").verdict == Verdict::kRefuted);
}

TEST_CASE("a part named before its whole by inside or within is the part's", "[query][check][confident]") {
  // tessel_vla.md gives the whole 400 million parameters and its action expert ~80M.
  auto r = checked("The action expert inside Tessel VLA has roughly 80 million parameters.");
  CHECK(checked.subjectOf(r) == "tessel_vla");
  CHECK(r.reading.partName == "expert");
  CHECK(r.verdict == Verdict::kSupported);
  // The whole's figure is not the part's.
  r = checked("The action expert within Tessel VLA has 400 million parameters.");
  CHECK(r.verdict == Verdict::kRefuted);
  CHECK(r.explanation ==
        "The graph gives a different parameters for Tessel VLA: the nearest claimed value is 80 million count, 320 "
        "million count away from 400 million count.");
  // Named without a part, the whole's figure stands.
  CHECK(checked("Tessel VLA has 400 million parameters.").verdict == Verdict::kSupported);
}

TEST_CASE("a page named like the measure in the figure's phrase is no subject behind another",
          "[query][check][confident]") {
  // word_error_rate.md's 9% is a typical recognizer's, not Lumen ASR's.
  auto r = checked("Lumen ASR transcribes its test set with a 3% word error rate.");
  CHECK(checked.subjectOf(r) == "lumen_asr");
  CHECK(r.reading.measure == "word error rate");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  CHECK(r.explanation == "The graph has no word error rate figure in percent for Lumen ASR.");
  r = checked("Lumen ASR has a word error rate of 9%.");
  CHECK(checked.subjectOf(r) == "lumen_asr");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  // Where it is the only subject, the measure's page speaks.
  r = checked("A typical recognizer has a word error rate of 9%.");
  CHECK(checked.subjectOf(r) == "word_error_rate");
  CHECK(r.verdict == Verdict::kSupported);
}
