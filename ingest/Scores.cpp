#include "ingest/Scores.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <vector>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "graph/WordTable.h"
#include "ingest/Lexicon.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"
#include "ingest/Words.h"

namespace cg::ingest {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Acronyms of units, roles and common things that are written in capitals but name no benchmark.
bool isCommonAcronym(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kCommon = {
      "AI",  "API", "APIs", "CEO", "CTO", "CPU", "GPU", "GPUs", "TPU",  "USD", "EUR", "GBP",
      "ARR", "YoY", "QoQ",  "US",  "UK",  "EU",  "IPO", "LLM",  "LLMs", "ML",  "TB",  "GB"};
  return std::find(kCommon.begin(), kCommon.end(), word) != kCommon.end();
}

// A word written as a benchmark's name is: two capitals or more ("MMLU", "HumanEval", "SWE"),
// letters with digits ("GSM8K", "τ2"), or a "-bench" ("Terminal-bench").
bool isNameLikeWord(std::string_view word) {
  if (isCommonAcronym(word) || word.find('@') != std::string_view::npos) return false;  // "pass@1" is a measure
  const auto capitals = std::count_if(word.begin(), word.end(), graph::isUpperAscii);
  const bool letters = std::any_of(word.begin(), word.end(), isAlpha) || word.find("\xCF\x84") != word.npos;
  const bool digits = std::any_of(word.begin(), word.end(), isDigit);
  return capitals >= 2 || (letters && digits) || lowerAscii(word).find("bench") != std::string::npos;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// The cell without asides in brackets and without trailing score words, percent signs and the word
// "benchmark" ("WebVoyager benchmark" is WebVoyager).
std::string withoutAsides(std::string_view cell) {
  std::string out;
  int depth = 0;
  for (char c : cell) {
    if (c == '(' || c == '[') ++depth;
    if (depth == 0) out += c;
    if ((c == ')' || c == ']') && depth > 0) --depth;
  }
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    std::string_view t = trim(out);
    out = std::string(t);
    const std::size_t space = out.rfind(' ');
    const std::string last = lowerAscii(space == std::string::npos ? out : out.substr(space + 1));
    if (space != std::string::npos && lexicon().isHeader(HeaderRole::kScoreWord, last)) {
      out.resize(space);
      trimmed = true;
    }
  }
  return out;
}

// The setting an aside in brackets gives a score, when it says what the model ran with: "(with
// tools)", "(without search)", "(no tools)". A score with tools is another quantity than one
// without; other asides ("(5-shot)", "(%)", "(General)") say how it is reported, and drop.
std::string settingAside(std::string_view cell) {
  const std::size_t open = cell.find('('), close = cell.find(')', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  const std::string_view inside = trim(cell.substr(open + 1, close - open - 1));
  const std::string lower = lowerAscii(inside);
  const bool setting = lower.starts_with("with ") || lower.starts_with("without ") || lower.starts_with("no ");
  return setting ? " (" + lower + ")" : std::string();
}

// "Overall Accuracy", "Average Score": one word that names no benchmark, before what a score is.
bool isQualifiedScoreWord(std::string_view cell) {
  const std::vector<std::string_view> ws = words(trim(cell));
  return ws.size() == 2 && !isNameLikeWord(ws[0]) && isScoreHeader(ws[1]);
}

}  // namespace

std::string benchmarkName(std::string_view cell) {
  std::string name = withoutAsides(cell);
  const std::vector<std::string_view> ws = words(name);
  constexpr std::size_t kLongestName = 4;  // "SWE-bench Verified", "GPQA Diamond", "AIME 2025"
  if (ws.empty() || ws.size() > kLongestName || !isNameLikeWord(ws.front()) || isDigit(ws.front().front())) return {};
  // A period written with letters and digits ("Q1 2025", "FY2024", "H2") is a date, not a name.
  const std::string first = lowerAscii(ws.front());
  if (first.size() <= 6 && (first[0] == 'q' || first[0] == 'h' || first.starts_with("fy")) &&
      std::all_of(first.begin() + (first.starts_with("fy") ? 2 : 1), first.end(), isDigit))
    return {};
  return name + settingAside(cell);
}

std::string benchmarkAmongBenchmarks(const std::vector<std::string>& header, std::size_t column) {
  if (column >= header.size()) return {};
  const std::string_view word = trim(header[column]);
  const bool titleCase = word.size() > 1 && graph::isUpperAscii(word.front()) &&
                         std::all_of(word.begin() + 1, word.end(), graph::isLowerAscii);
  if (!titleCase) return {};
  const Lexicon& lex = lexicon();
  const std::string lower = lowerAscii(word);
  for (std::size_t role = 0; role < kHeaderRoles; ++role)
    if (lex.isHeader(static_cast<HeaderRole>(role), lower)) return {};
  std::size_t named = 0;
  bool models = false;  // a leaderboard's rows are models ("Model"); a "Feature" table's rows are not
  for (std::size_t k = 0; k < header.size(); ++k) {
    named += k != column && !benchmarkName(header[k]).empty();
    models |= lex.isHeader(HeaderRole::kModel, lowerAscii(trim(header[k])));
  }
  return models && named >= 2 ? std::string(word) : std::string();
}

bool isScoreHeader(std::string_view cell) {
  const Lexicon& lex = lexicon();
  std::string c = lowerAscii(withoutAsides(cell));
  if (c.empty()) c = lowerAscii(trim(cell));
  return lex.isHeader(HeaderRole::kScore, c) || lex.isHeader(HeaderRole::kScore, lowerAscii(trim(cell))) ||
         isQualifiedScoreWord(cell);
}

bool headsBenchmarkRows(std::string_view cell) {
  return lexicon().isHeader(HeaderRole::kBenchmarks, lowerAscii(trim(cell)));
}

bool isAverageHeader(std::string_view cell) {
  return lexicon().isHeader(HeaderRole::kAverage, lowerAscii(withoutAsides(cell)));
}

std::string scoreScopeAfter(std::string_view text, std::size_t figureEnd) {
  std::vector<std::string_view> ws = words(text.substr(std::min(figureEnd, text.size()), 80));
  std::size_t i = 0;
  if (i < ws.size() && (lowerAscii(ws[i]) == "accuracy" || lowerAscii(ws[i]) == "score")) ++i;
  if (i >= ws.size() || ws[i] != "on") return {};
  ++i;
  if (i < ws.size() && lowerAscii(ws[i]) == "the") ++i;
  std::string name;
  for (std::size_t n = 0; i < ws.size() && n < 4; ++i, ++n) {
    std::string_view w = ws[i];
    const bool stop = w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ')';
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ')')) w.remove_suffix(1);
    // A possessive ("NVIDIA's shares") owns what follows; it is no benchmark's name.
    const bool possessive = w.ends_with("'s") || w.ends_with("\u2019s");
    const bool nameWord =
        !w.empty() && !possessive && (graph::isUpperAscii(w.front()) || isDigit(w.front()) || isNameLikeWord(w));
    if (!nameWord) break;
    name += (name.empty() ? "" : " ") + std::string(w);
    if (stop) break;
  }
  return benchmarkName(name);
}

