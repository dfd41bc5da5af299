#include "ingest/LabelledMeasures.h"

#include <algorithm>
#include <cstddef>
#include <set>
#include <sstream>
#include <utility>

#include "graph/Fold.h"
#include "ingest/Lexicon.h"

namespace cg::ingest {

namespace data {
extern const char* const kLabelledMeasures;  // LexiconData.cpp, from data/labelled_measures.tsv
}  // namespace data

namespace {

// One cue of the file: its folded words and the measure it names, for one unit class.
struct Cue {
  std::string unitClass;  // "percent", "times"
  std::vector<std::string> words;
  std::string measure;
};

struct Vocabulary {
  std::vector<Cue> cues;  // longest first, then in the file's order
  std::set<std::string, std::less<>> change;
  std::set<std::pair<std::string, std::string>, std::less<>> measures;  // (class, measure)
};

const Vocabulary& vocabulary() {
  static const Vocabulary kVocabulary = [] {
    Vocabulary v;
    std::istringstream lines(data::kLabelledMeasures);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line.front() == '#') continue;
      std::istringstream cells(line);
      std::string unitClass, cues, measure;
      std::getline(cells, unitClass, '\t');
      std::getline(cells, cues, '\t');
      std::getline(cells, measure, '\t');
      std::istringstream each(cues);
      for (std::string cue; std::getline(each, cue, '|');) {
        std::vector<std::string> words = graph::foldTokens(cue);
        if (words.empty()) continue;
        if (unitClass == "change")
          v.change.insert(words.front());
        else
          v.cues.push_back({unitClass, std::move(words), measure});
      }
      if (unitClass != "change") v.measures.emplace(unitClass, measure);
    }
    std::stable_sort(v.cues.begin(), v.cues.end(),
                     [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
    return v;
  }();
  return kVocabulary;
}

// The labels' class of a figure's unit: "percent", "times" or "time" (a length of time: "~150ms
// startup", "2s latency"); empty for any other.
std::string_view labelClass(std::string_view unit) {
  if (unit == "percent") return "percent";
  if (unit == "times") return "times";
  if (unit == "seconds" || unit == "s" || unit == "minutes" || unit == "hours") return "time";
  return {};
}

bool matchesAt(const std::vector<std::string>& words, std::size_t at, const std::vector<std::string>& cue) {
  if (at + cue.size() > words.size()) return false;
  return std::equal(cue.begin(), cue.end(), words.begin() + static_cast<std::ptrdiff_t>(at));
}

bool isChange(std::string_view word) { return vocabulary().change.count(word) > 0; }

// "retention rate", "interest rate": a noun before "rate" names the rate (no adjective: "a high rate",
// "an annual rate"; no function word: "click-through rate" is read by its cue, if any).
bool namesRate(std::string_view word) {
  const Lexicon& lex = lexicon();
  return word.size() > 2 && lex.isEnglishWord(word) && !lex.isFunctionWord(word) &&
         !wordNetAdjectives().contains(word) && !word.ends_with("ly");
}

// The cue of `unitClass` that matches the words at `at` (longest first), and how many words it spans;
// in percent, also "W rate". {"", 0} when none.
std::pair<std::string, std::size_t> cueAt(const std::vector<std::string>& words, std::size_t at,
                                          std::string_view unitClass) {
  for (const Cue& cue : vocabulary().cues)
    if (cue.unitClass == unitClass && matchesAt(words, at, cue.words)) return {cue.measure, cue.words.size()};
  if (unitClass == "percent" && at + 1 < words.size() && words[at + 1] == "rate" && namesRate(words[at]) &&
      !isChange(words[at]))
    return {words[at] + " rate", 2};
  return {"", 0};
}

}  // namespace

bool isChangeNoun(std::string_view word) { return isChange(word); }

std::string improvementOfQuantityAt(const std::vector<std::string>& words, std::size_t at) {
  if (std::string reading = cueAt(words, at, "improved").first; !reading.empty()) return reading;
  return cueAt(words, at, "time").first.empty() ? std::string() : "decrease";  // a length of time improves by falling
}

std::string headerLabelledMeasure(std::string_view header, std::string_view unit) {
  const std::string_view unitClass = labelClass(unit);
  if (unitClass.empty()) return {};
  const std::vector<std::string> words = graph::foldTokens(header);
  if (std::any_of(words.begin(), words.end(), isChange)) return {};
  std::pair<std::string, std::size_t> best;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (auto found = cueAt(words, i, unitClass); found.second > best.second) best = std::move(found);
  return best.first;
}

std::string labelAfterFigure(std::string_view after, std::string_view unit) {
  const std::string_view unitClass = labelClass(unit);
  if (unitClass.empty()) return {};
  // The words up to the clause's next stop: "85% accuracy, while ..." is read to the comma.
  after = after.substr(0, std::min(after.size(), after.find_first_of(",;:.()[]|\"!?")));
  constexpr std::size_t kWords = 5;
  std::vector<std::string> words = graph::foldTokens(after);
  if (words.size() > kWords) words.resize(kWords);
  auto [measure, length] = cueAt(words, 0, unitClass);
  if (measure.empty() || (length < words.size() && isChange(words[length]))) return {};
  return measure;
}

std::string labelBeforeFigure(std::string_view before, std::string_view unit) {
  const std::string_view unitClass = labelClass(unit);
  if (unitClass.empty()) return {};
  std::vector<std::string> words = graph::foldTokens(before);
  // Hedges between the label's "of" and the figure: "an accuracy of about 85%", "of up to 90%".
  const auto wordAt = [&](std::size_t k) -> const std::string& { return words[k]; };
  while (const std::size_t hedge = lexicon().hedgeEndingAt(words.size(), kEveryHedge, wordAt))
    words.resize(words.size() - hedge);
  const bool colon =
      before.find_last_not_of(" ~≈") != std::string_view::npos && before[before.find_last_not_of(" ~≈")] == ':';
  // A length of time is also what a verb takes "in" ("start up in 150 ms", "loads in 2 seconds").
  const bool in = unitClass == "time" && !words.empty() && (words.back() == "in" || words.back() == "within");
  if (!colon) {
    if (words.empty() || (words.back() != "of" && !in)) return {};
    words.pop_back();
  }
  // The longest cue that ends right before "of" (or the colon).
  constexpr std::size_t kLongestCue = 4;
  for (std::size_t length = std::min(kLongestCue, words.size()); length >= 1; --length) {
    const std::size_t at = words.size() - length;
    auto [measure, span] = cueAt(words, at, unitClass);
    if (measure.empty() || span != length) continue;
    const std::size_t from = at >= 3 ? at - 3 : 0;
    if (std::any_of(words.begin() + static_cast<std::ptrdiff_t>(from), words.begin() + static_cast<std::ptrdiff_t>(at),
                    isChange))
      return {};
    return measure;
  }
  return {};
}

bool isLabelledMeasure(std::string_view measure, std::string_view unit) {
  const std::string_view unitClass = labelClass(unit);
  if (unitClass.empty() || measure.empty()) return false;
  if (vocabulary().measures.count(std::pair<std::string, std::string>(unitClass, measure))) return true;
  // "W rate" in percent.
  constexpr std::string_view kRate = " rate";
  return unitClass == "percent" && measure.ends_with(kRate) && measure.find(' ') == measure.size() - kRate.size() &&
         namesRate(measure.substr(0, measure.size() - kRate.size()));
}

std::string_view labelledUnder(std::string_view unit) {
  if (unit == "percent") return "percentage";
  const std::string_view unitClass = labelClass(unit);
  if (unitClass == "times" || unitClass == "time") return "other";
  return {};
}

bool isCatchAllMeasure(std::string_view measure) {
  static constexpr std::string_view kCatchAll[] = {"",      "other",   "percentage", "amount",
                                                   "count", "compute", "increase",   "decrease"};
  return std::find(std::begin(kCatchAll), std::end(kCatchAll), measure) != std::end(kCatchAll);
}

}  // namespace cg::ingest
