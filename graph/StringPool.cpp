#include "graph/StringPool.h"

#include <stdexcept>

#include "graph/WordTable.h"

namespace cg::graph {

StringPool::StringPool() : data_(std::make_unique<std::string>(1, '\0')), slots_(16), block_(*data_) {}

// Whether the pooled string at `id` is `s`: its bytes, then the NUL that ends it (no strlen).
bool StringPool::holds(StrId id, std::string_view s) const {
  const std::string& data = *data_;
  return id + s.size() < data.size() && data.compare(id, s.size(), s) == 0 && data[id + s.size()] == '\0';
}

StrId StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  if (const std::size_t nul = s.find('\0'); nul != std::string_view::npos)
    s = s.substr(0, nul);                                            // ends a pooled string
  if (block_.data() != data_->data()) *data_ = std::string(block_);  // a viewed pool: copy it first
  const auto hash = static_cast<std::uint32_t>(wordHash(s));
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  for (; slots_[at].id != 0; at = (at + 1) & mask)
    if (slots_[at].hash == hash && holds(slots_[at].id, s)) return slots_[at].id;
  if (data_->size() + s.size() + 1 > UINT32_MAX) throw std::length_error("string pool exceeds 4 GiB");
  const auto id = static_cast<StrId>(data_->size());
  data_->append(s);
  data_->push_back('\0');
  block_ = *data_;
  slots_[at] = {hash, id};
  if (++used_ * 2 > slots_.size()) grow();
  return id;
}

void StringPool::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == 0) continue;
    std::size_t at = slot.hash & mask;
    while (slots_[at].id != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

StringPool StringPool::view(std::string_view block) {
  if (block.empty() || block.front() != '\0' || block.back() != '\0' || block.size() > UINT32_MAX)
    throw std::runtime_error("string pool block is malformed");
  StringPool pool;
  pool.block_ = block;
  return pool;
}

}  // namespace cg::graph
