#pragma once
// The parts of a frozen ClaimGraph that its snapshot stores as they are and a loaded graph
// reads in place: the CSR topology and the lookup tables. Private to graph/ (ClaimGraph.cpp
// and Snapshot.cpp); callers use ClaimGraph's typed walks and find* functions.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "graph/ClaimGraph.h"
#include "graph/Column.h"
#include "graph/Fold.h"

namespace cg::graph {

// Edges are packed as graph/Neighbors.h says (packEdge): kind above the far end's vertex.

// Vertices are numbered in blocks by kind (documents, sections, ...), so a vertex's kind
// and table index follow from its number and the graph needs no vertex property.
//
// Out-edges are a directed CSR: outStart[v] .. outStart[v + 1] index v's edges in outEdges,
// each packed into 32 bits (the edge kind above the far end's vertex number), so that a
// snapshot stores the arrays as they are and a loaded graph walks them in place (a
// boost::compressed_sparse_row_graph owns its vectors and could not be read from a mapping).
// In-edges are kept only where queries look for them, into entities and sources (claims
// about or by an entity, claims a source backs, ...): most edges are claim -> section, which
// nothing walks backwards. In-edges of other nodes are found by a scan of the out-edges.
struct ClaimGraph::Topology {
  std::array<std::uint32_t, 7> base{};  // base[k] = first vertex of kind k; base[6] = vertex count
  Column<std::uint32_t> outStart;       // vertex -> its first out-edge; one more entry than vertices
  Column<std::uint32_t> outEdges;       // packEdge(kind, target), each vertex's in insertion order
  // In-edges of entities (slots 0..), then sources, then claims (a claim's are the contested sets
  // that hold it: who-claimed marks each hit contested or not, which without them meant reading
  // every set's values before the first answer), each slot's in the order of their source vertex
  // and then its out-edges, which is the order add() made them in.
  Column<std::uint32_t> inStart;  // slot -> first in-edge; one more entry than slots
  Column<std::uint32_t> inEdges;  // packEdge(kind, source vertex)

  // The in-edge slot of a vertex, or -1 for kinds whose in-edges are not kept.
  [[nodiscard]] std::int64_t slot(std::uint32_t v) const {
    const auto entities = base[static_cast<int>(NodeKind::kEntity)], claims = base[static_cast<int>(NodeKind::kClaim)];
    const auto sources = base[static_cast<int>(NodeKind::kSource)],
               contested = base[static_cast<int>(NodeKind::kContested)];
    if (v >= entities && v < claims) return v - entities;
    if (v >= sources && v < contested) return std::int64_t{claims - entities} + (v - sources);
    if (v >= claims && v < sources) return std::int64_t{claims - entities} + (contested - sources) + (v - claims);
    return -1;
  }
  // How many slots: one per entity, source and claim.
  [[nodiscard]] std::size_t slots() const {
    const auto count = [this](NodeKind k) {
      return std::size_t{base[static_cast<int>(k) + 1]} - base[static_cast<int>(k)];
    };
    return count(NodeKind::kEntity) + count(NodeKind::kSource) + count(NodeKind::kClaim);
  }

  [[nodiscard]] std::uint32_t vertex(NodeRef n) const { return base[static_cast<int>(n.kind)] + n.index; }
  [[nodiscard]] NodeRef node(std::uint32_t v) const {
    int k = static_cast<int>(std::upper_bound(base.begin(), base.end(), v) - base.begin()) - 1;
    return {static_cast<NodeKind>(k), v - base[static_cast<std::size_t>(k)]};
  }
  [[nodiscard]] bool has(NodeRef n) const {
    auto k = static_cast<std::size_t>(n.kind);
    return n.index < base[k + 1] - base[k];
  }
  [[nodiscard]] std::span<const std::uint32_t> out(std::uint32_t v) const {
    return outEdges.span().subspan(outStart[v], outStart[v + 1] - outStart[v]);
  }
};

// A string -> id hash table with open addressing, stored as it is in a snapshot: each slot is
// a key (an offset into a NUL-separated block of strings: the pool, or the folded names), an id
// and the top 32 bits of the key's stableHash; an empty slot has id kEmpty. The capacity is a
// power of two, at least twice the keys, and a key sits at or after its home slot
// stableHash(key) & (capacity - 1), wrapping around. The stored hash lets a probe that misses
// (most probes of a statement's words) skip the key's string, a random read of the pool.
struct LookupSlot {
  std::uint32_t key = 0;
  std::uint32_t id = kEmpty;
  std::uint32_t hash = 0;
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
};
[[nodiscard]] inline std::uint32_t slotHash(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32); }

