#pragma once
// Cardinal numbers written in words ("eight", "twenty-five", "a hundred thousand", "two hundred and
// ten million"), read by the grammar of English cardinals rather than from a list of examples:
// a group below a thousand (a word of zero to nineteen, a tens word and its unit joined by a hyphen
// or a space, either after "<unit> hundred [and]"), then groups each followed by a descending scale
// word (thousand, million, billion, trillion). A statement's figure in words is read as its digits
// would be (Statement.cpp).

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace cg::ingest {

// A cardinal written in words: where it stands in the text and its value.
struct SpelledNumber {
  std::size_t begin = 0;
  std::size_t end = 0;
  double value = 0;
};

// The cardinals written in words in `text`, in order, each the longest the grammar reads at its
// first word. A lone "one" or "a" is passed over (a pronoun or an article far more often than a
// count); either still opens a number before "hundred" or a scale word ("one million", "a hundred").
[[nodiscard]] std::vector<SpelledNumber> spelledNumbers(std::string_view text);

// The value of one cardinal word below a hundred ("zero" to "nineteen", "twenty" to "ninety"), in
// any case; -1 for any other word. The one table of the number words every reader of the project
// uses (Quantity.cpp reads its figures' number words by it).
[[nodiscard]] int cardinalWordValue(std::string_view word);

// The cardinal words cardinalWordValue knows, lower case: "zero" to "nineteen", then "twenty" to
// "ninety" (Quantity.cpp gates its number-word reading on their first letters).
[[nodiscard]] std::span<const std::string_view> cardinalWords();

// The value of one ordinal word below a hundred ("first" 1, "fifth" 5, "twentieth" 20), in any case,
// by English's rule: the cardinal and "th" ("fourth", "sixteenth"; "-y" becomes "-ieth"), but for
// "first", "second", "third" and the four stems "th" changes (fif-, eigh-, nin-, twelf-); -1 for
// any other word.
[[nodiscard]] int ordinalWordValue(std::string_view word);

}  // namespace cg::ingest
