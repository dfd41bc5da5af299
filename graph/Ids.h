#pragma once
// Typed ids, one type per node kind, in the manner of QLever's TypedIndex: a ClaimId and an
// EntityId are both a dense uint32 index into their kind's table, but one cannot be passed
// where the other is wanted, nor used to index the other's table (IdSpan below).
//
//   ClaimId c = claim.subject;          // does not compile: claim.subject is an EntityId
//   const Claim& x = g.claims()[c];     // the claim table takes only ClaimIds
//   for (ClaimId c : g.claims().ids())  // every claim, in id order
//
// One sentinel for every kind, kInvalid ("no such node": a claim without a subject); a
// default-constructed id is kInvalid. An id is exactly a uint32_t in memory, so the records
// that hold ids keep the snapshot's byte layout.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <span>
#include <type_traits>

namespace cg::graph {

// The one "no node" value; converts to an id of any kind and compares equal to its invalid id.
struct InvalidId {};
inline constexpr InvalidId kInvalid{};

template <class Tag>
class TypedId {
 public:
  using Value = std::uint32_t;
  static constexpr Value kInvalidValue = UINT32_MAX;

  constexpr TypedId() = default;
  constexpr TypedId(InvalidId) {}  // NOLINT(google-explicit-constructor): `id = kInvalid` reads as meant
  constexpr explicit TypedId(Value value) : value_(value) {}

  [[nodiscard]] constexpr Value value() const { return value_; }
  [[nodiscard]] constexpr bool isValid() const { return value_ != kInvalidValue; }

  friend constexpr bool operator==(const TypedId&, const TypedId&) = default;
  friend constexpr auto operator<=>(const TypedId&, const TypedId&) = default;

 private:
  Value value_ = kInvalidValue;
};

struct DocumentTag;
struct SectionTag;
struct EntityTag;
struct ClaimTag;
struct SourceTag;
struct ContestedTag;
using DocumentId = TypedId<DocumentTag>;
using SectionId = TypedId<SectionTag>;
using EntityId = TypedId<EntityTag>;
using ClaimId = TypedId<ClaimTag>;
using SourceId = TypedId<SourceTag>;
using ContestedId = TypedId<ContestedTag>;

static_assert(sizeof(ClaimId) == sizeof(std::uint32_t) && alignof(ClaimId) == alignof(std::uint32_t),
              "an id is a uint32 in memory: the snapshot writes records that hold ids byte for byte");
static_assert(std::is_trivially_copyable_v<ClaimId> && std::is_standard_layout_v<ClaimId>);

// The base of a forward iterator over ids of one kind (IdRange's below, Neighbors' in
// graph/Neighbors.h): the iterator's declared types and its post-increment, made from the
// `Derived` iterator's own `*` and prefix `++`.
template <class Id, class Derived>
class IdIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = Id;
  using difference_type = std::ptrdiff_t;
  using pointer = const Id*;
  using reference = Id;

  // A friend rather than a member, so that Derived's prefix `++` does not hide it.
  friend constexpr Derived operator++(Derived& it, int) {
    Derived old = it;
    ++it;
    return old;
  }
};

// The ids [first, first + count) of one kind, in order: a range for range-for and for
// constructing containers. Written by hand rather than with std::views::iota, which clang 14
// (the fuzz build) cannot compile against libstdc++ 12.
template <class Id>
class IdRange {
 public:
  class iterator : public IdIterator<Id, iterator> {
   public:
    constexpr iterator() = default;
    constexpr explicit iterator(typename Id::Value v) : v_(v) {}
    constexpr Id operator*() const { return Id(v_); }
    constexpr iterator& operator++() {
      ++v_;
      return *this;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) { return a.v_ == b.v_; }

   private:
    typename Id::Value v_ = 0;
  };

  constexpr IdRange(Id first, std::size_t count)
      : begin_(first.value()), end_(static_cast<typename Id::Value>(first.value() + count)) {}
  [[nodiscard]] constexpr iterator begin() const { return iterator(begin_); }
  [[nodiscard]] constexpr iterator end() const { return iterator(end_); }
  [[nodiscard]] constexpr std::size_t size() const { return end_ - begin_; }

 private:
  typename Id::Value begin_, end_;
};

template <class Id>
[[nodiscard]] constexpr IdRange<Id> idRange(Id first, std::size_t count) {
  return IdRange<Id>(first, count);
}
// The ids [0, count) of one kind, in order.
template <class Id>
[[nodiscard]] constexpr IdRange<Id> idRange(std::size_t count) {
  return IdRange<Id>(Id(0), count);
}

// A table of one node kind, indexed by that kind's id only: a read-only view like std::span.
template <class Id, class T>
class IdSpan {
 public:
  constexpr IdSpan() = default;
  constexpr explicit IdSpan(std::span<const T> items) : items_(items) {}

  [[nodiscard]] constexpr const T& operator[](Id id) const { return items_[id.value()]; }
  [[nodiscard]] constexpr std::size_t size() const { return items_.size(); }
  [[nodiscard]] constexpr bool empty() const { return items_.empty(); }
  [[nodiscard]] constexpr auto begin() const { return items_.begin(); }
  [[nodiscard]] constexpr auto end() const { return items_.end(); }
  [[nodiscard]] constexpr const T& front() const { return items_.front(); }
  [[nodiscard]] constexpr const T& back() const { return items_.back(); }
  // Whether `id` names a row of this table (kInvalid does not).
  [[nodiscard]] constexpr bool contains(Id id) const { return id.value() < items_.size(); }
  // Every id of the table, in order.
  [[nodiscard]] constexpr auto ids() const { return idRange<Id>(items_.size()); }

 private:
  std::span<const T> items_;
};

}  // namespace cg::graph

template <class Tag>
struct std::hash<cg::graph::TypedId<Tag>> {
  std::size_t operator()(cg::graph::TypedId<Tag> id) const noexcept { return std::hash<std::uint32_t>{}(id.value()); }
};