// Whether the NUL-terminated string at `at` of `block` is `key`, without measuring it first.
[[nodiscard]] inline bool keyAt(std::string_view block, std::uint32_t at, std::string_view key) {
  return block.size() - at > key.size() && std::memcmp(block.data() + at, key.data(), key.size()) == 0 &&
         block[at + key.size()] == '\0';
}

class LookupTable {
 public:
  LookupTable() = default;
  LookupTable(Column<LookupSlot> slots, std::string_view keys) : slots_(std::move(slots)), keys_(keys) {}

  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key) const { return find(key, stableHash(key)); }
  // find, with the key's stableHash made already (by prefetch).
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key, std::uint64_t h) const {
    const std::size_t n = slots_.size();
    if (n == 0) return std::nullopt;
    const std::uint32_t tag = slotHash(h);
    if (!filter_.empty() && !mayHold(tag)) return std::nullopt;
    // A key holding a NUL is no key of the block (its strings end at their first NUL): looked for
    // only in a key the filter lets by, since most keys asked are missing ones (issue #16).
    if (key.find('\0') != std::string_view::npos) return std::nullopt;
    std::size_t at = h & (n - 1);
    for (std::size_t probes = 0; probes < n; ++probes, at = (at + 1) & (n - 1)) {
      const LookupSlot& s = slots_[at];
      if (s.id == LookupSlot::kEmpty) return std::nullopt;
      if (s.hash == tag && keyAt(keys_, s.key, key)) return s.id;
    }
    return std::nullopt;
  }
  // Starts reading the filter word that find(key, h) reads first: a caller that asks several keys in
  // turn, most of them missing, has their cache misses overlap instead of follow one another
  // (issue #16: the filter word's miss was most of a name look-up's time).
  void prefetch(std::uint64_t h) const {
    if (!filter_.empty()) __builtin_prefetch(&filter_[filterWord(slotHash(h))]);
  }
  [[nodiscard]] std::span<const LookupSlot> slots() const { return slots_.span(); }
  [[nodiscard]] std::string_view keys() const { return keys_; }

  // Adds a Bloom filter of the keys' stored hashes (16 bits a key, in the heap), for a table
  // asked mostly for keys it lacks: a statement's word spans tried as entity names miss almost
  // always, and each miss read a slot at a random place of the mapped table, a cache miss (a
  // fifth of a check at 10^6 claims, issue #16). The filter answers most misses from a few
  // hundred KB that stay in cache. Exact: a key the table holds always passes it.
  void addFilter() {
    std::size_t keys = 0;
    for (const LookupSlot& s : slots_.span()) keys += s.id != LookupSlot::kEmpty;
    filter_.assign(std::bit_ceil(std::max<std::size_t>(1, keys / 4)), 0);
    for (const LookupSlot& s : slots_.span())
      if (s.id != LookupSlot::kEmpty) filter_[filterWord(s.hash)] |= filterBits(s.hash);
  }

 private:
  // Two bits of one 64-bit word a key, both from the stored 32-bit hash, mixed again so that
  // the word and the bits do not repeat the slot's own position bits.
  [[nodiscard]] static std::uint64_t mixed(std::uint32_t tag) { return tag * 0x9E3779B97F4A7C15ull; }
  [[nodiscard]] std::size_t filterWord(std::uint32_t tag) const {
    return static_cast<std::size_t>(mixed(tag) >> 20) & (filter_.size() - 1);
  }
  [[nodiscard]] static std::uint64_t filterBits(std::uint32_t tag) {
    const std::uint64_t m = mixed(tag);
    return std::uint64_t{1} << (m & 63) | std::uint64_t{1} << ((m >> 6) & 63);
  }
  [[nodiscard]] bool mayHold(std::uint32_t tag) const {
    const std::uint64_t bits = filterBits(tag);
    return (filter_[filterWord(tag)] & bits) == bits;
  }

  Column<LookupSlot> slots_;
  std::string_view keys_;              // NUL-separated, ending with a NUL (every slot's key is checked to lie inside)
  std::vector<std::uint64_t> filter_;  // empty: no filter (addFilter)
};

