#pragma once
// The general word lists the extractor reads text with (data/*.txt, built in): roles,
// attribution verbs, organisation suffixes, given names, words that are never names on
// their own, and measure cues. No names of particular people or companies: claimgraph
// is meant for articles it has never seen.

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
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

// The index of a WordSet or WordMap: open addressing (linear probing, at most half full) over
// slots that keep each word's hash beside its entry's position. A probe reads one slot and compares
// 32 bits before any bytes, with no division by a prime and no node to follow (the word sets are
// probed once or more for every token of running text).
class WordSlots {
  static std::string_view wordOf(const std::string& word) { return word; }
  template <class Value>
  static std::string_view wordOf(const std::pair<std::string, Value>& entry) {
    return entry.first;
  }

 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  [[nodiscard]] static std::uint32_t hashOf(std::string_view word) noexcept {
    return static_cast<std::uint32_t>(wordHash(word));
  }
  // The position in `entries` (words, or pairs of a word and a value) of `word`, or npos.
  template <class Entries>
  [[nodiscard]] std::size_t find(std::string_view word, std::uint32_t hash, const Entries& entries) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask; slots_[at].position != 0; at = (at + 1) & mask)
      if (slots_[at].hash == hash && wordOf(entries[slots_[at].position - 1]) == word) return slots_[at].position - 1;
    return npos;
  }
  template <class Entries>
  [[nodiscard]] std::size_t find(std::string_view word, const Entries& entries) const {
    return find(word, hashOf(word), entries);
  }
  // Notes the entry at `position` (whose word is not there yet) under `hash`.
  void add(std::uint32_t hash, std::size_t position);

 private:
  struct Slot {
    std::uint32_t hash = 0, position = 0;  // position + 1; 0: empty
  };
  void place(Slot slot);
  std::vector<Slot> slots_ = std::vector<Slot>(16);  // a power of two in size
  std::size_t used_ = 0;
};

// A set of words probed with a view of running text (heterogeneous lookup: no std::string is built
// per look-up). The words are kept in the order they were first inserted, and iterate so.
class WordSet {
 public:
  using value_type = std::string;
  using const_iterator = std::vector<std::string>::const_iterator;
  using iterator = const_iterator;
  WordSet() = default;
  WordSet(std::initializer_list<std::string> words) {
    for (const std::string& w : words) insert(w);
  }
  std::pair<const_iterator, bool> insert(std::string word) {
    const std::uint32_t hash = WordSlots::hashOf(word);
    if (const std::size_t at = slots_.find(word, hash, words_); at != WordSlots::npos)
      return {words_.begin() + static_cast<std::ptrdiff_t>(at), false};
    slots_.add(hash, words_.size());
    words_.push_back(std::move(word));
    return {words_.end() - 1, true};
  }
  [[nodiscard]] const_iterator find(std::string_view word) const {
    const std::size_t at = slots_.find(word, words_);
    return at == WordSlots::npos ? words_.end() : words_.begin() + static_cast<std::ptrdiff_t>(at);
  }
  [[nodiscard]] bool contains(std::string_view word) const { return slots_.find(word, words_) != WordSlots::npos; }
  [[nodiscard]] std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }
  [[nodiscard]] const_iterator begin() const { return words_.begin(); }
  [[nodiscard]] const_iterator end() const { return words_.end(); }
  [[nodiscard]] std::size_t size() const { return words_.size(); }
  [[nodiscard]] bool empty() const { return words_.empty(); }

 private:
  std::vector<std::string> words_;
  WordSlots slots_;
};

// A map from words, probed with a view as WordSet is; entries in the order first inserted.
template <class Value>
class WordMap {
 public:
  using value_type = std::pair<std::string, Value>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;
  WordMap() = default;
  WordMap(std::initializer_list<value_type> entries) {
    for (const value_type& e : entries) emplace(e.first, e.second);
  }
  // Adds `key` with a value made of `args` unless the key is there (then nothing is made).
  template <class... Args>
  std::pair<iterator, bool> emplace(std::string_view key, Args&&... args) {
    const std::uint32_t hash = WordSlots::hashOf(key);
    if (const std::size_t at = slots_.find(key, hash, entries_); at != WordSlots::npos)
      return {entries_.begin() + static_cast<std::ptrdiff_t>(at), false};
    slots_.add(hash, entries_.size());
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    return {entries_.end() - 1, true};
  }
  Value& operator[](std::string_view key) { return emplace(key).first->second; }
  [[nodiscard]] const Value& at(std::string_view key) const {
    const auto it = find(key);
    if (it == end()) throw std::out_of_range("WordMap::at");
    return it->second;
  }
  [[nodiscard]] iterator find(std::string_view key) {
    const std::size_t at = slots_.find(key, entries_);
    return at == WordSlots::npos ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(at);
  }
  [[nodiscard]] const_iterator find(std::string_view key) const { return const_cast<WordMap*>(this)->find(key); }
  [[nodiscard]] bool contains(std::string_view key) const { return slots_.find(key, entries_) != WordSlots::npos; }
  [[nodiscard]] std::size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }
  [[nodiscard]] iterator begin() { return entries_.begin(); }
  [[nodiscard]] iterator end() { return entries_.end(); }
  [[nodiscard]] const_iterator begin() const { return entries_.begin(); }
  [[nodiscard]] const_iterator end() const { return entries_.end(); }
  [[nodiscard]] std::size_t size() const { return entries_.size(); }
  [[nodiscard]] bool empty() const { return entries_.empty(); }

 private:
  std::vector<value_type> entries_;
  WordSlots slots_;
};

