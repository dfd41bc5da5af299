#pragma once
// Counts of nouns whose plural English takes from Latin or Greek ("eight criteria", "three
// phenomena", "two hypotheses"), which the extractor's plural test ("-s", data/irregular_plurals.txt)
// does not read as counted nouns (issue #13). Read by `check` only, where the extractor found no figure.

#include <optional>
#include <string>
#include <string_view>

#include "graph/Records.h"

namespace cg::query {

// A statement's count of a noun and its measure, named as the record names counts ("number of criteria").
struct CountedNoun {
  graph::Quantity figure;
  std::string measure;
};

// Whether a lower-case word is the classical plural of an English noun: "criteria" (criterion),
// "phenomena" (phenomenon), "curricula" (curriculum), "formulae" (formula), "matrices" (matrix),
// "indices" (index), "hypotheses" (hypothesis), "nuclei" (nucleus). The singular must be a noun
// (an English word that WordNet does not give only as another class) and the plural a word of the
// English word list.
[[nodiscard]] bool isClassicalPlural(std::string_view lower);

// The first number (digits, or a cardinal in words) right before such a plural, as a count of it.
[[nodiscard]] std::optional<CountedNoun> classicalPluralCount(std::string_view statement);

}  // namespace cg::query
