#include "ingest/ListCounts.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "graph/Fold.h"
#include "ingest/Lexicon.h"

namespace cg::ingest {

namespace {

constexpr std::size_t kFewestItems = 2, kMostItems = 40;

// Words that say a noun phrase stands for a set the list then gives: "the following steps",
// "several advantages", "these key benefits".
// Not "many", "various", "numerous": they say the set is open and large, and the list after them
// gives examples ("There are various classification models, such as:"); not "these", which points
// back ("to address these shortcomings:" over a list of something else).
constexpr std::array<std::string_view, 5> kQuantifiers = {"following", "several", "multiple", "some", "main"};
// What may close a lead-in after its noun: "advantages, such as:", "benefits, including:".
constexpr std::array<std::string_view, 4> kClosers = {", such as", " such as", ", including", " including"};

struct Word {
  std::size_t begin, end;
};

std::vector<Word> wordsIn(std::string_view text) {
  std::vector<Word> out;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && (std::isalpha(static_cast<unsigned char>(text[j])) || text[j] == '-')) ++j;
    out.push_back({i, j});
    i = j;
  }
  return out;
}

// The phrase "QUANTIFIER [adjectives] NOUN" that ends the lead-in (before its colon and closer).
std::optional<ListCount> leadInPhrase(std::string_view text, const std::function<bool(const std::string&)>& countNoun) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ':')) text.remove_suffix(1);
  for (std::string_view closer : kClosers)
    if (graph::lowerAscii(text).ends_with(closer)) text.remove_suffix(closer.size());
  // Only words: a lead-in that writes a number states its own count, or is about something else.
  if (std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  const std::vector<Word> words = wordsIn(text);
  if (words.size() < 2 || words.back().end != text.size()) return std::nullopt;
  const std::string noun = graph::lowerAscii(text.substr(words.back().begin));
  if (!countNoun(noun)) return std::nullopt;
  constexpr std::size_t kMostAdjectives = 3;
  for (std::size_t k = 1; k <= kMostAdjectives + 1 && k < words.size(); ++k) {
    const Word& w = words[words.size() - 1 - k];
    const std::string word = graph::lowerAscii(text.substr(w.begin, w.end - w.begin));
    if (std::find(kQuantifiers.begin(), kQuantifiers.end(), word) == kQuantifiers.end()) {
      // Only adjectives between the quantifier and its noun ("several significant advantages"):
      // "Many researchers have proposed improvements" counts no researchers.
      if (lexicon().isFunctionWord(word) || lexicon().prepositions.count(word)) return std::nullopt;
      continue;
    }
    // "applications in various fields, such as:": a quantifier after a preposition counts what the
    // listed things are in or of, not the things ("the following" is the list's own phrase).
    const std::size_t at = words.size() - 1 - k;
    if (word != "following" && at > 0) {
      const Word& before = words[at - 1];
      if (lexicon().prepositions.count(graph::lowerAscii(text.substr(before.begin, before.end - before.begin))))
        return std::nullopt;
    }
    std::size_t begin = w.begin;
    // "the following steps": the article is part of the phrase.
    if (k + 2 <= words.size() - 1 && word == "following") {
      const Word& before = words[words.size() - 2 - k];
      if (graph::lowerAscii(text.substr(before.begin, before.end - before.begin)) == "the") begin = before.begin;
    }
    return ListCount{0, begin, words.back().end, noun};
  }
  return std::nullopt;
}

// How many items, one level deep, the list from blocks[first] gives: ordered items numbered 1, 2, ...
// or bullets, at the first item's column (deeper ones are nested in them). 0 when the list is
// interrupted and goes on after the interruption (a paragraph between items 3 and 4): its length is
// then not what the blocks show.
std::size_t itemsFrom(const std::vector<Block>& blocks, std::size_t first) {
  const Block& head = blocks[first];
  const bool ordered = head.ordinal != 0;
  if (ordered && head.ordinal != 1) return 0;
  std::size_t items = 0;
  std::size_t j = first;
  for (; j < blocks.size(); ++j) {
    const Block& item = blocks[j];
    if (item.kind != BlockKind::kListItem || item.section != head.section || item.listIndent < head.listIndent) break;
    if (item.listIndent > head.listIndent) continue;
    if ((item.ordinal != 0) != ordered) return 0;  // bullets and numbers at one level: no one list
    if (ordered && item.ordinal != static_cast<int>(items) + 1) break;
    ++items;
  }
  // Another item at the list's level soon after an interruption: the list may go on past it.
  constexpr std::size_t kLookAhead = 3;
  for (std::size_t k = j; k < blocks.size() && k < j + kLookAhead; ++k) {
    const Block& next = blocks[k];
    if (next.section != head.section) break;
    if (next.kind == BlockKind::kListItem && next.listIndent == head.listIndent &&
        (ordered ? next.ordinal == static_cast<int>(items) + 1 : next.ordinal == 0))
      return 0;
  }
  return items;
}

}  // namespace

std::optional<ListCount> listCountOf(const std::vector<Block>& blocks, std::size_t b, const Sentence& s,
                                     const std::function<bool(const std::string&)>& countNoun) {
  const Block& lead = blocks[b];
  if (lead.kind != BlockKind::kParagraph || lead.sentences.empty() || &s != &lead.sentences.back()) return std::nullopt;
  if (b + 1 >= blocks.size() || blocks[b + 1].kind != BlockKind::kListItem || blocks[b + 1].section != lead.section)
    return std::nullopt;
  const std::string_view text = std::string_view(lead.text).substr(s.begin, s.end - s.begin);
  if (text.find_last_not_of(' ') == std::string_view::npos || text[text.find_last_not_of(' ')] != ':')
    return std::nullopt;
  std::optional<ListCount> count = leadInPhrase(text, countNoun);
  if (!count) return std::nullopt;
  count->items = itemsFrom(blocks, b + 1);
  if (count->items < kFewestItems || count->items > kMostItems) return std::nullopt;
  return count;
}

}  // namespace cg::ingest
