#include "reason/Markets.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace cg::reason {
namespace {

struct Token {
  std::string word;  // folded; empty for a number or a mark
  std::size_t begin = 0;
};

// Words start with a letter and run through letters, digits, hyphens and apostrophes; anything
// else that is not a space is a token of its own that ends a phrase ("$", "5.2", ",").
std::vector<Token> tokensOf(std::string_view s) {
  auto isWordByte = [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '\''; };
  std::vector<Token> out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    if (std::isalpha(c))
      while (end < s.size() && isWordByte(s[end])) ++end;
    Token t{{}, i};
    if (std::isalpha(c))
      for (std::size_t k = i; k < end; ++k) t.word += static_cast<char>(std::tolower((unsigned char)s[k]));
    out.push_back(std::move(t));
    i = end;
  }
  return out;
}

bool oneOf(const std::string& w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// After "market", what shows it is the market itself and not "market value" or "market share".
bool endsMarketPhrase(const std::vector<Token>& t, std::size_t next) {
  if (next >= t.size() || t[next].word.empty()) return true;
  return oneOf(t[next].word,
               {"for",       "size",      "is",        "was",      "were",  "are",   "will",    "would",   "could",
                "can",       "may",       "might",     "has",      "had",   "have",  "reached", "reaches", "reach",
                "grew",      "grows",     "grow",      "valued",   "worth", "stood", "hit",     "totaled", "totalled",
                "surged",    "surge",     "in",        "by",       "at",    "to",    "from",    "alone",   "accounted",
                "generated", "estimated", "projected", "expected", "and"});
}

// Words that end the market's words going back from it, or forward through "for ...".
bool endsWords(const std::string& w) {
  return oneOf(w, {"the",   "a",       "an",      "its",      "this",      "that",      "their", "his",
                   "her",   "our",     "these",   "those",    "is",        "was",       "were",  "are",
                   "will",  "would",   "could",   "can",      "may",       "reached",   "reach", "grew",
                   "grow",  "valued",  "worth",   "expected", "projected", "estimated", "stood", "has",
                   "had",   "hit",     "to",      "by",       "at",        "from",      "with",  "which",
                   "where", "million", "billion", "trillion", "thousand",  "size",      "market"});
}

bool dropped(const std::string& w) {
  return oneOf(w, {"global", "worldwide", "overall", "total", "entire", "whole", "current", "target", "addressable",
                   "serviceable", "potential", "in", "of", "for", "and", "s"});
}

std::string folded(std::string w) {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

// The market's words around the "market" at token `m`; up to five before it, six after "for".
MarketWords wordsAround(const std::vector<Token>& t, std::size_t m) {
  std::set<std::string> words;
  std::size_t first = m, last = m;
  for (std::size_t k = m, n = 0; k > 0 && n < 5; --k, ++n) {
    const std::string& w = t[k - 1].word;
    if (w.empty() || endsWords(w)) break;
    first = k - 1;
    if (!dropped(w)) words.insert(folded(w));
  }
  if (m + 1 < t.size() && t[m + 1].word == "for")
    for (std::size_t k = m + 2; k < t.size() && k < m + 8; ++k) {
      const std::string& w = t[k].word;
      if (w.empty() || endsWords(w)) break;
      last = k;
      if (!dropped(w)) words.insert(folded(w));
    }
  return {true, {words.begin(), words.end()}, t[first].begin, t[last].begin + t[last].word.size()};
}

}  // namespace

MarketWords marketAt(std::string_view sentence, std::size_t figureAt) {
  const std::vector<Token> t = tokensOf(sentence);
  std::size_t before = t.size();  // the last market before the figure
  std::size_t figureToken = t.size();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (figureToken == t.size() && t[i].begin >= figureAt) figureToken = i;
    if (t[i].word == "market" && endsMarketPhrase(t, i + 1) && t[i].begin < figureAt) before = i;
  }
  if (before < t.size()) return wordsAround(t, before);
  // After the figure only as its attribute: words only between them ("$25 billion AI inference market").
  std::size_t k = figureToken;
  while (k < t.size() && t[k].word.empty()) ++k;
  for (std::size_t n = 0; k < t.size() && n < 7 && !t[k].word.empty(); ++k, ++n) {
    const std::string& w = t[k].word;
    if (w == "market") {
      if (!endsMarketPhrase(t, k + 1)) break;
      return wordsAround(t, k);
    }
    // "$50 million to enter the AI chip market": the figure is not the market's.
    if (endsWords(w) && !oneOf(w, {"million", "billion", "trillion", "thousand"})) break;
  }
  return {};
}

std::vector<std::string> marketTitleWords(std::string_view title) {
  std::set<std::string> words;
  for (const Token& t : tokensOf(title))
    if (!t.word.empty() && !dropped(t.word)) words.insert(folded(t.word));
  return {words.begin(), words.end()};
}

}  // namespace cg::reason
