#pragma once
// One pool of strings per graph: every text is stored once, referred to by a 32-bit
// StrId. Keeps the per-kind tables small and lets the snapshot write the pool as one
// block. Id 0 is the empty string.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cg::graph {

using StrId = std::uint32_t;

class StringPool {
 public:
  StringPool();
  StringPool(StringPool&&) noexcept = default;
  StringPool& operator=(StringPool&&) noexcept = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  // The id of `s`, adding it when new.
  StrId intern(std::string_view s);
  [[nodiscard]] std::string_view get(StrId id) const;
  [[nodiscard]] std::size_t bytes() const { return data_.size(); }

  // The raw block (NUL-separated strings) for the snapshot, and its inverse.
  [[nodiscard]] const std::string& data() const { return data_; }
  static StringPool fromData(std::string data);

 private:
  std::string data_;  // "\0first\0second\0..."; an id is the offset of a string's first byte
  std::unordered_map<std::string_view, StrId> ids_;  // views into data_ never move: see intern()
};

}  // namespace cg::graph
