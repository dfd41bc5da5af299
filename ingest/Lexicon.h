#pragma once
// The general word lists the extractor reads text with (data/*.txt, built in): roles,
// attribution verbs, organisation suffixes, given names, words that are never names on
// their own, and measure cues. No names of particular people or companies: claimgraph
// is meant for articles it has never seen.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cg::ingest {

struct MeasureRule {
  std::string unitClass;          // money, percent, count, compute
  std::vector<std::string> cues;  // folded words or phrases
  std::string label;
};

struct Lexicon {
  std::unordered_set<std::string> roles;  // "chief executive", "lawyer"
  std::size_t longestRoleWords = 1;
  std::unordered_map<std::string, std::string> speechVerbs;  // "writing" -> "wrote"
  std::unordered_set<std::string> mindVerbs;  // base forms that speak only for a person or organisation: "found"
  std::unordered_set<std::string> orgSuffixes;
  std::unordered_set<std::string> givenNames;
  std::unordered_set<std::string> nonEntities;
  std::vector<MeasureRule> measures;
  // Every measure cue (1-3 folded words) -> the rules it belongs to, so a window of text is
  // matched by probing its word n-grams instead of searching it once per cue.
  std::unordered_map<std::string, std::vector<std::size_t>> measureCues;
  std::size_t longestCueWords = 1;
  // Figures (Quantity.cpp sorts these for its look-ups).
  std::vector<std::string> functionWords;     // never part of a counted noun: "the", "about"
  std::vector<std::string> identifierWords;   // "number 1", "Article 5"
  std::vector<std::string> temporalWords;     // "in 2021", "the 2024 models"
  std::vector<std::string> irregularPlurals;  // "people", "staff"
  // Entities and attribution.
  std::unordered_set<std::string> prepositions;         // a name after one is no clause subject
  std::unordered_set<std::string> legalForms;           // "inc", "gmbh": dropped in a short form
  std::unordered_set<std::string> publicBodies;         // "agency", "union": not "the company"
  std::unordered_set<std::string> companyNouns;         // "the company", "the lab"
  std::unordered_set<std::string> eventWords;           // "summit", "crash"
  std::unordered_set<std::string> skippableBeforeVerb;  // "Acme itself later said"
  // Sentences.
  std::unordered_set<std::string> abbreviations;  // "u.s", "inc": no sentence ends after them
  // Lower-case English words (Debian's wamerican, built in): "nearly", "end", "apple".
  std::unordered_set<std::string_view> englishWords;

  [[nodiscard]] bool isRole(std::string_view folded) const { return roles.count(std::string(folded)) > 0; }
  [[nodiscard]] bool isNonEntity(std::string_view folded) const { return nonEntities.count(std::string(folded)) > 0; }
  // Whether a lower-case word is a common English word ("apple" is, "nvidia" is not).
  [[nodiscard]] bool isEnglishWord(std::string_view lower) const { return englishWords.count(lower) > 0; }
  // True when folded text starts with a role, whole words ending at one of `separators`:
  // "chief executive satya" does.
  [[nodiscard]] bool startsWithRole(std::string_view folded, std::string_view separators = " ") const;
};

// Parsed once, on first use; thread-safe.
[[nodiscard]] const Lexicon& lexicon();

}  // namespace cg::ingest
