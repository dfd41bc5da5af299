#pragma once
// Figures in running text: "$589B", "roughly 589 billion to 593 billion dollars",
// "~17%", "2.79 million GPU-hours", "€2.1 billion", "2 dollars per GPU-hour", and physical
// amounts in the units of data/units.tsv ("150 ft", "83 acres", "273 GB/s", "1 petaFLOP"; their
// `unit` strings are listed in docs/MEASURES.md), "a population of 14,736", "dozens of homes".
//
// findFigures() scans one sentence (or table row) and returns every figure in it,
// normalised to base units, with its byte span so that callers can look at the
// words around it (the measure, the subject, the time). It is a pure function of
// its input and runs in time linear in the input.
//
// What is NOT a figure: years ("in 2022", "the 1957 launch"), dates ("January 27,
// 2025", "Jan 27"), numbers inside names ("S&P 500", "GPT-4", "H800", "Fortune
// 500"), section and reference numbers ("[3]"), ordinals ("number one").

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Records.h"

namespace cg::ingest {

// The amount itself (value or range, unit, hedges) is the graph's value type, so a
// figure goes into a claim record as it is: see graph/Records.h.
using graph::Bound;
using graph::Quantity;

// One figure found in a sentence.
struct Figure {
  Quantity quantity;
  std::size_t begin = 0;  // byte offset of the figure in the scanned text (hedge included)
  std::size_t end = 0;    // one past its last byte
  std::string noun;       // for counts, the counted noun phrase: "Hopper-class GPUs", "total parameters"
};

// Every figure in `text`, in order of position. No input makes it throw (only running out
// of memory does).
[[nodiscard]] std::vector<Figure> findFigures(std::string_view text);

// The unit of a count of `noun`, the words a figure counts ("trillion tokens" aside, "text tokens",
// "token context"): `tokens` when they count tokens (../shared/CONTRACT.md's unit), else `count`.
[[nodiscard]] std::string countUnit(std::string_view noun);

// Whether a unit is a count as the figure reader writes one: `count`, or `tokens` (a count of
// tokens, countUnit).
[[nodiscard]] inline bool isCountUnit(std::string_view unit) { return unit == "count" || unit == "tokens"; }

// Whether a unit is a count per a period as the figure reader writes it: "tokens/s",
// "requests/day", "tokens/year" (the periods it reads counts per).
[[nodiscard]] bool isCountPerPeriod(std::string_view unit);

// What the figure reader says of a number word where a number in digits needs no such care, so that a
// statement's number words read as digits (Statement.cpp) keep it: whether `word`, right before a number
// word, points back at things already counted or ranks them ("the two companies", "the top five"), and
// whether the word after a duration ending at `end` makes it a step in a story ("two years later").
[[nodiscard]] bool pointsBackBeforeNumber(std::string_view word);
[[nodiscard]] bool relativeTimeAfterDuration(std::string_view text, std::size_t end);

// The length in bytes of the written number that opens s[at..] (0 for none): one to three digits and
// groups of three after commas ("1,240"), else any run of digits ("200000"), either with a decimal
// part ("2.79"), or a decimal part alone (".5"). It reads as RE2 reads the pattern
// "\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+" anchored at `at` (a byte scan in its place: it is
// asked at every digit of every sentence).
[[nodiscard]] std::size_t writtenNumberLength(std::string_view s, std::size_t at);

// A single written figure, as a user types it in a query: "589 billion", "$589B",
// "589bn", "17%", "about 17 percent". Empty when `text` holds no figure.
[[nodiscard]] std::optional<Quantity> parseFigure(std::string_view text);

// The unit a table column's header states in brackets: "Latency (s)" -> 1 seconds, "Price ($)"
// -> 1 USD, "Memory (GB)" -> 1e9 bytes, "Share (%)" -> 1 percent. A cell under it that is only
// a number is that many of the unit: its value times the returned value, in the returned unit.
// "Size (tokens)" -> 1 tokens (a count of tokens, ../shared/CONTRACT.md's unit). Empty when the
// brackets hold no unit ("(cl100k_base)", "(words)", "(B)") or there are none.
[[nodiscard]] std::optional<Quantity> columnUnit(std::string_view header);

// What a table header's prices are per: "Input (per 1M tokens)" -> "million tokens", "Cost
// ($/hour)" -> "hour", "Price per 1,000 results" -> "1000 results", read as running text reads
// the words after "$1". A money cell under it is a rate: "$1.25" is 1.25 USD/million tokens.
// Empty when the header states no rate (the "/" of "Input / Output" is none).
[[nodiscard]] std::string columnRate(std::string_view header);

// A table cell that is only a range of two bare numbers ("20-50", "7.3–7.4", "1,000 to 2,000"),
// read as running text reads "20-50 ms" but with no unit yet (its column states it), its span
// within `cell`. Empty for anything else: one number, a date ("2025-01"), a score ("3-2").
[[nodiscard]] std::optional<Figure> bareRange(std::string_view cell);

}  // namespace cg::ingest
