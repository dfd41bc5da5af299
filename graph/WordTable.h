#pragma once
// Tables keyed by words or names, probed with a view (heterogeneous lookup: no std::string is built
// per look-up): the lexicon's word sets and maps (ingest/Lexicon.h) and the graph's indexes of
// entities, sources and documents by key (ClaimGraph). Open addressing over slots that keep each
// key's hash beside its entry's position; entries in the order first inserted.

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "graph/AsciiRun.h"

namespace cg::graph {

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
  // The last 0 to 7 bytes as one little-endian word, zeros above them: the same value a byte loop gives.
  const std::uint64_t tail = loadUpTo8(s.data() + i, s.size() - i);
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

}  // namespace cg::graph
