#pragma once
// A node's neighbours along one edge kind, as typed ids, read in place from the frozen graph's
// packed edge arrays (graph/FrozenLayout.h): a walk builds no vector. Who-claimed reads the
// claimants and sources of every hit and check the claims about every subject it weighs; at
// 10^6 claims the two vectors a call built (the index values, then the typed ids) were a
// sixth of who-claimed's instructions (issue #16).
//
// The edges viewed are a vertex's out-edges, of several kinds, or one kind's run of its
// in-edges; the walk skips edges of other kinds. A graph still being built has no packed
// arrays: its walks pack the few edges of one claim into a vector that the range and its copies share.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <span>
#include <vector>

#include "graph/Ids.h"

namespace cg::graph {

enum class EdgeKind : std::uint8_t;

// An edge in 32 bits: its kind in the top 4, the vertex at its far end in the other 28. A graph
// has fewer than 2^28 vertices (freeze() checks): 268 million, 25 times a graph of 10^7 claims.
inline constexpr std::uint32_t kVertexBits = 28;
inline constexpr std::uint32_t kMaxVertices = 1u << kVertexBits;
[[nodiscard]] constexpr std::uint32_t packEdge(EdgeKind kind, std::uint32_t vertex) {
  return static_cast<std::uint32_t>(kind) << kVertexBits | vertex;
}
[[nodiscard]] constexpr EdgeKind edgeKind(std::uint32_t packed) { return static_cast<EdgeKind>(packed >> kVertexBits); }
[[nodiscard]] constexpr std::uint32_t edgeVertex(std::uint32_t packed) { return packed & (kMaxVertices - 1); }

// The far ends of the edges of one kind among `edges`, in their order, each as an Id of the
// far end's kind (its vertex less `base`, the first vertex of that kind). Cheap to copy; valid
// while the graph is.
template <class Id>
class Neighbors {
 public:
  class iterator : public IdIterator<Id, iterator> {
   public:
    iterator() = default;
    iterator(const std::uint32_t* at, const std::uint32_t* end, EdgeKind kind, std::uint32_t base)
        : at_(at), end_(end), kind_(kind), base_(base) {
      skipOthers();
    }
    Id operator*() const { return Id(edgeVertex(*at_) - base_); }
    iterator& operator++() {
      ++at_;
      skipOthers();
      return *this;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }

   private:
    void skipOthers() {
      while (at_ != end_ && edgeKind(*at_) != kind_) ++at_;
    }
    const std::uint32_t* at_ = nullptr;
    const std::uint32_t* end_ = nullptr;
    EdgeKind kind_{};
    std::uint32_t base_ = 0;
  };

  Neighbors() = default;
  Neighbors(std::span<const std::uint32_t> edges, EdgeKind kind, std::uint32_t base,
            std::shared_ptr<const std::vector<std::uint32_t>> owned = nullptr)
      : edges_(edges), kind_(kind), base_(base), owned_(std::move(owned)) {}

  [[nodiscard]] iterator begin() const { return {edges_.data(), last(), kind_, base_}; }
  [[nodiscard]] iterator end() const { return {last(), last(), kind_, base_}; }
  [[nodiscard]] bool empty() const { return begin() == end(); }
  // Counts: the edges of other kinds are skipped one by one.
  [[nodiscard]] std::size_t size() const { return static_cast<std::size_t>(std::distance(begin(), end())); }
  [[nodiscard]] Id front() const { return *begin(); }
  // For a caller that keeps the ids, sorts them or indexes them. Implicit, so that code written
  // for the vectors these ranges replaced still compiles.
  [[nodiscard]] std::vector<Id> toVector() const { return {begin(), end()}; }
  operator std::vector<Id>() const { return toVector(); }  // NOLINT(google-explicit-constructor)

  friend bool operator==(const Neighbors& a, const std::vector<Id>& b) {
    auto it = a.begin();
    for (Id id : b)
      if (it == a.end() || *it++ != id) return false;
    return it == a.end();
  }

 private:
  [[nodiscard]] const std::uint32_t* last() const { return edges_.data() + edges_.size(); }
  std::span<const std::uint32_t> edges_;
  EdgeKind kind_{};
  std::uint32_t base_ = 0;
  std::shared_ptr<const std::vector<std::uint32_t>> owned_;  // the edges_ of a graph being built
};

}  // namespace cg::graph
