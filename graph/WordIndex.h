#pragma once
// The word index of a frozen graph: each folded word token (graph::foldTokens) of the claims'
// texts -> the claims whose text holds it, in claim order, each once; and, for the words of each
// entity's name and alias, the claims whose text holds them all. Private to graph/: callers ask
// ClaimGraph::claimsWithWord and claimsWithNameWords. Built from the claims (each distinct text
// tokenised once), or read in place from a snapshot: for each of the two, a LookupTable into a
// NUL-separated block of keys, the keys' starts in one postings array, and the postings.

#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ClaimGraph.h"
#include "graph/Column.h"
#include "graph/FrozenLayout.h"

namespace cg::graph {

// Claims by string key: key n is the n-th string of `keys` (after its leading NUL), `slots` find
// a key's number, and its claims are postings[starts[n], starts[n + 1]), rising.
class PostingLists {
 public:
  // The parts as a snapshot stores them.
  struct Parts {
    std::string_view keys;
    std::span<const LookupSlot> slots;
    std::span<const std::uint32_t> starts;
    std::span<const ClaimId> postings;
  };

  PostingLists() = default;
  PostingLists(PostingLists&&) noexcept = default;
  PostingLists& operator=(PostingLists&&) noexcept = default;

  // Key n is keys[n] (distinct); its list is postings[starts[n], starts[n + 1]).
  [[nodiscard]] static PostingLists build(const std::vector<const std::string*>& keys,
                                          std::vector<std::uint32_t> starts, std::vector<ClaimId> postings);
  // A view of parts someone else owns (a loaded graph's mapping), checked by the snapshot reader.
  [[nodiscard]] static PostingLists view(const Parts& parts);

  // The key's claims, or nullopt when the key is not one of them.
  [[nodiscard]] std::optional<std::span<const ClaimId>> find(std::string_view key) const;
  [[nodiscard]] Parts parts() const;

 private:
  std::vector<char> ownedKeys_;  // a built table's keys (a vector: its buffer stays put on a move)
  LookupTable table_;
  Column<std::uint32_t> starts_;
  Column<ClaimId> postings_;
};

class WordIndex {
 public:
  WordIndex() = default;
  WordIndex(WordIndex&&) noexcept = default;
  WordIndex& operator=(WordIndex&&) noexcept = default;

  [[nodiscard]] static WordIndex build(const ClaimGraph& g);
  [[nodiscard]] static WordIndex view(const PostingLists::Parts& words, const PostingLists::Parts& names);

  [[nodiscard]] std::span<const ClaimId> find(std::string_view token) const;
  // The claims holding every one of `tokens`, when they are the words of an entity's name or alias.
  [[nodiscard]] std::optional<std::span<const ClaimId>> findAll(std::span<const std::string> tokens) const;
  [[nodiscard]] PostingLists::Parts words() const { return words_.parts(); }
  [[nodiscard]] PostingLists::Parts names() const { return names_.parts(); }

 private:
  PostingLists words_;  // word -> claims
  // nameKey(words of a name) -> the claims holding all of them, for names of two words or more
  // whose words are all in some claim: without it a name's claims were the intersection of its
  // words' lists, which grow with the corpus (a first name is shared by thousands of people).
  PostingLists names_;
};

// The key of a set of folded words in the name table: the distinct words, sorted, joined by a
// space (no token holds one), so that every spelling with the same words finds the same list.
// Empty for fewer than two distinct words: one word's claims are its own list already.
[[nodiscard]] std::string nameKey(std::span<const std::string> tokens);
// The same key of words held as views (foldTokenViews' tokens).
[[nodiscard]] std::string nameKey(std::span<const std::string_view> tokens);

// A graph's word index, filled in once: on the first question of a graph built in this process,
// or by the snapshot reader.
struct ClaimGraph::Words {
  std::once_flag filled;
  WordIndex index;
};

}  // namespace cg::graph
