#pragma once
// Measures that a percentage or a multiplier takes from its own label (data/labelled_measures.tsv;
// docs/MEASURES.md, "Labelled measures"): a table column's header ("Accuracy (%)", "Win Rate",
// "Typical Speedup"), the words right after the figure ("85% accuracy", "3x faster") or the noun
// phrase the figure is "of" ("a success rate of 34%"). One vocabulary for ingest and query: a claim
// and a statement are typed by the same words, so "X's accuracy is 85%" meets a cell under
// "Accuracy", and an accuracy never meets a win rate. Only a figure left at its unit's catch-all
// measure ("percentage", "other") is typed so; the catch-all stays what a statement of no label
// reads (labelledUnder).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

// The measure a table column's header names for a figure in `unit` ("percent" or "times"): the
// longest cue among its folded words, or "W rate" for another noun W before "rate". Empty when it
// names none, or a change of one ("Accuracy Gain", "Gap to Human").
[[nodiscard]] std::string headerLabelledMeasure(std::string_view header, std::string_view unit);

// The measure the words right after a figure name ("85% accuracy", "a 34% success rate", "3x faster
// than"): a cue that starts them, not followed by a word of change ("5% accuracy loss"). Empty when none.
[[nodiscard]] std::string labelAfterFigure(std::string_view after, std::string_view unit);

// The measure of the noun phrase a figure is "of" (or that a colon gives it), `before` the text
// ending right before the figure: "a success rate of", "an accuracy of about", "Accuracy:". Not one
// that a word of change stands before ("an improvement in accuracy of 5%"). Empty when none.
[[nodiscard]] std::string labelBeforeFigure(std::string_view before, std::string_view unit);

// Whether `measure` is one the labels give a figure of `unit`'s class ("accuracy", "win rate",
// "speedup"; any "W rate" in percent): what a statement of the catch-all measure still weighs.
[[nodiscard]] bool isLabelledMeasure(std::string_view measure, std::string_view unit);

// The catch-all measure a labelled measure refines for figures in `unit` ("percentage" for percent,
// "other" for times); empty for another unit.
[[nodiscard]] std::string_view labelledUnder(std::string_view unit);

// Whether `measure` is a catch-all, the measure an extractor gives a figure whose words name none of its
// own: none at all, its unit's ("percentage", "amount", "count", "other", "compute" for GPU-hours), or
// only the way it moved ("increase", "decrease": which way a figure went, not what went). Such a figure
// is matched by its words, and two of them are never set against each other.
[[nodiscard]] bool isCatchAllMeasure(std::string_view measure);

// What an improvement of the quantity whose name starts at word `at` of `words` is (data/labelled_measures.tsv,
// "improved"): "decrease" for one its users want smaller ("memory", "misalignment", a length of time: "latency",
// "response time"), "speedup" for speed, "increase" for one they want larger ("accuracy", "throughput"); empty
// where no quantity of the list starts.
[[nodiscard]] std::string improvementOfQuantityAt(const std::vector<std::string>& words, std::size_t at);

// Whether a folded word is one of data/labelled_measures.tsv's words of change ("gain", "improvement",
// "reduction", "drop"): a figure it names is a change of a measure, not the measure.
[[nodiscard]] bool isChangeNoun(std::string_view word);

}  // namespace cg::ingest
