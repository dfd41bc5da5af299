#include "graph/StringPool.h"

#include <stdexcept>

namespace cg::graph {

StringPool::StringPool()
    : data_(std::make_unique<std::string>(1, '\0')), ids_(16, Hash{data_.get()}, Equal{data_.get()}) {}

StrId StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  if (s.find('\0') != std::string_view::npos) s = s.substr(0, s.find('\0'));  // a NUL ends a pooled string
  if (data_->size() + s.size() + 1 > UINT32_MAX) throw std::length_error("string pool exceeds 4 GiB");
  // Append, then look the new copy up: found means the string was there, so take the copy back.
  StrId candidate = static_cast<StrId>(data_->size());
  data_->append(s);
  data_->push_back('\0');
  auto [it, inserted] = ids_.insert(candidate);
  if (!inserted) data_->resize(candidate);
  return *it;
}

std::string_view StringPool::get(StrId id) const {
  if (id >= data_->size()) return {};
  return std::string_view(data_->data() + id);
}

StringPool StringPool::fromData(std::string data) {
  if (data.empty() || data.front() != '\0' || data.back() != '\0')
    throw std::runtime_error("string pool block is malformed");
  StringPool pool;
  *pool.data_ = std::move(data);
  return pool;  // loaded pools answer get(); intern() on them adds without deduplicating old strings
}

}  // namespace cg::graph
