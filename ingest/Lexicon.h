#pragma once
// The general word lists the extractor reads text with (data/*.txt, built in): roles,
// attribution verbs, organisation suffixes, given names, words that are never names on
// their own, and measure cues. No names of particular people or companies: claimgraph
// is meant for articles it has never seen.

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/Fold.h"

namespace cg::ingest {

// The hash of every word set: inline, 8 bytes a step, for the short words it sees (a word is
// looked up per token of running text, so a library call per word weighed more than the probe).
// No set of words is iterated where order shows, so the hash may change freely.
[[nodiscard]] inline std::uint64_t wordHash(std::string_view s) noexcept {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = s.size() * kMultiplier;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    h = (h ^ word) * kMultiplier;
    h ^= h >> 29;
  }
  // The last 0 to 7 bytes as one little-endian word, read in at most two loads (overlapping
  // bytes are the same bytes, so OR-ing them twice changes nothing): the same value a byte loop gives.
  const std::size_t rest = s.size() - i;
  const char* p = s.data() + i;
  std::uint64_t tail = 0;
  if (rest >= 4) {
    std::uint32_t low = 0, high = 0;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + rest - 4, 4);
    tail = low | (std::uint64_t{high} << (8 * (rest - 4)));
  } else if (rest > 0) {
    tail = std::uint64_t{static_cast<unsigned char>(p[0])} |
           (std::uint64_t{static_cast<unsigned char>(p[rest / 2])} << (8 * (rest / 2))) |
           (std::uint64_t{static_cast<unsigned char>(p[rest - 1])} << (8 * (rest - 1)));
  }
  h = (h ^ tail) * kMultiplier;
  return h ^ (h >> 32);
}

// Hashes a std::string and a std::string_view alike, so that a set or map of words is probed with
// a view of running text (heterogeneous lookup, C++20): no std::string is built per look-up.
struct WordHash {
  using is_transparent = void;
  [[nodiscard]] std::size_t operator()(std::string_view s) const noexcept { return wordHash(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <class Value>
using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

// Whether `words` (a WordSet, or a set of views) holds `word` with its ASCII letters lowered
// (graph::lowerAscii), without a copy on the heap for a word of up to 64 bytes.
template <class Set>
[[nodiscard]] bool containsLower(const Set& words, std::string_view word) {
  char buffer[64];
  if (word.size() > sizeof buffer) return words.count(graph::lowerAscii(word)) > 0;
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = graph::lowerAscii(word[i]);
  return words.count(std::string_view(buffer, word.size())) > 0;
}

// A set of views of words, whose text must outlive it: open addressing (linear probing, at most
// half full) over slots that keep each view beside its hash. Built from every word of an article
// (the words written mid-sentence), where a heap node per word would cost more than the look-ups.
class ViewSet {
 public:
  void insert(std::string_view word);
  [[nodiscard]] bool contains(std::string_view word) const;
  [[nodiscard]] std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }
  [[nodiscard]] std::size_t size() const { return used_ + (hasEmpty_ ? 1 : 0); }

 private:
  struct Slot {
    const char* data = nullptr;  // nullptr: empty
    std::uint32_t size = 0, hash = 0;
  };
  [[nodiscard]] std::size_t find(std::string_view word, std::uint32_t hash) const;
  void grow();
  std::vector<Slot> slots_ = std::vector<Slot>(64);  // a power of two in size
  std::size_t used_ = 0;
  bool hasEmpty_ = false;  // the empty word has no data pointer to mark its slot with
};

struct MeasureRule {
  std::string unitClass;          // money, percent, count, compute
  std::vector<std::string> cues;  // folded words or phrases
  std::string label;
};

// What a table's header cell says its column holds (data/table_headers.tsv, one table read by the
// extractor and by Scores.cpp).
enum class HeaderRole : std::uint8_t {
  kModel,
  kRank,
  kScore,
  kBenchmarks,
  kAverage,
  kScoreWord,
  kAttribute,
  kDescribes,
};
inline constexpr std::size_t kHeaderRoles = 8;

struct Lexicon {
  WordSet roles;  // "chief executive", "lawyer"
  std::size_t longestRoleWords = 1;
  WordMap<std::string> speechVerbs;  // "writing" -> "wrote"
  WordSet mindVerbs;                 // base forms that speak only for a person or organisation: "found"
  WordSet orgSuffixes;
  WordSet givenNames;
  WordSet nonEntities;
  std::vector<MeasureRule> measures;
  // Every measure cue (1-3 folded words) -> the rules it belongs to, so a window of text is
  // matched by probing its word n-grams instead of searching it once per cue.
  WordMap<std::vector<std::size_t>> measureCues;
  std::size_t longestCueWords = 1;
  // Figures (Quantity.cpp sorts these for its look-ups).
  WordSet functionWords;                      // never part of a counted noun: "the", "about"
  std::vector<std::string> identifierWords;   // "number 1", "Article 5"
  std::vector<std::string> temporalWords;     // "in 2021", "the 2024 models"
  std::vector<std::string> irregularPlurals;  // "people", "staff"
  // Entities and attribution.
  WordSet prepositions;         // a name after one is no clause subject
  WordSet legalForms;           // "inc", "gmbh": dropped in a short form
  WordSet publicBodies;         // "agency", "union": not "the company"
  WordSet companyNouns;         // "the company", "the lab"
  WordSet eventWords;           // "summit", "crash"
  WordSet skippableBeforeVerb;  // "Acme itself later said"
  WordSet abstractNouns;        // "discipline", "ability": a field or a concept, by WordNet's first sense
  WordSet workNouns;            // "dissertation", "report", "estimate": a work whose maker follows "by" (WordNet)
  // Tables: header cells (lower case) by what they say their column holds.
  std::array<WordSet, kHeaderRoles> tableHeaders;

  // Whether `word`, its ASCII letters lowered, is a function word (data/function_words.txt): the
  // one look-up every reader of the list uses, hashed, so the file's order does not matter.
  [[nodiscard]] bool isFunctionWord(std::string_view word) const { return containsLower(functionWords, word); }
  // References: a web site's host or registrable domain -> its name ("spectrum.ieee.org" -> "IEEE
  // Spectrum"), as the snapshot's reference lists name it (data/site_names.tsv).
  WordMap<std::string> siteNames;
  // Sentences.
  WordSet abbreviations;  // "u.s", "inc": no sentence ends after them
  // Lower-case English words (Debian's wamerican, built in): "nearly", "end", "apple".
  std::unordered_set<std::string_view, WordHash, std::equal_to<>> englishWords;

  // Whether a table header cell, lower-cased and trimmed, has `role` ("Rank" is a rank column).
  [[nodiscard]] bool isHeader(HeaderRole role, std::string_view lower) const {
    return tableHeaders[static_cast<std::size_t>(role)].count(lower) > 0;
  }
  [[nodiscard]] bool isRole(std::string_view folded) const { return roles.count(folded) > 0; }
  [[nodiscard]] bool isNonEntity(std::string_view folded) const { return nonEntities.count(folded) > 0; }
  // Whether a lower-case word is a common English word ("apple" is, "nvidia" is not).
  [[nodiscard]] bool isEnglishWord(std::string_view lower) const { return englishWords.count(lower) > 0; }
  // True when folded text starts with a role, whole words ending at one of `separators`:
  // "chief executive satya" does.
  [[nodiscard]] bool startsWithRole(std::string_view folded, std::string_view separators = " ") const;
};

// Parsed once, on first use; thread-safe.
[[nodiscard]] const Lexicon& lexicon();

}  // namespace cg::ingest
