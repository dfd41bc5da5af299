#pragma once
// Entities found by the initials of their names: a statement says "the UK" of the page
// "United Kingdom", "the NHS" of "National Health Service", where the page never gives the
// short form as an alias. Built once, on the first unknown name written in capitals.

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/ClaimGraph.h"

namespace cg::query {

// The capitals of a name's words of four letters or more, or capitalised, function words left
// out ("United Kingdom" -> "UK", "Senate of Pakistan" -> "SP"); empty for a name of one such
// word ("The Pile"), or with a digit in a word ("Area 51", "Int8 Dynamic").
[[nodiscard]] std::string initialsOfName(std::string_view name);

// The initials a statement's words written as a title give, for a graph that holds the name only
// by them ("Tshwane University of Technology" -> "TUT", "US House of Representatives" -> "USHR"):
// the first letter of each capitalised word, every letter of a word in two or three capitals,
// function words left out. Empty unless every other word is capitalised, no word holds a digit or
// a mark, and the initials are three to five letters of at least two words.
[[nodiscard]] std::string initialsOfTitle(std::string_view span);

// Whether a statement's word is written as initials: two to five capitals ("UK", "NHS"), an
// "'s" after them left out.
[[nodiscard]] bool writtenAsInitials(std::string_view word);

class InitialsIndex {
 public:
  explicit InitialsIndex(const graph::ClaimGraph& g);
  // The entities whose names have these initials ("UK's" is looked up as "UK").
  [[nodiscard]] std::span<const graph::EntityId> named(std::string_view initials) const;

 private:
  std::unordered_map<std::string, std::vector<graph::EntityId>> byInitials_;
};

}  // namespace cg::query
