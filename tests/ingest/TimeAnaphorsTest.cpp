// Adverbials of time that point back to a date the text has just named (ingest/Dates.h,
// data/anaphoric_time_phrases.tsv): "By this time, 17,000 users ..." takes the date of the sentence
// before, as precisely as the phrase says ("that year": its year); a phrase that names its own time
// ("at the time of writing", "at the time the beta opened") or a sentence with a date of its own
// takes none from before.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "TestSupport.h"
#include "ingest/Dates.h"
#include "reason/Reason.h"

using namespace cg;

namespace {

// Every figure claim of a one-paragraph article as "figure | as_of | as_of_from", in order.
std::vector<std::string> datedFigures(const std::string& paragraph) {
  const graph::ClaimGraph g = reason::buildGraphFromText(test::oneParagraphArticle(paragraph), "test.md");
  std::vector<std::string> out;
  for (const graph::Claim& claim : g.claims()) {
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    const char* from = graph::toString(claim.asOfFrom);
    out.push_back(std::string(g.str(claim.quantityText)) + " | " + std::string(g.str(claim.asOf)) + " | " +
                  (from ? from : "none"));
  }
  return out;
}

}  // namespace

TEST_CASE("a time anaphor is found as whole words, with the precision it keeps", "[ingest][dates][anaphor]") {
  const ingest::TimeAnaphor a = ingest::findTimeAnaphor("By this time, 9,000 users had signed up.");
  CHECK(a.begin == 0);
  CHECK(a.end == 12);
  CHECK(a.keep == 10);
  CHECK(ingest::findTimeAnaphor("That year, it had 85 employees.").keep == 4);
  CHECK(ingest::findTimeAnaphor("Later that month it hired 5 people.").keep == 7);
  // Phrases that name their own time, and look-alikes inside other words.
  CHECK(ingest::findTimeAnaphor("At the time of writing it had 12 employees.").keep == 0);
  CHECK(ingest::findTimeAnaphor("At the time the beta opened, it had 12 employees.").keep == 0);
  CHECK(ingest::findTimeAnaphor("It was the same year as the merger.").keep == 0);
  // "at the time" points back only where it opens its sentence: inside one it is of that sentence's event.
  CHECK(ingest::findTimeAnaphor("At the time, it had 12 employees.").keep == 10);
  CHECK(ingest::findTimeAnaphor("It was later the largest window at the time.").keep == 0);
  CHECK(ingest::findTimeAnaphor("Stand by thence.").keep == 0);
  CHECK(ingest::findTimeAnaphor("The firm had 12 employees.").keep == 0);
}

TEST_CASE("of two time anaphors the one listed first wins, at its first place that passes",
          "[ingest][dates][anaphor]") {
  // data/anaphoric_time_phrases.tsv lists "by this time" before "that year": it wins though it stands later.
  const ingest::TimeAnaphor first = ingest::findTimeAnaphor("That year they grew, and by this time it had 9 staff.");
  CHECK(first.begin == 25);
  CHECK(first.keep == 10);
  // A place that fails ("by then when ...") gives way to the phrase's next place; case does not matter.
  const ingest::TimeAnaphor next = ingest::findTimeAnaphor("By then when it grew, and BY THEN, it had 5 staff.");
  CHECK(next.begin == 26);
  CHECK(next.end == 33);
  // Inside a word, or cut off by the text's end, a phrase is not there.
  CHECK(ingest::findTimeAnaphor("A standby this time.").keep == 0);
  CHECK(ingest::findTimeAnaphor("It was by th").keep == 0);
  CHECK(ingest::findTimeAnaphor("It was that yea").keep == 0);
  // Found after words of every length (the reader passes each word whole), after
  // runs of punctuation, and not inside a longer word.
  for (std::size_t n = 1; n < 20; ++n) {
    const std::string word(n, 'w');
    INFO(n);
    CHECK(ingest::findTimeAnaphor(word + " that year").begin == n + 1);
    CHECK(ingest::findTimeAnaphor(word + ",;(that year").begin == n + 3);
    CHECK(ingest::findTimeAnaphor(word + "that year").keep == 0);
    CHECK(ingest::findTimeAnaphor(word + "9 that year").begin == n + 2);
  }
}

TEST_CASE("the date a time anaphor gives: the earlier date as precise as the phrase", "[ingest][dates][anaphor]") {
  const ingest::TimeAnaphor year = ingest::findTimeAnaphor("That year, it had 85 employees.");
  CHECK(ingest::anaphoricDate(year, "2023-05-02").iso == "2023");
  const ingest::TimeAnaphor full = ingest::findTimeAnaphor("By then it had 40,000 users.");
  CHECK(ingest::anaphoricDate(full, "2022-10").iso == "2022-10");
  CHECK(ingest::anaphoricDate(full, "2022-10").begin == 0);
  // No earlier date, or a span (which the phrase does not say where in it it points): none.
  CHECK(ingest::anaphoricDate(full, "").iso.empty());
  CHECK(ingest::anaphoricDate(full, "1914/1918").iso.empty());
}

TEST_CASE("a figure dated by a time anaphor takes the date of the sentence before", "[ingest][dates][anaphor]") {
  CHECK(datedFigures("The beta opened on March 3, 2021. By this time, 9,000 users had signed up.") ==
        std::vector<std::string>{"9,000 users | 2021-03-03 | text"});
  CHECK(datedFigures("The firm moved in 2023. It hired staff. That year, it had 85 employees.") ==
        std::vector<std::string>{"85 employees | 2023 | text"});
  // Its own date wins; without an anaphor the sentence before lends nothing (its section's or the
  // document's date does).
  CHECK(datedFigures("The beta opened on March 3, 2021. By this time in 2022, 9,000 users had signed up.") ==
        std::vector<std::string>{"9,000 users | 2022 | text"});
  CHECK(datedFigures("The beta opened on March 3, 2021. Later, 9,000 users had signed up.") ==
        std::vector<std::string>{"9,000 users | 2024 | document"});
}