namespace {

// "53,898", "1,234,567", "42": the commas of a whole number stand between groups of three.
bool groupedInThrees(std::string_view whole) {
  if (whole.find(',') == std::string_view::npos) return true;
  std::size_t group = 0;
  bool first = true;
  for (char c : whole) {
    if (c != ',') {
      ++group;
      continue;
    }
    if (group == 0 || group > 3 || (!first && group != 3)) return false;
    first = false;
    group = 0;
  }
  return group == 3;
}

}  // namespace

std::optional<CellNumber> cellNumber(std::string_view cell) {
  const std::string_view c = trim(cell);
  const std::size_t at = c.starts_with("~") ? 1 : 0;
  std::size_t end = at;
  std::string digits;
  for (; end < c.size() && (isDigit(c[end]) || c[end] == '.' || c[end] == ','); ++end)
    if (c[end] != ',') digits += c[end];
  if (end == at || !isDigit(c[at]) || !isDigit(c[end - 1])) return std::nullopt;
  // Commas only between groups of three digits ("53,898", not "1,2").
  const std::string_view number = c.substr(at, end - at);
  const std::size_t point = std::min(number.find('.'), number.size());
  if (!groupedInThrees(number.substr(0, point)) || number.substr(point).find(',') != std::string_view::npos)
    return std::nullopt;
  double value = 0;
  auto [stop, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || stop != digits.data() + digits.size()) return std::nullopt;
  // After the number only a change or a note in brackets: "76.2 (+12.5)", "9,517 (−82.3%)".
  const std::string_view rest = trim(c.substr(end));
  if (!rest.empty() && !(rest.front() == '(' && rest.back() == ')')) return std::nullopt;
  const auto offset = static_cast<std::size_t>(c.data() - cell.data());
  return CellNumber{value, offset, offset + end, at == 1, number.find(',') != std::string_view::npos};
}

