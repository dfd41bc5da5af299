#pragma once
// One pool of strings per graph: every text is stored once, referred to by a 32-bit
// StrId. Keeps the per-kind tables small and lets the snapshot write the pool as one
// block. Id 0 is the empty string.
//
// A pool is built here (intern) or is a view of a block it does not own: a loaded
// snapshot's pool is read in place from the mapped file (view), which its graph keeps open.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cg::graph {

using StrId = std::uint32_t;

class StringPool {
 public:
  StringPool();
  StringPool(StringPool&&) noexcept = default;
  StringPool& operator=(StringPool&&) noexcept = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  // The id of `s`, adding it when new. On a viewed pool the block is first copied (and old
  // strings are not deduplicated against): a loaded graph is frozen and never interns.
  StrId intern(std::string_view s);
  [[nodiscard]] std::string_view get(StrId id) const {
    if (id >= block_.size()) return {};
    return std::string_view(block_.data() + id);  // the block ends with a NUL: checked when viewed
  }
  [[nodiscard]] std::size_t bytes() const { return block_.size(); }

  // The raw block (NUL-separated strings) for the snapshot, and a pool viewing such a block,
  // which must start and end with a NUL (std::runtime_error otherwise) and outlive the pool.
  [[nodiscard]] std::string_view data() const { return block_; }
  static StringPool view(std::string_view block);

 private:
  // Ids are offsets into data_, which never change when data_ grows. The set is open addressing
  // (linear probing, at most half full) over slots that keep each id beside its string's hash:
  // a probe compares strings only when the hashes agree, and no node is allocated per string.
  struct Slot {
    std::uint32_t hash = 0;  // the low bits of wordHash (inline, graph/WordTable.h): also the slot the probe starts at
    StrId id = 0;            // 0: empty (the empty string is never stored in the set)
  };
  [[nodiscard]] bool holds(StrId id, std::string_view s) const;
  void grow();
  std::unique_ptr<std::string> data_;  // "\0first\0second\0..."; on the heap so moves keep block_ valid
  std::vector<Slot> slots_;            // a power of two in size
  std::size_t used_ = 0;
  std::string_view block_;  // *data_, or the viewed block
};

}  // namespace cg::graph
