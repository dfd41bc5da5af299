#pragma once
// Dates as written in references and prose, to ISO 8601 at the precision given:
// "January 27, 2025" -> "2025-01-27", "Jan. 27–28, 2025" -> "2025-01-27" (a span
// starts on its first day), "February 2025" -> "2025-02", "2025" -> "2025".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Records.h"

namespace cg::ingest {

struct DateMatch {
  std::string iso;                 // empty when nothing was found
  std::size_t begin = 0, end = 0;  // where the date stands in the text
};

// The first date in `text`, most precise form first. Years are 1800–2199.
[[nodiscard]] DateMatch findDate(std::string_view text);
// Every date in `text`, in order, each the most precise form at its place.
[[nodiscard]] std::vector<DateMatch> findDates(std::string_view text);
// A stretch of text a figure takes ("$25 million"), as offsets into the text its dates were found in.
struct Span {
  std::size_t begin = 0, end = 0;
};
// The date figure `which` of `figures` speaks for, among the `dates` of one sentence `text`: the
// nearest to it that no other figure owns. A date right after a figure, joined by at most a
// preposition of time ("from $25 million in 2023", "up from 12 during 2022", "$0.40 by 2025", "$20
// in late 2022"), or in a bracket right after it when the sentence has several dates ("$100 million
// (reached April 2025) / $82 million ..., July 2025"), is that figure's, so "By late 2024, ARR
// reached $90 million, growing from $25 million in 2023" dates the $90 million 2024. When every
// date is another figure's, the nearest of those whose owner is no earlier end of a series ("1,300
// people by 2017, including 300 researchers"); none when every one is ("60% now, up from 58% in
// 2024", "61.4%, up from 14.9% in October 2024"), so the figure is dated otherwise.
[[nodiscard]] std::string dateOfFigure(std::string_view text, const std::vector<DateMatch>& dates,
                                       const std::vector<Span>& figures, std::size_t which);
// findDate(text).iso.
[[nodiscard]] std::string normalizeDate(std::string_view text);
// Gives each claim that its own words leave undated the date it speaks for (`as_of`), from the
// first that has one: its section's heading (or an enclosing one), the earliest date of the
// sources it cites, the document's date. A publication date says when something was written,
// not the day it speaks for, so those two are kept to their year.
void dateClaims(graph::DocumentBundle& bundle);
// 1..12 for "January", "Jan", "Jan.", "Sept"; 0 otherwise.
[[nodiscard]] int monthNumber(std::string_view word);

}  // namespace cg::ingest
