// The one reader of the period a count is given per (ingest/Rates.h), for the extractor and for check:
// after the figure ("a month", "per week", "/day", "daily"), as an adverb in its noun phrase or a
// table header ("97 million monthly SDK downloads", "Monthly PyPI Downloads") and in a measure that
// carries it ("monthly downloads").
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "ingest/Rates.h"

namespace {

// The period written after `figure` in `text`.
std::string periodAfter(std::string_view text, std::string_view figure) {
  const std::size_t at = text.find(figure);
  REQUIRE(at != std::string_view::npos);
  return cg::ingest::ratePeriodAfter(text, at + figure.size());
}

}  // namespace

TEST_CASE("the period after a count, in its noun phrase or header, and in its measure", "[ingest][rates]") {
  CHECK(periodAfter("It was downloaded over 97 million times a month.", "97 million times") == "month");
  CHECK(periodAfter("It averages 28 million downloads per week on PyPI.", "28 million downloads") == "week");
  CHECK(periodAfter("It handles 200k+ pages/day.", "200k+ pages") == "day");
  // "every 5 hours" is no hour's; a conjunct is another figure's.
  CHECK(periodAfter("Pro gives 10-40 prompts every 5 hours.", "10-40 prompts").empty());
  CHECK(periodAfter("It has 117,000 stars and 28 million downloads per month.", "117,000 stars").empty());
  CHECK(cg::ingest::periodAdverbIn("over 97 million monthly SDK downloads") == "month");
  CHECK(cg::ingest::periodAdverbIn("Daily agent executions") == "day");
  CHECK(cg::ingest::periodAdverbIn("over 97 million SDK downloads").empty());
  CHECK(cg::ingest::periodicMeasure("downloads", "month") == "monthly downloads");
  CHECK(cg::ingest::periodicMeasure("queries", "year") == "yearly queries");
  // No adverb for a second: the measure stays.
  CHECK(cg::ingest::periodicMeasure("requests", "second") == "requests");
  CHECK(cg::ingest::measurePeriod("weekly views") == "week");
  CHECK(cg::ingest::measurePeriod("users").empty());
  CHECK(cg::ingest::measurePeriod("downloads").empty());
}
