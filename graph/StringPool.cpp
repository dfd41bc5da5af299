#include "graph/StringPool.h"

#include <stdexcept>

namespace cg::graph {

StringPool::StringPool()
    : data_(std::make_unique<std::string>(1, '\0')), ids_(16, Hash{data_.get()}, Equal{data_.get()}), block_(*data_) {}

StrId StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  if (s.find('\0') != std::string_view::npos) s = s.substr(0, s.find('\0'));  // a NUL ends a pooled string
  if (block_.data() != data_->data()) *data_ = std::string(block_);           // a viewed pool: copy it first
  if (data_->size() + s.size() + 1 > UINT32_MAX) throw std::length_error("string pool exceeds 4 GiB");
  // Append, then look the new copy up: found means the string was there, so take the copy back.
  StrId candidate = static_cast<StrId>(data_->size());
  data_->append(s);
  data_->push_back('\0');
  auto [it, inserted] = ids_.insert(candidate);
  if (!inserted) data_->resize(candidate);
  block_ = *data_;
  return *it;
}

StringPool StringPool::view(std::string_view block) {
  if (block.empty() || block.front() != '\0' || block.back() != '\0' || block.size() > UINT32_MAX)
    throw std::runtime_error("string pool block is malformed");
  StringPool pool;
  pool.block_ = block;
  return pool;
}

}  // namespace cg::graph
