#pragma once
// Dates as written in references and prose, to ISO 8601 at the precision given:
// "January 27, 2025" -> "2025-01-27", "Jan. 27–28, 2025" -> "2025-01-27" (a span
// starts on its first day), "February 2025" -> "2025-02", "2025" -> "2025".

#include <cstddef>
#include <string>
#include <string_view>

namespace cg::ingest {

struct DateMatch {
  std::string iso;                 // empty when nothing was found
  std::size_t begin = 0, end = 0;  // where the date stands in the text
};

// The first date in `text`, most precise form first. Years are 1800–2199.
[[nodiscard]] DateMatch findDate(std::string_view text);
// findDate(text).iso.
[[nodiscard]] std::string normalizeDate(std::string_view text);
// 1..12 for "January", "Jan", "Jan.", "Sept"; 0 otherwise.
[[nodiscard]] int monthNumber(std::string_view word);

}  // namespace cg::ingest
