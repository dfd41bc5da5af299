#pragma once
// One table of a graph: rows built here (a vector) or read in place from a snapshot (a view
// of the mapped file, which the graph keeps open). Readers see a span either way, so a loaded
// graph's tables are never copied.

#include <cstddef>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace cg::graph {

template <class T>
class Column {
 public:
  Column() = default;
  // A view of rows someone else owns (the graph's mapping), which must outlive the column.
  static Column view(std::span<const T> rows) {
    Column c;
    c.rows_ = rows;
    return c;
  }

  // Rows built elsewhere, which the column takes.
  static Column own(std::vector<T> rows) {
    Column c;
    c.owned_ = std::move(rows);
    c.rows_ = c.owned_;
    return c;
  }

  [[nodiscard]] std::span<const T> span() const { return rows_; }
  [[nodiscard]] const T& operator[](std::size_t i) const { return rows_[i]; }
  [[nodiscard]] std::size_t size() const { return rows_.size(); }
  [[nodiscard]] bool empty() const { return rows_.empty(); }
  [[nodiscard]] bool isView() const { return rows_.data() != owned_.data(); }

  // Building (a view is read-only: std::logic_error).
  void push_back(const T& row) {
    built().push_back(row);
    rows_ = owned_;
  }
  template <class It>
  void append(It first, It last) {
    built().insert(owned_.end(), first, last);
    rows_ = owned_;
  }
  void reserve(std::size_t n) {
    built().reserve(n);
    rows_ = owned_;
  }
  void resize(std::size_t n) {
    built().resize(n);
    rows_ = owned_;
  }
  [[nodiscard]] T& mut(std::size_t i) { return built()[i]; }
  [[nodiscard]] std::span<T> mutSpan() { return built(); }
  void clear() {
    owned_ = {};
    rows_ = {};
  }

 private:
  std::vector<T>& built() {
    if (isView() && !rows_.empty()) throw std::logic_error("a table read in place from a snapshot is read-only");
    return owned_;
  }
  std::vector<T> owned_;
  std::span<const T> rows_;  // owned_, or the viewed rows
};

}  // namespace cg::graph
