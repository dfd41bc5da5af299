#include "ingest/Rates.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "graph/Fold.h"
#include "ingest/Words.h"

namespace cg::ingest {

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

// The period a period adverb names ("monthly": "month"), "" for any other word.
std::string periodOfAdverb(std::string_view lower) {
  for (const auto& [period, adverb] : kPeriods)
    if (!adverb.empty() && lower == adverb) return std::string(period);
  return {};
}

}  // namespace

std::string periodAdverbIn(std::string_view text) {
  std::string period;
  eachWord(text, kLetterRuns, [&](const WordSpan& w) {
    if (period.empty()) period = periodOfAdverb(graph::lowerAscii(text.substr(w.begin, w.end - w.begin)));
  });
  return period;
}

std::string periodicMeasure(std::string_view acts, std::string_view period) {
  for (const auto& [name, adverb] : kPeriods)
    if (name == period && !adverb.empty()) return std::string(adverb) + " " + std::string(acts);
  return std::string(acts);
}

std::string measurePeriod(std::string_view measure) { return periodOfAdverb(measure.substr(0, measure.find(' '))); }

std::string ratePeriodAfter(std::string_view text, std::size_t figureEnd) {
  if (figureEnd > text.size()) return {};
  // Up to the end of the clause: a comma, a semicolon, a full stop, a bracket or a dash ends it.
  constexpr std::size_t kWords = 7;
  std::string_view rest = text.substr(figureEnd);
  rest = rest.substr(0, std::min(rest.size(), rest.find_first_of(",;()|\u2014")));
  if (const std::size_t stop = rest.find(". "); stop != std::string_view::npos) rest = rest.substr(0, stop);
  // Its first words (runs of letters), each with whether a slash stands before it: "pages/day".
  std::vector<std::string> words;
  std::vector<bool> afterSlash, afterNumber;
  std::size_t gapBegin = 0;
  eachWord(rest, kLetterRuns, [&](const WordSpan& w) {
    if (words.size() >= kWords) return;
    const std::string_view gap = rest.substr(gapBegin, w.begin - gapBegin);
    const std::size_t mark = gap.find_last_not_of(' ');
    afterSlash.push_back(mark != std::string_view::npos && gap[mark] == '/');
    afterNumber.push_back(gap.find_first_of("0123456789") != std::string_view::npos);
    words.push_back(graph::lowerAscii(rest.substr(w.begin, w.end - w.begin)));
    gapBegin = w.end;
  });
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
    if (afterNumber[k]) continue;  // "every 5 hours" is no hour's
    if (afterSlash[k]) return period;
    if (k > 0)
      for (std::string_view w : {"a", "an", "per", "each", "every"})
        if (words[k - 1] == w) return period;
  }
  return {};
}

}  // namespace cg::ingest
