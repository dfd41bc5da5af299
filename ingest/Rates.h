#pragma once
// A count given for a span of time ("200,000 pages a day", "200k+ pages/day", "2,500 tokens per
// second") is a rate, not a total: a total of the same things (the pages of a corpus) neither supports
// nor refutes it. The period a figure is given per, read from the words right after it, from a period
// adverb in its noun phrase ("97 million monthly SDK downloads") or from its measure ("monthly
// downloads"); one reader for the extractor and for check.

#include <cstddef>
#include <string>
#include <string_view>

namespace cg::ingest {

// The period ("day", "hour", "year", ...) a figure ending at `figureEnd` is given per, written within its
// noun phrase after it ("pages of training data a day", "pages/day", "tokens per second", "daily"); empty
// when its clause gives none.
[[nodiscard]] std::string ratePeriodAfter(std::string_view text, std::size_t figureEnd);

// The period a period adverb among `text`'s words names ("over 97 million monthly SDK downloads",
// "| Monthly PyPI Downloads |": "month"); "" when it has none.
[[nodiscard]] std::string periodAdverbIn(std::string_view text);

// A count measure given per `period`: "monthly downloads" of "downloads" per "month"; `acts` unchanged
// for a period with no adverb ("second", "minute") or none.
[[nodiscard]] std::string periodicMeasure(std::string_view acts, std::string_view period);

// The period a measure is given per, named by its first word ("monthly downloads": "month"); "" for a
// measure of totals.
[[nodiscard]] std::string measurePeriod(std::string_view measure);

}  // namespace cg::ingest
