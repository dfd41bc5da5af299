#include "ingest/WikiTables.h"

#include <algorithm>
#include <vector>

#include <re2/re2.h>

#include "ingest/Lexicon.h"
#include "ingest/Text.h"
#include "ingest/WikiMarkup.h"

namespace cg::ingest {
namespace {

// Plural heads that name no counted thing: a cell under them is a time, a date or a note.
bool uncountedHead(std::string_view word) {
  for (std::string_view w :
       {"years",   "seasons", "dates",    "times",     "months",     "weeks", "days",       "hours",   "minutes",
        "seconds", "notes",   "comments", "remarks",   "references", "refs",  "sources",    "details", "results",
        "scores",  "ratings", "rankings", "positions", "titles",     "names", "coordinates"})
    if (word == w) return true;
  return false;
}

bool isPlural(std::string_view word) {
  const auto& irregular = lexicon().irregularPlurals;
  if (std::find(irregular.begin(), irregular.end(), word) != irregular.end()) return true;
  return word.size() >= 4 && word.back() == 's' && !word.ends_with("ss") && !word.ends_with("us") &&
         !word.ends_with("is");
}

// "General seats" -> "general seats", "No. of Locations" -> "locations", "Deaths" -> "deaths":
// the noun phrase of a header of at most three words whose last word is a plural.
std::string countedNoun(std::string plain) {
  std::string lower = lowerAscii(trim(plain.substr(0, plain.find('/'))));
  static const RE2 kNumberOf(R"(^(?:.*\b)?(?:number|no\.?|num\.?) of (.+)$)");
  std::string counted;
  if (RE2::FullMatch(lower, kNumberOf, &counted)) lower = counted;
  // "Punjabi speakers in India", "Deaths by year": a noun phrase's head stands before the phrase a
  // preposition opens (data/prepositions.txt), which says where or when, not what is counted. Not
  // "of": "Population of India" is what is counted there, and "number of" was read above.
  for (std::size_t space = lower.find(' '); space != std::string::npos; space = lower.find(' ', space + 1)) {
    const std::size_t end = lower.find(' ', space + 1);
    const std::string word = lower.substr(space + 1, end == std::string::npos ? end : end - space - 1);
    if (end != std::string::npos && word != "of" && lexicon().prepositions.contains(word)) {
      lower.resize(space);
      break;
    }
  }
  static const RE2 kWords(R"(^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$)");
  if (!RE2::FullMatch(lower, kWords)) return {};
  const std::string_view head = lastWord(lower);
  if (head == "population") return "people";
  return isPlural(head) && !uncountedHead(head) ? lower : std::string();
}

}  // namespace

ColumnUnit wikiColumnWord(std::string_view header) {
  if (lowerAscii(header).find("magnitude") != std::string::npos) return {"magnitude", false};
  std::string plain(trim(stripMarkup(header)));
  if (const std::size_t open = plain.find('('); open != std::string::npos) {
    const std::size_t close = plain.find(')', open);
    const std::string inside(trim(std::string_view(plain).substr(open + 1, close - open - 1)));
    if (inside == "%") return {"%", false};
    const std::string named = convertUnitName(inside);
    return named != inside ? ColumnUnit{named, false} : ColumnUnit{};  // "Height (m)": a unit {{convert}} knows
  }
  if (plain.ends_with("%")) return {"%", false};
  std::string noun = countedNoun(plain);
  return {std::move(noun), true};
}

std::string withColumnUnit(std::string_view cell, const ColumnUnit& unit) {
  static const RE2 kCell(
      R"((?:\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(?:–|—|-|to)\s*(?:\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?)?)");
  std::string fraction, highFraction;
  if (unit.word.empty() || cell != trim(cell) || !RE2::FullMatch(cell, kCell, &fraction, &highFraction))
    return std::string(cell);
  if (unit.counted && (!fraction.empty() || !highFraction.empty())) return std::string(cell);
  return std::string(cell) + (unit.word == "%" ? "" : " ") + unit.word;
}

}  // namespace cg::ingest
