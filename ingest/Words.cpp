#include "ingest/Words.h"

#include <algorithm>
#include <array>
#include <string>

#include "graph/WordTable.h"

namespace cg::ingest {

std::vector<WordSpan> wordSpans(std::string_view text, const WordRules& rules) {
  std::vector<WordSpan> words;
  // About one word in six bytes of English: one allocation for most texts, not one a doubling.
  words.reserve(text.size() / 6 + 1);
  eachWord(text, rules, [&](const WordSpan& w) { words.push_back(w); });
  return words;
}

namespace {

// The possessive determiners, once (isPossessiveDeterminer, and among isDeterminer's).
constexpr std::array<std::string_view, 7> kPossessiveDeterminers{"its", "their", "his", "her", "our", "your", "my"};

// The forms of "be": the four finite ones first (auxiliaryOf's kBe), then the infinitive and the participles.
constexpr std::array<std::string_view, 7> kFormsOfBe{"is", "are", "was", "were", "be", "been", "being"};
constexpr std::size_t kFiniteFormsOfBe = 4;

}  // namespace

bool isDeterminer(std::string_view lower) {
  // graph's word tables: hashed inline and probed with the view (std::hash and a bucket's memcmp
  // were most of this look-up, asked for nearly every word a clause reader passes).
  static const graph::WordSet kDeterminers = [] {
    graph::WordSet out{"the",  "a",    "an",    "this", "that", "these", "those",
                       "both", "each", "every", "all",  "some", "no"};
    for (std::string_view w : kPossessiveDeterminers) out.insert(std::string(w));
    return out;
  }();
  return kDeterminers.count(lower) > 0;
}

bool isPossessiveDeterminer(std::string_view lower) {
  return std::find(kPossessiveDeterminers.begin(), kPossessiveDeterminers.end(), lower) != kPossessiveDeterminers.end();
}

Auxiliary auxiliaryOf(std::string_view lower) {
  using enum Auxiliary;
  static const graph::WordMap<Auxiliary> kAuxiliaries = [] {
    graph::WordMap<Auxiliary> out{{"has", kHave},     {"have", kHave},  {"had", kHave},    {"does", kDo},
                                  {"did", kDo},       {"will", kModal}, {"would", kModal}, {"can", kModal},
                                  {"could", kModal},  {"may", kModal},  {"might", kModal}, {"shall", kModal},
                                  {"should", kModal}, {"must", kModal}};
    for (std::size_t i = 0; i < kFiniteFormsOfBe; ++i) out.emplace(kFormsOfBe[i], kBe);
    return out;
  }();
  const auto it = kAuxiliaries.find(lower);
  return it == kAuxiliaries.end() ? kNone : it->second;
}

bool isBeAuxiliary(std::string_view lower) {
  return std::find(kFormsOfBe.begin(), kFormsOfBe.end(), lower) != kFormsOfBe.end();
}

bool isVerbGroupBe(std::string_view lower) { return lower != "being" && isBeAuxiliary(lower); }

bool isFormOfDo(std::string_view lower) { return auxiliaryOf(lower) == Auxiliary::kDo || lower == "do"; }

bool endsAsPlural(std::string_view lower) {
  return lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") && !lower.ends_with("is");
}

std::string regularPlural(std::string_view singular) {
  const std::string w(singular);
  if (w.size() > 1 && w.back() == 'y' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (w.ends_with("s") || w.ends_with("x") || w.ends_with("ch") || w.ends_with("sh")) return w + "es";
  return w + "s";
}

std::string regularSingular(std::string_view plural) {
  if (plural.ends_with("ies")) return std::string(plural.substr(0, plural.size() - 3)) + "y";
  return std::string(plural.substr(0, plural.size() - 1));
}

}  // namespace cg::ingest
