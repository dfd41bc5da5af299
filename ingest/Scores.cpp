#include "ingest/Scores.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <vector>

#include "ingest/Text.h"

namespace cg::ingest {
namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
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
  const auto capitals = std::count_if(word.begin(), word.end(), isUpper);
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
  static constexpr std::array<std::string_view, 9> kScoreWords = {"score", "scores", "accuracy", "%",        "pass@1",
                                                                  "(%)",   "result", "results",  "benchmark"};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    std::string_view t = trim(out);
    out = std::string(t);
    const std::size_t space = out.rfind(' ');
    const std::string last = lowerAscii(space == std::string::npos ? out : out.substr(space + 1));
    if (space != std::string::npos && std::find(kScoreWords.begin(), kScoreWords.end(), last) != kScoreWords.end()) {
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

bool isScoreHeader(std::string_view cell) {
  static constexpr std::array<std::string_view, 7> kScores = {"score",  "accuracy",    "resolve rate", "pass@1",
                                                              "result", "performance", "success rate"};
  std::string c = lowerAscii(withoutAsides(cell));
  if (c.empty()) c = lowerAscii(trim(cell));
  return std::find(kScores.begin(), kScores.end(), c) != kScores.end() || lowerAscii(trim(cell)) == "accuracy (%)" ||
         lowerAscii(trim(cell)) == "score (%)" || isQualifiedScoreWord(cell);
}

bool headsBenchmarkRows(std::string_view cell) {
  static constexpr std::array<std::string_view, 7> kHeads = {"benchmark",  "benchmarks", "test",          "tests",
                                                             "evaluation", "metric",     "benchmark name"};
  const std::string c = lowerAscii(trim(cell));
  return std::find(kHeads.begin(), kHeads.end(), c) != kHeads.end();
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
    const bool nameWord = !w.empty() && !possessive && (isUpper(w.front()) || isDigit(w.front()) || isNameLikeWord(w));
    if (!nameWord) break;
    name += (name.empty() ? "" : " ") + std::string(w);
    if (stop) break;
  }
  return benchmarkName(name);
}

std::optional<double> bareScore(std::string_view cell) {
  std::string_view c = trim(cell);
  if (c.starts_with("~")) c.remove_prefix(1);
  if (c.empty() || c.size() > 6 || !isDigit(c.front())) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(c.data(), c.data() + c.size(), value);
  if (ec != std::errc() || end != c.data() + c.size() || value < 0 || value > 100) return std::nullopt;
  return value;
}

}  // namespace cg::ingest
