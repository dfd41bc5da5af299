#pragma once
// Figures in running text: "$589B", "roughly 589 billion to 593 billion dollars",
// "~17%", "2.79 million GPU-hours", "€2.1 billion", "2 dollars per GPU-hour".
//
// findFigures() scans one sentence (or table row) and returns every figure in it,
// normalised to base units, with its byte span so that callers can look at the
// words around it (the measure, the subject, the time). It is a pure function of
// its input and runs in time linear in the input (RE2 only).
//
// What is NOT a figure: years ("in 2022", "the 1957 launch"), dates ("January 27,
// 2025", "Jan 27"), numbers inside names ("S&P 500", "GPT-4", "H800", "Fortune
// 500"), section and reference numbers ("[3]"), ordinals ("number one").

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

// How the text qualifies a figure's exactness.
enum class Bound : unsigned char {
  kExact,     // "589 billion dollars"
  kAtLeast,   // "more than", "over", "at least", "upwards of"
  kAtMost,    // "less than", "under", "up to", "no more than"
};

// A normalised amount. A point value has `value` set and low/high empty; a
// range ("589 billion to 593 billion") has low and high set and value = their
// midpoint. Units: ISO 4217 codes for money (USD, EUR, GBP, CNY, JPY, ...),
// "percent", "count", "GPU-hours", time units ("seconds", "minutes", "hours",
// "days", "weeks", "months", "years"), and rates as "USD/GPU-hour" (money per
// unit, the unit after "per").
struct Quantity {
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  std::string unit;
  bool approximate = false;  // about, roughly, near, nearly, close to, around, ~, on the order of
  Bound bound = Bound::kExact;
  std::string text;          // the surface text of the whole figure, hedge words included
};

// One figure found in a sentence.
struct Figure {
  Quantity quantity;
  std::size_t begin = 0;  // byte offset of the figure in the scanned text (hedge included)
  std::size_t end = 0;    // one past its last byte
  std::string noun;       // for counts, the counted noun phrase: "Hopper-class GPUs", "total parameters"
};

// Every figure in `text`, in order of position; never throws on any input.
[[nodiscard]] std::vector<Figure> findFigures(std::string_view text);

// A single written figure, as a user types it in a query: "589 billion", "$589B",
// "589bn", "17%", "about 17 percent". Empty when `text` holds no figure.
[[nodiscard]] std::optional<Quantity> parseFigure(std::string_view text);

}  // namespace cg::ingest
