#include "query/Rates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

namespace cg::query {

namespace {

// The periods, and the adverb each has ("daily").
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kPeriods{{{"second", ""},
                                                                                 {"minute", ""},
                                                                                 {"hour", "hourly"},
                                                                                 {"day", "daily"},
                                                                                 {"week", "weekly"},
                                                                                 {"month", "monthly"},
                                                                                 {"year", "yearly"}}};

std::string periodOf(std::string_view word) {
  if (word.ends_with('s')) word.remove_suffix(1);
  for (const auto& [period, adverb] : kPeriods)
    if (word == period || (!adverb.empty() && word == adverb)) return std::string(period);
  return {};
}

}  // namespace

std::string ratePeriodAfter(std::string_view text, std::size_t figureEnd) {
  if (figureEnd > text.size()) return {};
  // Up to the end of the clause: a comma, a semicolon, a full stop, a bracket or a dash ends it.
  constexpr std::size_t kWords = 7;
  std::string_view rest = text.substr(figureEnd);
  rest = rest.substr(0, std::min(rest.size(), rest.find_first_of(",;()|\u2014")));
  if (const std::size_t stop = rest.find(". "); stop != std::string_view::npos) rest = rest.substr(0, stop);
  std::vector<std::string> words;
  std::string word;
  std::string lastMark;  // "/" before a word: "pages/day"
  std::vector<bool> afterSlash;
  for (char c : rest) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    if (!word.empty()) {
      words.push_back(word);
      afterSlash.push_back(lastMark == "/");
      word.clear();
    }
    lastMark = c == '/' ? "/" : c == ' ' ? lastMark : "";
    if (words.size() >= kWords) break;
  }
  if (!word.empty() && words.size() < kWords) {
    words.push_back(word);
    afterSlash.push_back(lastMark == "/");
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    // "117,000 stars and averages 28 million downloads per month": a conjunct or a relative clause is
    // another figure's.
    if (words[k] == "and" || words[k] == "or" || words[k] == "but" || words[k] == "while" || words[k] == "which" ||
        words[k] == "that")
      return {};
    const std::string period = periodOf(words[k]);
    if (period.empty()) continue;
    // "daily" alone; "day" after "a", "an", "per", "each", "every" or a slash.
    if (words[k] != period && words[k] != period + "s") return period;
    if (afterSlash[k]) return period;
    if (k > 0)
      for (std::string_view w : {"a", "an", "per", "each", "every"})
        if (words[k - 1] == w) return period;
  }
  return {};
}

}  // namespace cg::query
