#pragma once
// What a score is measured on: the benchmark a table's header cell or a phrase names ("MMLU
// (General)", "SWE-bench Verified (%)", "84.0% on GPQA Diamond"). A claim that carries it as its
// scope is one quantity with the same score in another article, whichever way each writes it
// (a column of a leaderboard, a row of a benchmark table, a sentence).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

// The benchmark a cell or phrase names, without its asides in brackets and its score words:
// "MMLU (General)" -> "MMLU", "SWE-bench Verified (%)" -> "SWE-bench Verified", "MMLU Score" ->
// "MMLU". A name is written as one: a word of two capitals or more ("GPQA", "HumanEval"), of
// letters and digits ("GSM8K"), or a "-bench". Empty when the words name none ("Average", "Math",
// "Release date", "Q1 2025", "USD") or are too long to be a name.
[[nodiscard]] std::string benchmarkName(std::string_view cell);

// A column header that is one word in title case ("Math", "Crafter") in a leaderboard (a "Model"
// column) where at least two other header cells name benchmarks ("| Model | MMLU (General) | GPQA
// (Reasoning) | Math |"): among benchmark columns it names a benchmark too, though no capitals say
// so. Empty for any other cell, for a word the table-header list gives a role ("Average",
// "Model", "Score"), and in a table whose rows are features ("| Feature | MMLU | MMLU-Pro |
// Improvement |").
[[nodiscard]] std::string benchmarkAmongBenchmarks(const std::vector<std::string>& header, std::size_t column);

// Whether a header cell names only what a score is, not on what: "Score", "Accuracy (%)",
// "Resolve Rate", "pass@1" (a benchmark's own leaderboard).
[[nodiscard]] bool isScoreHeader(std::string_view cell);

// Whether a table's first header cell says that its rows are benchmarks ("Benchmark",
// "Benchmarks", "Test", "Evaluation", "Metric"): the row's first cell is then the scope.
[[nodiscard]] bool headsBenchmarkRows(std::string_view cell);

// Whether a header cell heads a column that averages the table's scores ("Average", "Avg.",
// "Overall"): its cells are scores of the same kind as the columns they average.
[[nodiscard]] bool isAverageHeader(std::string_view cell);

// The benchmark a percentage is measured on when the words right after it say so ("84.0% on
// GPQA Diamond", "92.4% accuracy on the MMLU benchmark"); empty when they name none.
[[nodiscard]] std::string scoreScopeAfter(std::string_view text, std::size_t figureEnd);

// A table cell that is only a number, perhaps hedged by "~" and followed by a change or a note in
// brackets ("76.2 (+12.5)", "9,517 (−82.3%)", "~60"): its value and the byte span of its text
// in the cell ("~" included). Bold and other markup are gone from cells by then.
struct CellNumber {
  double value = 0;
  std::size_t begin = 0, end = 0;
  bool approximate = false;  // "~60"
  bool grouped = false;      // written in groups of three ("1,417")
};
[[nodiscard]] std::optional<CellNumber> cellNumber(std::string_view cell);

// A table cell that is only a number with its sign glued to it ("-2.6", "−0.6", "+14.3"): its signed value,
// the span from the sign. nullopt for anything else, an unsigned number too (cellNumber reads that).
[[nodiscard]] std::optional<CellNumber> signedCellNumber(std::string_view cell);

// A table cell that is only a number a score column gives ("86.4", "~60", "57.2"), read as a
// percentage from 0 to 100 (a change in brackets after it aside: "76.2 (+12.5)"); nullopt for
// anything else (a count "1,417", text, a unit).
[[nodiscard]] std::optional<double> bareScore(std::string_view cell);

// A cell of only a percentage, hedged or bounded ("17.9%", "~92%", ">90%"): a result, not a name.
[[nodiscard]] bool isPercentCell(std::string_view cell);

// "| Contributors | 559 |", "| Average words per paper | ~13.3K |", "| Total examples | 200+ |": in a
// table of labels and values (two columns), a value cell that is only a number (hedged by "~" or
// "≈", with a thousands suffix K, M or B, or a floor "+") under a label that names what it counts (a
// plural noun, "Number of ...") is a count of that. nullopt for other labels ("SOTA score",
// "Founded", "Training hours", whose plural is a unit) and cells. A 0 is a count here ("| Chats | 0 |":
// a custom GPT that no one has used), where a bare cell's 0 is none (bareCount). The span is within `cell`.
struct LabelledCount {
  double value = 0;
  std::size_t begin = 0, end = 0;
  bool approximate = false;  // "~16"
  bool atLeast = false;      // "300+"
};
[[nodiscard]] std::optional<LabelledCount> labelledCount(std::string_view label, std::string_view cell);
// A cell that holds only a count as labelledCount reads it ("1,266", "~16", "200+", "13.3K"), whatever its
// label; not 0 unless `zero` (a column's 0 is often a placeholder).
[[nodiscard]] std::optional<LabelledCount> bareCount(std::string_view cell, bool zero = false);

// Whether a lower-case word is the plural of an English noun that is no unit: "stars",
// "problems", "exercises", "tokens" (a count of them has its own unit name); not "hours" (a unit),
// "status" or "was".
[[nodiscard]] bool isCountedPlural(std::string_view lower);
// The other grammatical number of a lower-case noun a count counts: "pixels" -> "pixel", "pixel"
// -> "pixels", "queries" -> "query", "box" -> "boxes"; empty for a word that is neither a counted
// plural nor an English word to pluralise ("hours" is a unit, "was" no noun).
[[nodiscard]] std::string otherGrammaticalNumber(std::string_view lower);
// The plural of a lower-case singular noun a count names ("contributor" -> "contributors", "query"
// -> "queries"): its other grammatical number, else the noun and "s".
[[nodiscard]] std::string pluralNoun(std::string_view singular);

// What a table label or column header counts, as the plural noun prose counts it by (folded):
// "Number of tasks" -> "tasks", "Number of paper–video pairs" -> "pairs", "Problem Count" ->
// "problems", "# Questions" -> "questions", "Total examples" -> "examples", "GitHub Stars" ->
// "stars". Empty for a label that counts nothing ("Release Date", "Total") and for an average or
// a rate ("Average words per paper", "Tokens/s"), which count no things of their subject.
[[nodiscard]] std::string countedNoun(std::string_view label);

// What a column header that averages a count counts, as countedNoun reads it once the average's
// word is set aside: "Tokens (avg.)" and "Avg. vision tokens" -> "tokens". A cell under it is a
// number of those things (an average one), in their unit ("2352" tokens a page). Empty for a rate
// ("Avg. tokens/s", "Average words per paper") and for a header that averages nothing.
[[nodiscard]] std::string averagedNoun(std::string_view label);

}  // namespace cg::ingest