// A LookupTable's slots, built key by key; the first id of a key wins.
class SlotsBuilder {
 public:
  explicit SlotsBuilder(std::size_t keys) : slots_(keys == 0 ? 0 : std::bit_ceil(2 * keys)) {}
  // The empty slot where `key` goes, or nullopt when the table has it already.
  [[nodiscard]] std::optional<std::size_t> place(std::string_view key, std::string_view block) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t h = stableHash(key);
    for (std::size_t at = h & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      if (slots_[at].id == LookupSlot::kEmpty) return at;
      if (slots_[at].hash == slotHash(h) && keyAt(block, slots_[at].key, key)) return std::nullopt;
    }
  }
  // Fills the slot place() gave for `key`, whose string lies at `keyAt` of the block.
  void fill(std::size_t at, std::string_view key, std::uint32_t keyAt, std::uint32_t id) {
    slots_[at] = {keyAt, id, slotHash(stableHash(key))};
  }
  void add(std::string_view key, std::uint32_t keyAt, std::uint32_t id, std::string_view block) {
    if (auto at = place(key, block)) fill(*at, key, keyAt, id);
  }
  [[nodiscard]] const std::vector<LookupSlot>& slots() const { return slots_; }

 private:
  std::vector<LookupSlot> slots_;
};

// The first words (nameHead) of every entity key and folded name or alias, as a Bloom filter
// stored in the snapshot: 16 bits a word, two bits of one 64-bit word each, from the word's
// stableHash. A check tries some fifty word spans of its statement as names, and most of them
// start with a word that starts no name; the filter tells it so from one word of a table that
// stays in cache, before any of the span's forms is made or hashed (issue #16). Exact: a word that
// starts a key always passes it.
class HeadFilter {
 public:
  HeadFilter() = default;
  explicit HeadFilter(Column<std::uint64_t> words) : words_(std::move(words)) {}
  // The filter's words for the heads of these hashes: a power of two of them, one at least.
  [[nodiscard]] static std::vector<std::uint64_t> build(std::span<const std::uint64_t> headHashes) {
    std::vector<std::uint64_t> words(std::bit_ceil(std::max<std::size_t>(1, headHashes.size() / 4)), 0);
    for (std::uint64_t h : headHashes) words[wordOf(h, words.size())] |= bitsOf(h);
    return words;
  }
  // Whether some key's head may be `head`; always, for a graph without the filter.
  [[nodiscard]] bool mayHold(std::string_view head) const {
    if (words_.size() == 0) return true;
    const std::uint64_t h = stableHash(head), bits = bitsOf(h);
    return (words_[wordOf(h, words_.size())] & bits) == bits;
  }
  [[nodiscard]] std::span<const std::uint64_t> words() const { return words_.span(); }

 private:
  // FNV-1a's low bits follow the last bytes: mixed (splitmix64's finaliser) before they are cut.
  [[nodiscard]] static std::uint64_t mixed(std::uint64_t h) {
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
    return h ^ (h >> 31);
  }
  [[nodiscard]] static std::size_t wordOf(std::uint64_t h, std::size_t words) {
    return static_cast<std::size_t>(mixed(h) >> 12) & (words - 1);
  }
  [[nodiscard]] static std::uint64_t bitsOf(std::uint64_t h) {
    const std::uint64_t m = mixed(h);
    return std::uint64_t{1} << (m & 63) | std::uint64_t{1} << ((m >> 6) & 63);
  }

  Column<std::uint64_t> words_;  // empty: no filter
};

// A loaded graph's lookups (ClaimGraph::findEntity, findDocument), read in place. The same
// answers as the maps ClaimGraph::add() fills: entity keys, then folded names, then folded
// aliases (a name wins over another entity's alias), the first entity winning a key.
struct ClaimGraph::Lookups {
  LookupTable entityByKey;     // keys in the pool
  LookupTable entityByName;    // keys in foldedNames
  LookupTable documentBySlug;  // keys in the pool
  std::string_view foldedNames;
  HeadFilter entityHeads;  // the first words of entityByKey's and entityByName's keys
};

}  // namespace cg::graph
