#include "graph/StringPool.h"

#include <stdexcept>

namespace cg::graph {

StringPool::StringPool() { data_.push_back('\0'); }

StrId StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  // Views in ids_ point into data_, which reallocates; look up by content and re-key
  // on growth instead of holding views that could dangle.
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  if (data_.size() + s.size() + 1 > UINT32_MAX) throw std::length_error("string pool exceeds 4 GiB");
  const char* before = data_.data();
  StrId id = static_cast<StrId>(data_.size());
  data_.append(s);
  data_.push_back('\0');
  if (data_.data() != before) {
    std::unordered_map<std::string_view, StrId> rekeyed;
    rekeyed.reserve(ids_.size() + 1);
    for (const auto& [view, sid] : ids_) rekeyed.emplace(std::string_view(data_.data() + sid, view.size()), sid);
    ids_.swap(rekeyed);
  }
  ids_.emplace(std::string_view(data_.data() + id, s.size()), id);
  return id;
}

std::string_view StringPool::get(StrId id) const {
  if (id >= data_.size()) return {};
  return std::string_view(data_.data() + id);
}

StringPool StringPool::fromData(std::string data) {
  StringPool pool;
  if (data.empty() || data.front() != '\0' || data.back() != '\0')
    throw std::runtime_error("string pool block is malformed");
  pool.data_ = std::move(data);
  return pool;  // loaded pools answer get(); intern() on them adds without deduplicating old strings
}

}  // namespace cg::graph
