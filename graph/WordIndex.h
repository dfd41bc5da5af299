#pragma once
// The word index of a frozen graph: each folded word token (graph::foldTokens) of the claims'
// texts -> the claims whose text holds it, in claim order, each once. Private to graph/:
// callers ask ClaimGraph::claimsWithWord. Built from the claims (each distinct text tokenised
// once), or read in place from a snapshot: a vocabulary LookupTable into a NUL-separated block
// of the words, the words' starts in one postings array, and the postings.

#include <cstdint>
#include <mutex>
#include <span>
#include <string_view>
#include <vector>

#include "graph/ClaimGraph.h"
#include "graph/Column.h"
#include "graph/FrozenLayout.h"

namespace cg::graph {

class WordIndex {
 public:
  // The parts as a snapshot stores them: word w is the w-th string of `words` (after its leading
  // NUL), `slots` find a word's number, and its claims are postings[starts[w], starts[w + 1]).
  struct Parts {
    std::string_view words;
    std::span<const LookupSlot> slots;
    std::span<const std::uint32_t> starts;
    std::span<const ClaimId> postings;
  };

  WordIndex() = default;
  WordIndex(WordIndex&&) noexcept = default;
  WordIndex& operator=(WordIndex&&) noexcept = default;

  [[nodiscard]] static WordIndex build(const ClaimGraph& g);
  // A view of parts someone else owns (a loaded graph's mapping), checked by the snapshot reader.
  [[nodiscard]] static WordIndex view(const Parts& parts);

  [[nodiscard]] std::span<const ClaimId> find(std::string_view token) const;
  [[nodiscard]] Parts parts() const;

 private:
  std::vector<char> ownedWords_;  // a built index's words (a vector: its buffer stays put on a move)
  LookupTable vocabulary_;
  Column<std::uint32_t> starts_;
  Column<ClaimId> postings_;
};

// A graph's word index, filled in once: on the first question of a graph built in this process,
// or by the snapshot reader.
struct ClaimGraph::Words {
  std::once_flag filled;
  WordIndex index;
};

}  // namespace cg::graph
