#include "ingest/Cardinals.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"

namespace cg::ingest {
namespace {

// The closed class of English cardinal words: the twenty words below twenty, the eight tens, and the
// scales. Every cardinal in words is made of these (the grammar in Cardinals.h).
constexpr std::array<std::string_view, 20> kBelowTwenty = {
    "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
    "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};
struct ScaleWord {
  std::string_view word;
  double value;
};
constexpr std::array<ScaleWord, 4> kScales = {
    {{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}}};

// A word of letters at `at` and where it ends; the word lower-cased.
struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string lower;
};

std::optional<Word> wordAt(std::string_view text, std::size_t at) {
  if (at >= text.size() || !graph::isLetterAscii(text[at]) || (at > 0 && graph::isLetterAscii(text[at - 1])))
    return std::nullopt;
  std::size_t end = at;
  while (end < text.size() && graph::isLetterAscii(text[end])) ++end;
  if (end < text.size() && text[end] >= '0' && text[end] <= '9') return std::nullopt;
  return Word{at, end, graph::lowerAscii(text.substr(at, end - at))};
}

// The word after `w` when one space (or, where `hyphen`, a hyphen) parts them.
std::optional<Word> nextWord(std::string_view text, const Word& w, bool hyphen) {
  if (w.end + 1 >= text.size()) return std::nullopt;
  const char gap = text[w.end];
  if (gap != ' ' && !(hyphen && gap == '-')) return std::nullopt;
  return wordAt(text, w.end + 1);
}

int belowTwenty(std::string_view w) {
  for (std::size_t k = 0; k < kBelowTwenty.size(); ++k)
    if (w == kBelowTwenty[k]) return static_cast<int>(k);
  return -1;
}

int tens(std::string_view w) {
  for (std::size_t k = 0; k < kTens.size(); ++k)
    if (w == kTens[k]) return static_cast<int>(20 + 10 * k);
  return -1;
}

double scaleOf(std::string_view w) {
  for (const ScaleWord& s : kScales)
    if (w == s.word) return s.value;
  return 0;
}

// A number below a hundred at `w` ("seven", "sixteen", "forty", "forty-two", "forty two"), `last`
// moved to its last word; negative when `w` opens none.
int belowHundred(std::string_view text, const Word& w, Word& last) {
  last = w;
  if (const int v = belowTwenty(w.lower); v >= 0) return v;
  const int t = tens(w.lower);
  if (t < 0) return -1;
  if (const auto unit = nextWord(text, w, true);
      unit && belowTwenty(unit->lower) >= 1 && belowTwenty(unit->lower) <= 9) {
    last = *unit;
    return t + belowTwenty(unit->lower);
  }
  return t;
}

// A group below a thousand at `w`: "<below hundred>", or "<one to nineteen, or a> hundred [and]
// [<below hundred>]" ("a hundred", "fifteen hundred", "two hundred and ten"); `last` moved to its last
// word. A lone "a" is 1 here and stands only before a scale (cardinalAt). Negative when none.
int groupAt(std::string_view text, const Word& w, Word& last) {
  last = w;
  const int v = w.lower == "a" ? 1 : belowHundred(text, w, last);
  if (v < 1 || v > 19 || last.end != w.end) return v;
  const auto hundred = nextWord(text, last, false);
  if (!hundred || hundred->lower != "hundred") return v;
  last = *hundred;
  auto rest = nextWord(text, last, false);
  if (rest && rest->lower == "and") rest = nextWord(text, *rest, false);
  Word restLast;
  const int r = rest ? belowHundred(text, *rest, restLast) : -1;
  if (r < 1) return v * 100;
  last = restLast;
  return v * 100 + r;
}

// The cardinal at `w` (groups, each but the last before a scale smaller than the one before), or
// nothing when `w` opens none or only a lone "one" or "a".
std::optional<SpelledNumber> cardinalAt(std::string_view text, const Word& w) {
  Word last;
  int group = groupAt(text, w, last);
  if (group < 0) return std::nullopt;
  double total = 0, smallestScale = 2e12;
  std::size_t end = last.end;
  bool scaled = false;
  for (;;) {
    const auto scale = nextWord(text, last, false);
    const double s = scale ? scaleOf(scale->lower) : 0;
    if (s == 0 || s >= smallestScale || group == 0) break;
    total += group * s;
    smallestScale = s;
    scaled = true;
    end = scale->end;
    const auto more = nextWord(text, *scale, false);
    group = more && more->lower != "a" ? groupAt(text, *more, last) : -1;
    if (group <= 0) {
      group = 0;
      break;
    }
    end = last.end;
  }
  total += group;
  const bool lone = !scaled && end == w.end && (w.lower == "one" || w.lower == "a");
  if (lone) return std::nullopt;
  return SpelledNumber{w.begin, end, total};
}

}  // namespace

namespace {

// A word of up to nine bytes as three numbers: its first eight bytes (zeros after its end), its
// ninth (zero for a shorter word) and its size. Two words are equal where all three are.
struct PackedWord {
  std::uint64_t head = 0;
  char ninth = 0;
  std::size_t size = 0;
  constexpr PackedWord() = default;
  constexpr explicit PackedWord(std::string_view w) : size(w.size()) {
    for (std::size_t k = 0; k < w.size() && k < 8; ++k)
      head |= std::uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
    ninth = w.size() > 8 ? w[8] : '\0';
  }
  constexpr bool operator==(const PackedWord&) const = default;
};

struct PackedCardinal {
  PackedWord word;
  int value;
};

// kBelowTwenty and kTens packed and put by their size, for cardinalWordValue: a word is compared
// with the (at most six) cardinals of its size, each as three numbers, not by memcmp.
struct CardinalsOfASize {
  std::array<PackedCardinal, 6> words{};
  std::size_t count = 0;
};
constexpr std::array<CardinalsOfASize, 10> kCardinalsBySize = [] {
  std::array<CardinalsOfASize, 10> out{};
  auto add = [&](std::string_view word, int value) {
    CardinalsOfASize& bucket = out[word.size()];
    bucket.words[bucket.count++] = {PackedWord(word), value};
  };
  for (std::size_t k = 0; k < kBelowTwenty.size(); ++k) add(kBelowTwenty[k], static_cast<int>(k));
  for (std::size_t k = 0; k < kTens.size(); ++k) add(kTens[k], static_cast<int>(20 + 10 * k));
  return out;
}();

}  // namespace

int cardinalWordValue(std::string_view word) {
  // Asked of every word the figure reader meets: words longer or shorter than any cardinal are
  // passed at once ("seventeen" is the longest, "one" the shortest).
  constexpr std::size_t kShortest = 3, kLongest = 9;
  if (word.size() < kShortest || word.size() > kLongest) return -1;
  std::array<char, kLongest> lower{};
  for (std::size_t k = 0; k < word.size(); ++k) lower[k] = graph::lowerAscii(word[k]);
  const PackedWord w(std::string_view(lower.data(), word.size()));
  const CardinalsOfASize& bucket = kCardinalsBySize[word.size()];
  for (std::size_t k = 0; k < bucket.count; ++k)
    if (bucket.words[k].word == w) return bucket.words[k].value;
  return -1;
}

std::span<const std::string_view> cardinalWords() {
  static constexpr auto kWords = [] {
    std::array<std::string_view, kBelowTwenty.size() + kTens.size()> words{};
    std::copy(kBelowTwenty.begin(), kBelowTwenty.end(), words.begin());
    std::copy(kTens.begin(), kTens.end(), words.begin() + kBelowTwenty.size());
    return words;
  }();
  return kWords;
}

int ordinalWordValue(std::string_view word) {
  struct Irregular {
    std::string_view word;
    int value;
  };
  static constexpr std::array<Irregular, 7> kIrregular = {
      {{"first", 1}, {"second", 2}, {"third", 3}, {"fifth", 5}, {"eighth", 8}, {"ninth", 9}, {"twelfth", 12}}};
  const std::string lower = graph::lowerAscii(word);
  for (const Irregular& i : kIrregular)
    if (lower == i.word) return i.value;
  const std::string_view w = lower;
  if (w.size() > 4 && w.substr(w.size() - 4) == "ieth")
    return cardinalWordValue(std::string(w.substr(0, w.size() - 4)) + "y");
  if (w.size() > 2 && w.substr(w.size() - 2) == "th") return cardinalWordValue(w.substr(0, w.size() - 2));
  return -1;
}

std::vector<SpelledNumber> spelledNumbers(std::string_view text) {
  std::vector<SpelledNumber> out;
  for (std::size_t at = 0; at < text.size();) {
    const auto w = wordAt(text, at);
    if (!w) {
      ++at;
      continue;
    }
    if (const auto n = cardinalAt(text, *w)) {
      out.push_back(*n);
      at = n->end;
    } else {
      at = w->end;
    }
  }
  return out;
}

}  // namespace cg::ingest
