#pragma once
// The market a money figure sizes ("The edge AI hardware market reached $5.2 billion in 2025",
// "the market for AI GPUs", "a $25 billion AI inference market"): the extractor gives such figures
// no subject a reader would name, so check and contested sets find them by the market's words.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cg::reason {

struct MarketWords {
  bool found = false;              // the sentence names a market for the figure
  std::vector<std::string> words;  // its content words, folded and sorted; empty for "the market"
  std::size_t begin = 0, end = 0;  // the phrase as written, its first word through "market" or "for ..."
};

// The market nearest before the figure at `figureAt` ("the global OCR market is projected to grow
// from $12.44 billion"), else one whose words follow the figure at once ("$25 billion AI inference
// market"). "market" counts as the market itself only before a verb, "for", "size", a preposition
// or the clause's end ("market value", "market share" are something else). Words: those before it
// back to a determiner, and those of "for ..." after it, without "global", "current", "target",
// "addressable" (they say which figure, not which market), number words and
// prepositions; a plural's final s dropped ("the market for AI GPUs" = "the GPU for AI market").
[[nodiscard]] MarketWords marketAt(std::string_view sentence, std::size_t figureAt);

// The words of a title as marketAt folds them: "the market" in an article names the article's topic.
[[nodiscard]] std::vector<std::string> marketTitleWords(std::string_view title);

}  // namespace cg::reason
