#pragma once
// A count given for a span of time ("200,000 pages a day", "200k+ pages/day", "2,500 tokens per
// second") is a rate, not a total: a total of the same things (the pages of a corpus) neither supports
// nor refutes it. The period a figure is given per, read from the words right after it.

#include <cstddef>
#include <string>
#include <string_view>

namespace cg::query {

// The period ("day", "hour", "year", ...) a figure ending at `figureEnd` is given per, written within its
// noun phrase after it ("pages of training data a day", "pages/day", "tokens per second", "daily"); empty
// when its clause gives none.
[[nodiscard]] std::string ratePeriodAfter(std::string_view text, std::size_t figureEnd);

}  // namespace cg::query
