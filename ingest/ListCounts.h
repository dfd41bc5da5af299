#pragma once
// The count of a list that a sentence introduces without writing it: "The GBT algorithm consists
// of the following steps:" and then "1. ..." to "5. ...", "X offers several advantages, such as:"
// and then four items. The lead-in names what the items are (its plural noun, after a quantifier
// such as "the following" or "several"); the list's length is how many of them the article gives.
// A lead-in that writes its own count ("in two ways:") keeps that count, and the list is not counted
// (the text states the figure; see docs/ACCURACY.md, h-term18).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Article.h"

namespace cg::ingest {

struct ListCount {
  std::size_t items = 0;
  // The phrase that stands for the items in the lead-in sentence ("the following steps",
  // "several significant advantages"): byte span in the sentence's text.
  std::size_t begin = 0, end = 0;
  std::string noun;  // its head noun, folded: "steps"
};

// The count of the list that blocks[b]'s sentence `s` leads into, when `s` is the last sentence of a
// paragraph, ends with a colon, names a plural noun `countNoun` accepts after a quantifier, and the
// list right after it is one level of items numbered 1, 2, ... (or bullets) that nothing interrupts.
[[nodiscard]] std::optional<ListCount> listCountOf(const std::vector<Block>& blocks, std::size_t b, const Sentence& s,
                                                   const std::function<bool(const std::string&)>& countNoun);

}  // namespace cg::ingest