// An infobox field that carries a figure: the label the box shows ("Service ceiling"), the word a bare
// number in it stands with ("speakers"; "" for none) and the field that dates it ("date"; "" for none).
struct InfoboxField {
  std::string label, word, dateKey;
};

// What a preposition before a date says of the time a statement holds for (data/temporal_prepositions.tsv).
// kOpeningStart: a start only where the phrase opens its clause ("From 1889, ..."), else a point.
enum class TimeBound : std::uint8_t { kPoint, kStart, kEnd, kOpeningStart };

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
  // Room for `words` words without growing (a set of a known size, built once).
  void reserve(std::size_t words);

 private:
  struct Slot {
    const char* data = nullptr;  // nullptr: empty
    std::uint32_t size = 0, hash = 0;
  };
  [[nodiscard]] std::size_t find(std::string_view word, std::uint32_t hash) const;
  void grow();
  void rehash(std::size_t size);                     // a power of two
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
  // WordNet's reporting verbs (data/reporting_verbs.tsv): each form that data/speech_verbs.txt
  // does not list -> its past form ("asserting" -> "asserted", "advocates" -> "advocated"). Read
  // by the attribution rules only (Attributions.cpp), not by the entity and subject finders.
  // These forms report only before "that" or a quotation (Attributions::reportedClauseFollows).
  WordMap<std::string> reportingForms;
  // Past forms of those whose first sense is a verb.communication one: they report in the
  // passive with "by" too ("was advocated by").
  WordSet communicationVerbs;
  WordSet orgSuffixes;
  WordSet givenNames;
  WordSet nonEntities;
  std::vector<MeasureRule> measures;
  // Every measure cue (1-3 folded words) -> the rules it belongs to, so a window of text is
  // matched by probing its word n-grams instead of searching it once per cue.
  WordMap<std::vector<std::size_t>> measureCues;
  std::size_t longestCueWords = 1;
  // Figures (Quantity.cpp sorts these for its look-ups).
  WordSet functionWords;                     // never part of a counted noun: "the", "about"
  std::vector<std::string> identifierWords;  // "number 1", "Article 5"
  std::vector<std::string> temporalWords;    // "in 2021", "the 2024 models"
  // Adverbials of an earlier stage ("initially", "in its early stages"), folded words
  // (data/earlier_stage_phrases.txt).
  std::vector<std::vector<std::string>> earlierStagePhrases;
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
  WordSet nameParticles;        // "van", "ibn" inside a name; "al-" written onto one (data/name_particles.txt)
  // Tables: header cells (lower case) by what they say their column holds.
  std::array<WordSet, kHeaderRoles> tableHeaders;

  // Whether `word`, its ASCII letters lowered, is a function word (data/function_words.txt): the
  // one look-up every reader of the list uses, hashed, so the file's order does not matter.
  [[nodiscard]] bool isFunctionWord(std::string_view word) const { return containsLower(functionWords, word); }
  // References: a web site's host or registrable domain -> its name ("spectrum.ieee.org" -> "IEEE
  // Spectrum"), as the snapshot's reference lists name it (data/site_names.tsv).
  WordMap<std::string> siteNames;
  // Proper adjectives -> the proper noun each pertains to, as written ("Irish" -> "Ireland"), from
  // WordNet 3.0 (data/pertainyms.tsv, scripts/pertainyms.py); read by the statement reader.
  WordMap<std::string> pertainyms;
  // Cite templates: "FAMILY/SLOT" ("cs1/publisher", "literatur/work") -> the parameters that hold the
  // slot, first read first (data/cite_parameters.tsv); identifier parameters and the address each
  // links to, "{}" standing for the identifier (data/cite_identifiers.tsv).
  std::map<std::string, std::vector<std::string>, std::less<>> citeParameters;
  std::vector<std::pair<std::string, std::string>> citeIdentifiers;
  // Infobox fields that carry a figure (data/infobox_fields.tsv), by key ("ceiling_main").
  WordMap<InfoboxField> infoboxFields;
  // Prepositions of time, lower case ("until", "up to", "since"), by what they say of a date after
  // them (data/temporal_prepositions.tsv); longestTimePreposition: the most words one has.
  WordMap<TimeBound> timePrepositions;
  std::size_t longestTimePreposition = 1;
  // Verbs of events that happen once and whose year is a figure ("born" -> "birth year"), and the
  // measures a subject has several of ("publication year"), data/event_years.tsv.
  WordMap<std::string> eventYears;
  WordSet manyEventYears;
  // Verbs of change, base forms (WordNet verb.change, data/change_verbs.txt): "raise", "lower".
  WordSet changeVerbs;
  // Sentences.
  WordSet abbreviations;  // "u.s", "inc": no sentence ends after them
  // Lower-case English words (Debian's wamerican, built in): "nearly", "end", "apple". Probed for
  // most capitalised words of running text: open addressing, one slot read a probe, no node chain.
  ViewSet englishWords;
  // Capitalised words of the same list, as written ("Ian", "Georges"): names, most of them given names.
  ViewSet properNames;

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
