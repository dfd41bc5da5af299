#include "query/CountNouns.h"

#include <array>
#include <cctype>
#include <charconv>
#include <utility>

#include "ingest/Cardinals.h"
#include "ingest/Lexicon.h"
#include "ingest/MeasureNames.h"
#include "ingest/Subjects.h"

namespace cg::query {
namespace {

// The classical plural endings and the singular endings each stands for. (A count is what makes the
// word a plural here: "eight criteria"; the number before it is required.)
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kEndings{{{"a", "on"},
                                                                                 {"a", "um"},
                                                                                 {"ae", "a"},
                                                                                 {"ices", "ex"},
                                                                                 {"ices", "ix"},
                                                                                 {"ses", "sis"},
                                                                                 {"i", "us"},
                                                                                 {"ia", "ium"}}};

bool isNoun(const std::string& lower) { return ingest::lexicon().isEnglishWord(lower) && !ingest::nounless(lower); }

}  // namespace

bool isClassicalPlural(std::string_view lower) {
  if (lower.size() < 4 || !ingest::lexicon().isEnglishWord(lower)) return false;
  for (const auto& [plural, singular] : kEndings) {
    if (!lower.ends_with(plural)) continue;
    std::string stem(lower.substr(0, lower.size() - plural.size()));
    if (stem.size() >= 2 && isNoun(stem + std::string(singular))) return true;
  }
  return false;
}

std::optional<CountedNoun> classicalPluralCount(std::string_view statement) {
  for (std::size_t at = 0; at < statement.size(); ++at) {
    if (!std::islower(static_cast<unsigned char>(statement[at])) ||
        (at > 0 && std::isalpha(static_cast<unsigned char>(statement[at - 1]))))
      continue;
    std::size_t end = at;
    while (end < statement.size() && std::islower(static_cast<unsigned char>(statement[end]))) ++end;
    const std::string word(statement.substr(at, end - at));
    if (at < 2 || statement[at - 1] != ' ' || !isClassicalPlural(word)) {
      at = end;
      continue;
    }
    // The number right before it: digits, or a cardinal in words ending there.
    std::optional<double> value;
    std::size_t begin = at - 1;
    while (begin > 0 && std::isdigit(static_cast<unsigned char>(statement[begin - 1]))) --begin;
    if (begin < at - 1 && (begin == 0 || statement[begin - 1] == ' ')) {
      double v = 0;
      std::from_chars(statement.data() + begin, statement.data() + at - 1, v);
      value = v;
    } else {
      for (const ingest::SpelledNumber& n : ingest::spelledNumbers(statement.substr(0, at - 1)))
        if (n.end == at - 1) value = n.value, begin = n.begin;
    }
    if (!value) {
      at = end;
      continue;
    }
    CountedNoun counted;
    counted.figure.value = *value;
    counted.figure.unit = "count";
    counted.figure.text = std::string(statement.substr(begin, end - begin));
    counted.measure = ingest::countMeasure(word);
    return counted;
  }
  return std::nullopt;
}

}  // namespace cg::query