std::optional<CellNumber> signedCellNumber(std::string_view cell) {
  const std::string_view c = trim(cell);
  const std::size_t sign = c.starts_with("+") || c.starts_with("-") ? 1 : c.starts_with("\u2212") ? 3 : 0;
  if (sign == 0 || c.size() == sign || !isDigit(c[sign])) return std::nullopt;
  std::optional<CellNumber> n = cellNumber(c.substr(sign));
  if (!n || n->end != c.size() - sign) return std::nullopt;  // no note after it: "-2.6 (est.)" is read no further
  if (c[0] != '+') n->value = -n->value;
  const auto offset = static_cast<std::size_t>(c.data() - cell.data());
  n->begin = offset;
  n->end += offset + sign;
  return n;
}

std::optional<double> bareScore(std::string_view cell) {
  const std::optional<CellNumber> n = cellNumber(cell);
  const std::size_t length = n ? n->end - n->begin - (n->approximate ? 1 : 0) : 0;
  if (!n || n->grouped || length > 6 || n->value < 0 || n->value > 100) return std::nullopt;
  return n->value;
}

bool isPercentCell(std::string_view cell) {
  std::string_view c = trim(cell);
  while (!c.empty() && (c.front() == '~' || c.front() == '<' || c.front() == '>')) c.remove_prefix(1);
  return c.size() >= 2 && c.back() == '%' && std::isdigit(static_cast<unsigned char>(c.front())) &&
         std::all_of(c.begin(), c.end() - 1,
                     [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.'; });
}

bool isCountedPlural(std::string_view w) {
  if (w.size() < 4 || !endsAsPlural(w)) return false;
  const std::string singular = regularSingular(w);
  const Lexicon& lex = lexicon();
  if (!lex.isEnglishWord(singular) && !(w.ends_with("es") && lex.isEnglishWord(w.substr(0, w.size() - 2))))
    return false;
  // Reading "2 <word>" as a figure costs some 10,000 instructions, and the same plurals come back
  // near every count: the answer is kept per thread, by word (English plurals only: a bounded set).
  thread_local graph::WordMap<bool> countUnitPlurals;
  if (const auto kept = countUnitPlurals.find(w); kept != countUnitPlurals.end()) return kept->second;
  const std::optional<Quantity> asUnit = parseFigure("2 " + std::string(w));
  // "Points": a score's column counts its points, in the unit "points" running text gives them.
  const bool counts = !asUnit || isCountUnit(asUnit->unit) || asUnit->unit == "points";
  countUnitPlurals.emplace(w, counts);
  return counts;
}

namespace {

// Whether a row label says what its value counts: "Number of tasks", "GitHub Stars", "Average
// words per paper"; its asides in brackets aside ("Contributors (Python)").
bool countsThings(std::string_view label) {
  const std::string lower = lowerAscii(trim(label.substr(0, std::min(label.find('('), label.size()))));
  if (lower.starts_with("number of ")) return true;
  const std::vector<Token> words = tokenize(lower);
  return std::any_of(words.begin(), words.end(), [&](const Token& t) {
    return isCountedPlural(std::string_view(lower).substr(t.begin, t.end - t.begin));
  });
}

// An average or a rate ("Average words per paper", "Tokens/s", "Pass rate") counts no things of
// its subject.
bool averagesOrRates(const std::vector<std::string>& words, std::string_view lower) {
  if (lower.find_first_of("/%") != std::string_view::npos) return true;
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return w == "average" || w == "avg" || w == "mean" || w == "median" || w == "per" || w == "rate" || w == "ratio";
  });
}

// The words that say "how many" in front of a label ("Number of", "No. of", "#", "# of",
// "Total"), dropped; whether there were any.
bool dropHowMany(std::vector<std::string>& words, std::string_view lower) {
  auto drop = [&](std::size_t n) { words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n)); };
  if (words.size() > 2 && (words[0] == "number" || words[0] == "no") && words[1] == "of") return drop(2), true;
  if (lower.starts_with("#")) {  // folding drops the "#"
    if (words.size() > 1 && words[0] == "of") drop(1);
    return true;
  }
  if (words.size() > 1 && words[0] == "total") return drop(1), true;
  return false;
}

}  // namespace

