#pragma once
// Values a page states for a measure without a unit, which the figure reader (Quantity.h) passes
// over because a bare number says nothing by itself: the words before it name the measure.
//   "The BLEU score ranges from 0 to 1", "Kappa values range from -1 (complete disagreement) to 1",
//   "on a scale from 1 to 10", "a common range, such as [0, 1] or [-1, 1]"  -> a range
//   "with a default value of 5"                                             -> a default value
//   "Scalars have a rank of 0", "ranks of 3 or more"                        -> a rank (a count)
//   "An AUC of 0.5", "an IoU score of 1"                                    -> a named metric's value
//   "a two-dimensional table", "a 768-dimensional vector", "a 2D array"     -> a number of dimensions
//   "one or more hidden layers"                                            -> at least one of the noun
//   "consists of a single neuron", "has one incoming edge"                  -> one of the noun
//   "outputs a probability between 0 and 1." (the phrase closes there)     -> a range
//   "the probabilities add up to 1", "the weights sum to 1"                 -> a sum
//   "Always rate the statement out of 10"                                   -> a rating scale's top
// Each is a figure of the sentence's subject, as any figure is; the measure is named here because
// the noun that names it stands before the number (docs/ACCURACY.md, h-count22).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Records.h"

namespace cg::ingest {

struct StatedValue {
  graph::Quantity quantity;        // value or low/high; unit "" (a value on its measure's own scale) or "count"
  std::size_t begin = 0, end = 0;  // byte span in the text: the words that state it
  std::string measure;             // "range", "scale", "default value", "rank", "AUC", "number of dimensions"
  std::string noun;                // for "one or more NOUNs": the plural noun, folded; the measure is then its count
};

// The measure of a rating scale's top ("rate it out of 10"); a statement asks it of a scale's range
// ("on a scale of 1 to 10") as of its high end.
inline constexpr std::string_view kScaleTop = "scale maximum";

// Whether `textBefore` (a statement up to a number) ends as a rating scale's top is stated: a verb of
// rating, words of its clause without a number, and "out of" ("scores the work it reviews out of ").
[[nodiscard]] bool ratesOutOf(std::string_view textBefore);

// Whether `textBefore` (a statement up to "a single" or "one") ends with a verb of consisting or
// having ("consists of", "has only"), after which "a single neuron" is a count of one.
[[nodiscard]] bool singleBefore(std::string_view textBefore);

// The stated values of `text` (one sentence), in order. `countNoun` says whether a folded word is a
// plural count noun ("layers"), for "one or more NOUNs". `everyPattern`: run every form's pattern,
// not only those whose words the text holds (the same values, slower: for the test that says so).
[[nodiscard]] std::vector<StatedValue> statedValues(std::string_view text,
                                                    const std::function<bool(const std::string&)>& countNoun,
                                                    bool everyPattern = false);

}  // namespace cg::ingest