std::string countedNoun(std::string_view label) {
  const std::string_view core = trim(label.substr(0, std::min(label.find('('), label.size())));
  const std::string lower = lowerAscii(core);
  std::vector<std::string> words = graph::foldTokens(core);
  // "Tokens (avg.)": an aside in brackets can make it an average too.
  if (words.empty() || averagesOrRates(graph::foldTokens(label), lowerAscii(label))) return {};
  const bool said = dropHowMany(words, lower);
  // "Problem Count": the counted noun in the singular before "count".
  const bool countAfter = words.size() > 1 && words.back() == "count";
  if (countAfter) words.pop_back();
  constexpr std::size_t kLongestLabelWords = 3;
  if (words.empty() || words.size() > kLongestLabelWords) return {};
  std::string head = countAfter && !isCountedPlural(words.back()) ? regularPlural(words.back()) : words.back();
  if (isCountedPlural(head)) return head;
  // "Number of people": a plural of its own kind, where the label says it counts.
  const auto& irregular = lexicon().irregularPlurals;
  if ((said || countAfter) && std::find(irregular.begin(), irregular.end(), head) != irregular.end()) return head;
  return {};
}

std::string averagedNoun(std::string_view label) {
  const std::string lower = lowerAscii(label);
  if (lower.find_first_of("/%") != std::string::npos) return {};
  std::vector<std::string> rest;
  bool averaged = false;
  for (std::string& w : graph::foldTokens(label)) {
    if (w == "per" || w == "rate" || w == "ratio") return {};
    const bool average = w == "average" || w == "avg" || w == "mean" || w == "median";
    averaged = averaged || average;
    if (!average) rest.push_back(std::move(w));
  }
  if (!averaged || rest.empty()) return {};
  std::string words;
  for (const std::string& w : rest) words.append(words.empty() ? "" : " ").append(w);
  return countedNoun(words);
}

std::optional<LabelledCount> labelledCount(std::string_view label, std::string_view cell) {
  if (!countsThings(label)) return std::nullopt;
  return bareCount(cell, true);
}

std::optional<LabelledCount> bareCount(std::string_view cell, bool zero) {
  const std::string_view c = trim(cell);
  const auto offset = static_cast<std::size_t>(c.data() - cell.data());
  std::string_view core = c;
  bool approximate = false;
  for (std::string_view hedge : {"~", "\u2248"})
    if (core.starts_with(hedge)) core = trim(core.substr(hedge.size())), approximate = true;
  const bool atLeast = core.ends_with("+");
  if (atLeast) core.remove_suffix(1);
  double scale = 1;
  if (!core.empty())
    for (auto [suffix, factor] : {std::pair{'K', 1e3}, {'k', 1e3}, {'M', 1e6}, {'B', 1e9}})
      if (core.back() == suffix) scale = factor, core.remove_suffix(1);
  const std::optional<CellNumber> n = core.empty() ? std::nullopt : cellNumber(core);
  if (!n || n->approximate || n->end != core.size() || n->begin != 0 || (n->value == 0 && !zero)) return std::nullopt;
  return LabelledCount{n->value * scale, offset, offset + c.size(), approximate, atLeast};
}

std::string otherGrammaticalNumber(std::string_view w) {
  if (isCountedPlural(w)) {
    std::string singular = regularSingular(w);  // "boxes": "boxe" is no word, "box" is
    return w.ends_with("ies") || lexicon().isEnglishWord(singular) ? singular : std::string(w.substr(0, w.size() - 2));
  }
  // A word in -s that is no counted plural is a unit's plural ("hours") or no count noun: none.
  if (endsAsPlural(w) || w.size() < 3 || !lexicon().isEnglishWord(w) ||
      !std::all_of(w.begin(), w.end(), graph::isLowerAscii))
    return {};
  std::string plural = regularPlural(w);
  return isCountedPlural(plural) ? plural : std::string();
}

std::string pluralNoun(std::string_view singular) {
  std::string plural = otherGrammaticalNumber(singular);
  return plural.empty() ? std::string(singular) + "s" : plural;
}

}  // namespace cg::ingest
