// Figures in running text. A byte scan finds candidate numbers; everything
// around a number (currency, scale, unit, range, hedge, counted noun) is read by
// small hand-written look-arounds, each bounded by a constant number of words,
// so a scan is linear in the input and never recurses on it.

#include "ingest/Quantity.h"
#include "ingest/Subjects.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "graph/WordTable.h"
#include "ingest/Cardinals.h"
#include "ingest/LabelledMeasures.h"
#include "ingest/Lexicon.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"
#include "ingest/Words.h"

namespace cg::ingest {
namespace data {
extern const char* const kUnits;             // data/units.tsv, built in (ingest/CMakeLists.txt)
extern const char* const kSiPrefixes;        // data/si_prefixes.tsv
extern const char* const kSiUnits;           // data/si_units.tsv
extern const char* const kHeadcountPhrases;  // data/headcount_phrases.tsv
extern const char* const kMeasureNouns;      // data/measure_nouns.tsv
}  // namespace data
namespace {

using std::size_t;
using std::string_view;

constexpr size_t kNpos = string_view::npos;
constexpr size_t kMaxNumberLen = 40;  // longer digit runs are ids or junk, never figures
constexpr size_t kMaxWordLen = 40;    // longer letter runs are junk; bounds each look-around
constexpr int kMaxNounWords = 4;      // "Nvidia A100 units", "PCIe A100 GPUs"
constexpr int kMaxBareNounWords = 2;  // without a plural to close it, a noun stays short
constexpr int kMaxHedges = 3;         // "an estimated", "~", "more than" may stack
constexpr int kMaxExponent = 300;     // 10^N beyond this is not a real figure
constexpr double kYearLow = 1800;
constexpr double kYearHigh = 2100;

// ---------------------------------------------------------------- bytes

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isAlnum(char c) { return graph::isLetterAscii(c) || isDigit(c); }

unsigned char byteAt(string_view s, size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }
char charAt(string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }

// A blank at i: space, tab, NBSP, U+2000..U+200A (thin, hair, ...) and U+202F.
// Newlines are not blanks: a figure never spans lines.
size_t blankAt(string_view s, size_t i) {
  const unsigned char c = byteAt(s, i);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2) return byteAt(s, i + 1) == 0xA0 ? 2 : 0;
  if (c == 0xE2 && byteAt(s, i + 1) == 0x80) {
    const unsigned char d = byteAt(s, i + 2);
    return (d >= 0x80 && d <= 0x8A) || d == 0xAF ? 3 : 0;
  }
  return 0;
}

size_t blankBefore(string_view s, size_t i) {
  if (i == 0) return 0;
  const unsigned char c = byteAt(s, i - 1);
  if (c == ' ' || c == '\t') return 1;
  if (i >= 2 && c == 0xA0 && byteAt(s, i - 2) == 0xC2) return 2;
  if (i >= 3 && byteAt(s, i - 3) == 0xE2 && byteAt(s, i - 2) == 0x80 && ((c >= 0x80 && c <= 0x8A) || c == 0xAF))
    return 3;
  return 0;
}

size_t skipBlanks(string_view s, size_t i) {
  while (size_t n = blankAt(s, i)) i += n;
  return i;
}

size_t skipBlanksBack(string_view s, size_t i) {
  while (size_t n = blankBefore(s, i)) i -= n;
  return i;
}

// The dashes a sign is written with beside '-', in UTF-8.
constexpr string_view kEnDash = "\u2013";
constexpr string_view kMinusSign = "\u2212";

// Whether `s` writes `utf8` at i.
bool writesAt(string_view s, size_t i, string_view utf8) { return i <= s.size() && s.substr(i).starts_with(utf8); }

// A dash at i: '-', U+2010..U+2015 (hyphens, en and em dash), U+2212 (minus).
size_t dashAt(string_view s, size_t i) {
  const unsigned char c = byteAt(s, i);
  if (c == '-') return 1;
  if (c != 0xE2) return 0;
  const unsigned char a = byteAt(s, i + 1), b = byteAt(s, i + 2);
  if (a == 0x80 && b >= 0x90 && b <= 0x95) return 3;
  return writesAt(s, i, kMinusSign) ? kMinusSign.size() : 0;
}

// A minus sign at i: '-', U+2212 (minus) or U+2013 (en dash), its length; 0 for any other dash.
size_t minusAt(string_view s, size_t i) {
  if (charAt(s, i) == '-') return 1;
  for (const string_view sign : {kMinusSign, kEnDash})
    if (writesAt(s, i, sign)) return sign.size();
  return 0;
}

size_t dashBefore(string_view s, size_t i) {
  if (i == 0) return 0;
  if (s[i - 1] == '-') return 1;
  return i >= 3 && dashAt(s, i - 3) == 3 ? 3 : 0;
}

// Hyphens that may join the parts of one word ("Hopper-class", "DeepSeek‑V3").
size_t wordHyphenAt(string_view s, size_t i) {
  const unsigned char c = byteAt(s, i);
  if (c == '-') return 1;
  if (c == 0xE2 && byteAt(s, i + 1) == 0x80) {
    const unsigned char d = byteAt(s, i + 2);
    return d == 0x90 || d == 0x91 ? 3 : 0;
  }
  return 0;
}

// A non-ASCII sequence at i that is punctuation or a symbol, never a letter:
// Latin-1 symbols, general punctuation, currency, arrows, maths, CJK and
// fullwidth punctuation. Other scripts' letters glue to a number like ASCII ones.
size_t symbolAt(string_view s, size_t i) {
  const unsigned char c = byteAt(s, i), a = byteAt(s, i + 1), b = byteAt(s, i + 2);
  if (c == 0xC2) return a >= 0xA0 && a <= 0xBF ? 2 : 0;
  if (c == 0xC3) return a == 0x97 || a == 0xB7 ? 2 : 0;  // × ÷
  const bool cont = b >= 0x80 && b <= 0xBF;
  if (c == 0xE2) return ((a >= 0x80 && a <= 0x8B) || (a >= 0x94 && a <= 0x9F)) && cont ? 3 : 0;
  if (c == 0xE3) return a == 0x80 && cont ? 3 : 0;
  if (c == 0xEF && a == 0xBC) return ((b >= 0x80 && b <= 0x8F) || (b >= 0x9A && b <= 0xA0)) ? 3 : 0;
  if (c == 0xEF && a == 0xBD) return b >= 0x9B && b <= 0xA0 ? 3 : 0;
  return 0;
}

size_t symbolBefore(string_view s, size_t i) {
  if (i >= 2 && symbolAt(s, i - 2) == 2) return 2;
  if (i >= 3 && symbolAt(s, i - 3) == 3) return 3;
  return 0;
}

bool startsWith(string_view s, size_t i, string_view lit) {
  return i <= s.size() && s.size() - i >= lit.size() && s.compare(i, lit.size(), lit) == 0;
}

bool endsWithAt(string_view s, size_t end, string_view lit) {
  return end >= lit.size() && end <= s.size() && s.compare(end - lit.size(), lit.size(), lit) == 0;
}

// ---------------------------------------------------------------- words

// End of the ASCII word starting at i ([A-Za-z][A-Za-z0-9]* joined by hyphens or
// apostrophes), or i when there is none or it is too long to be a word.
size_t wordEnd(string_view s, size_t i) {
  if (!graph::isLetterAscii(charAt(s, i))) return i;
  size_t j = i + 1;
  for (;;) {
    while (isAlnum(charAt(s, j)) && j - i <= kMaxWordLen) ++j;
    size_t h = wordHyphenAt(s, j);
    if (!h && charAt(s, j) == '\'') h = 1;
    if (h && isAlnum(charAt(s, j + h)) && j - i <= kMaxWordLen) {
      j += h;
      continue;
    }
    break;
  }
  return j - i > kMaxWordLen ? i : j;
}

// End of the run of ASCII letters at i (no hyphens), or i.
size_t lettersEnd(string_view s, size_t i) {
  size_t j = i;
  while (graph::isLetterAscii(charAt(s, j)) && j - i <= kMaxWordLen) ++j;
  return j;
}

// Lower-cased copy of a short word, for table look-ups without allocation.
struct Lower {
  char buf[kMaxWordLen + 1];
  size_t len = 0;
  explicit Lower(string_view w) {
    len = std::min(w.size(), kMaxWordLen);
    for (size_t i = 0; i < len; ++i) buf[i] = graph::lowerAscii(w[i]);
  }
  string_view view() const { return {buf, len}; }
};

bool ieq(string_view word, string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (graph::lowerAscii(word[i]) != lower[i]) return false;
  return true;
}

// Sorted word list with binary search; built once.
class WordSet {
 public:
  WordSet(std::initializer_list<string_view> words) : words_(words.begin(), words.end()) {
    std::sort(words_.begin(), words_.end());
  }
  explicit WordSet(const std::vector<std::string>& words) : words_(words.begin(), words.end()) {
    std::sort(words_.begin(), words_.end());
  }
  bool has(string_view word) const {
    if (word.empty() || word.size() > kMaxWordLen) return false;
    const Lower low(word);
    return std::binary_search(words_.begin(), words_.end(), low.view());
  }

 private:
  std::vector<std::string> words_;
};

// Words that cannot start or continue a counted noun, and that may open a sentence before a
// number without making it part of a name ("About 7,000"): data/function_words.txt.
bool isFunctionWord(string_view word) { return lexicon().isFunctionWord(word); }

// Words before a number that make it an identifier or ordinal ("number 1", "Article 5").
const WordSet& identifierWords() {
  static const WordSet set(lexicon().identifierWords);
  return set;
}

// Words before a year-like number that make it a year even with a noun after it ("in 2021
// researchers", "the 2024 models").
const WordSet& temporalWords() {
  static const WordSet set(lexicon().temporalWords);
  return set;
}

const WordSet& monthWords() {
  static const WordSet set{"january",   "february", "march",    "april",    "may",  "june", "july", "august",
                           "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
                           "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  return set;
}

// Plurals that do not end in -s, for closing a counted noun ("1,240 people").
const WordSet& irregularPlurals() {
  static const WordSet set(lexicon().irregularPlurals);
  return set;
}

bool isMonth(string_view w) { return !w.empty() && graph::isUpperAscii(w[0]) && monthWords().has(w); }

// Whether a lower-case word is an adjective; a hyphened one ("post-graduate", "full-time") by its
// parts written as one ("postgraduate") or by its last part ("graduate").
bool isAdjective(string_view w) {
  if (w.empty() || !graph::isLowerAscii(w[0])) return false;
  if (wordNetAdjectives().count(w)) return true;
  const size_t hyphen = w.rfind('-');
  if (hyphen == string_view::npos) return false;
  std::string joined(w.substr(0, hyphen));
  joined.append(w.substr(hyphen + 1));
  return wordNetAdjectives().count(joined) || wordNetAdjectives().count(w.substr(hyphen + 1));
}

bool looksPlural(string_view w) {
  if (irregularPlurals().has(w)) return true;
  if (w.size() < 3 || w.back() != 's') return false;
  const char p = w[w.size() - 2];  // case matters: "status" is singular, "GPUs" plural
  if (p == 's' || p == 'u' || p == 'i' || p == '\'' || p == 'S') return false;  // class, bonus, analysis, it's
  // A short last part ending in -as is singular: "gas", "methane-gas".
  const size_t dash = w.find_last_of('-');
  const size_t part = dash == kNpos ? w.size() : w.size() - dash - 1;
  if (p == 'a' && part <= 3) return false;
  return true;
}

// ---------------------------------------------------------------- lexicon

enum class Kind : unsigned char { kNone, kMoney, kPercent, kPoints, kTime, kGpuHours, kPhysical, kCount, kFactor };

// The unit of a multiplier: "13,000×", "4.7x faster", "10 times cheaper".
constexpr string_view kFactorUnit = "times";

struct Scale {
  string_view word;
  int exponent;
};

// Scale words after a blank ("589 billion", "5 bn").
constexpr Scale kScaleWords[] = {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"bn", 9},
                                 {"mn", 6},       {"mln", 6},     {"bln", 9},     {"tn", 12},       {"trn", 12}};

// Scale suffixes glued to the number ("$589B", "5.6M", "128K"); `moneyOnly`
// ones are read only after a currency ("$100m" but not "1.7m").
struct Suffix {
  string_view text;
  int exponent;
  bool moneyOnly;
};
constexpr Suffix kScaleSuffixes[] = {
    {"K", 3, false},   {"k", 3, false},  {"M", 6, false},   {"m", 6, true},    {"mn", 6, false},  {"mln", 6, false},
    {"MM", 6, true},   {"B", 9, false},  {"b", 9, true},    {"bn", 9, false},  {"Bn", 9, false},  {"BN", 9, false},
    {"bln", 9, false}, {"T", 12, false}, {"tn", 12, false}, {"Tn", 12, false}, {"trn", 12, false}};

struct UnitWord {
  string_view word;  // lower case
  Kind kind;
  string_view unit;
  int exponent;  // power of ten to base units
};

// Unit words after a number (case-insensitive).
constexpr UnitWord kUnitWords[] = {{"dollars", Kind::kMoney, "USD", 0},
                                   {"dollar", Kind::kMoney, "USD", 0},
                                   {"euros", Kind::kMoney, "EUR", 0},
                                   {"euro", Kind::kMoney, "EUR", 0},
                                   {"pounds", Kind::kMoney, "GBP", 0},
                                   {"sterling", Kind::kMoney, "GBP", 0},
                                   {"yen", Kind::kMoney, "JPY", 0},
                                   {"yuan", Kind::kMoney, "CNY", 0},
                                   {"renminbi", Kind::kMoney, "CNY", 0},
                                   {"rupees", Kind::kMoney, "INR", 0},
                                   {"rupee", Kind::kMoney, "INR", 0},
                                   // "40 cents per million tokens": a price in hundredths of a dollar.
                                   {"cents", Kind::kMoney, "USD", -2},
                                   {"cent", Kind::kMoney, "USD", -2},
                                   {"percent", Kind::kPercent, "percent", 0},
                                   // "by up to 6.4 points on the benchmark", "tops the arena by 40 points": a
                                   // score's unit (whole or not), as "percentage points" is a share's.
                                   {"points", Kind::kPoints, "points", 0},
                                   {"pct", Kind::kPercent, "percent", 0},
                                   {"seconds", Kind::kTime, "seconds", 0},
                                   {"second", Kind::kTime, "seconds", 0},
                                   {"secs", Kind::kTime, "seconds", 0},
                                   {"sec", Kind::kTime, "seconds", 0},
                                   {"minutes", Kind::kTime, "minutes", 0},
                                   {"minute", Kind::kTime, "minutes", 0},
                                   {"mins", Kind::kTime, "minutes", 0},
                                   {"min", Kind::kTime, "minutes", 0},
                                   {"hours", Kind::kTime, "hours", 0},
                                   {"hour", Kind::kTime, "hours", 0},
                                   {"hrs", Kind::kTime, "hours", 0},
                                   {"hr", Kind::kTime, "hours", 0},
                                   {"days", Kind::kTime, "days", 0},
                                   {"day", Kind::kTime, "days", 0},
                                   {"weeks", Kind::kTime, "weeks", 0},
                                   {"week", Kind::kTime, "weeks", 0},
                                   {"months", Kind::kTime, "months", 0},
                                   {"month", Kind::kTime, "months", 0},
                                   {"years", Kind::kTime, "years", 0},
                                   {"year", Kind::kTime, "years", 0},
                                   {"yrs", Kind::kTime, "years", 0},
                                   {"gpu-hours", Kind::kGpuHours, "GPU-hours", 0},
                                   {"gpu-hour", Kind::kGpuHours, "GPU-hours", 0},
                                   {"gpu-hour", Kind::kGpuHours, "GPU-hours", 0}};

// Physical units (length, area, power, energy, data size and rate, compute rate, mass): the
// curated subset of GNU units in data/units.tsv. `words` are written apart from the number,
// `glued` stuck to it ("140W", "16GB"); `unit` and `exponent` as in UnitWord.
struct PhysicalUnits {
  std::vector<UnitWord> words;
  std::vector<UnitWord> glued;
};

// The '|'-separated names of a field; none for "-". Views into the built-in table.
std::vector<string_view> unitNames(string_view field) {
  std::vector<string_view> out;
  if (field == "-") return out;
  for (size_t b = 0; b <= field.size();) {
    const size_t e = std::min(field.find('|', b), field.size());
    out.push_back(field.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// The table is built into the binary and checked by its tests, so a malformed row is a bug
// of ours, not bad input: it is skipped.
const PhysicalUnits& physicalUnits() {
  static const PhysicalUnits table = [] {
    PhysicalUnits t;
    for (const std::vector<string_view>& row : tsvRows(data::kUnits)) {
      int exponent = 0;
      if (row.size() < 4 || std::from_chars(row[3].data(), row[3].data() + row[3].size(), exponent).ec != std::errc())
        continue;
      const string_view unit = row[2];
      for (string_view w : unitNames(row[0])) t.words.push_back({w, Kind::kPhysical, unit, exponent});
      for (string_view g : unitNames(row[1])) t.glued.push_back({g, Kind::kPhysical, unit, exponent});
    }
    return t;
  }();
  return table;
}

// SI units that take prefixes (data/si_units.tsv) and the prefixes (data/si_prefixes.tsv): "MeV",
// "kPa", "nm", "megaelectronvolts", "kilopascals". Read after data/units.tsv, whose rows win.
struct SiPrefix {
  string_view symbol, name;
  int power = 0;
};
struct SiUnit {
  string_view symbol;
  std::vector<string_view> names;
  string_view unit;
  int power = 0;
  std::vector<const SiPrefix*> prefixes;
};
struct SiTable {
  std::vector<SiPrefix> prefixes;
  std::vector<SiUnit> units;
};

const SiTable& siTable() {
  static const SiTable table = [] {
    SiTable t;
    for (const std::vector<string_view>& row : tsvRows(data::kSiPrefixes)) {
      int power = 0;
      if (row.size() < 3 || std::from_chars(row[2].data(), row[2].data() + row[2].size(), power).ec != std::errc())
        continue;
      t.prefixes.push_back({row[0], row[1], power});
    }
    for (const std::vector<string_view>& row : tsvRows(data::kSiUnits)) {
      int power = 0;
      if (row.size() < 5 || std::from_chars(row[3].data(), row[3].data() + row[3].size(), power).ec != std::errc())
        continue;
      SiUnit u{row[0], unitNames(row[1]), row[2], power, {}};
      for (size_t b = 0; b < row[4].size();) {
        const size_t e = std::min(row[4].find(' ', b), row[4].size());
        for (const SiPrefix& p : t.prefixes)
          if (p.symbol == row[4].substr(b, e - b)) u.prefixes.push_back(&p);
        b = e + 1;
      }
      t.units.push_back(std::move(u));
    }
    return t;
  }();
  return table;
}

// A prefixed SI symbol ("MeV", "µA", "kPa"), case-sensitive, as one of the units its row allows.
std::optional<UnitWord> siSymbol(string_view w) {
  for (const SiUnit& u : siTable().units)
    if (w.size() > u.symbol.size() && w.substr(w.size() - u.symbol.size()) == u.symbol)
      for (const SiPrefix* p : u.prefixes)
        if (p->symbol.size() + u.symbol.size() == w.size() && w.substr(0, p->symbol.size()) == p->symbol)
          return UnitWord{w, Kind::kPhysical, u.unit, u.power + p->power};
  return std::nullopt;
}

// An SI unit's name, alone or after a prefix's name its row allows ("joules", "megaelectronvolts",
// "kilopascal"), in any case.
std::optional<UnitWord> siName(string_view w) {
  for (const SiUnit& u : siTable().units)
    for (string_view name : u.names) {
      if (w.size() < name.size() || !ieq(w.substr(w.size() - name.size()), name)) continue;
      if (w.size() == name.size()) return UnitWord{w, Kind::kPhysical, u.unit, u.power};
      for (const SiPrefix* p : u.prefixes)
        if (p->name.size() + name.size() == w.size() && ieq(w.substr(0, p->name.size()), p->name))
          return UnitWord{w, Kind::kPhysical, u.unit, u.power + p->power};
    }
  return std::nullopt;
}

// ISO codes written before or after a number ("USD 300 million", "RMB 1 billion").
constexpr std::pair<string_view, string_view> kCurrencyCodes[] = {
    {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"},
    {"INR", "INR"}, {"CHF", "CHF"}, {"CAD", "CAD"}, {"AUD", "AUD"}, {"HKD", "HKD"}, {"SGD", "SGD"},
    {"KRW", "KRW"}, {"BRL", "BRL"}, {"SEK", "SEK"}, {"NOK", "NOK"}, {"DKK", "DKK"}};

// Letters written before '$' ("US$", "HK$").
constexpr std::pair<string_view, string_view> kDollarPrefixes[] = {
    {"US", "USD"}, {"U.S.", "USD"}, {"A", "AUD"},  {"AU", "AUD"}, {"C", "CAD"}, {"CA", "CAD"}, {"CAN", "CAD"},
    {"HK", "HKD"}, {"S", "SGD"},    {"SG", "SGD"}, {"NZ", "NZD"}, {"R", "BRL"}, {"NT", "TWD"}, {"MX", "MXN"}};

// Adjectives before "dollars" or "francs" after a number ("589 billion US dollars").
constexpr std::pair<string_view, string_view> kDollarAdjectives[] = {
    {"us", "USD"},        {"american", "USD"}, {"canadian", "CAD"}, {"australian", "AUD"},
    {"singapore", "SGD"}, {"taiwan", "TWD"},   {"swiss", "CHF"}};

string_view codeFor(string_view word) {
  for (const auto& [code, unit] : kCurrencyCodes)
    if (word == code) return unit;
  return {};
}

constexpr size_t kAsciiSize = 128;

// Hedges (data/value_hedges.tsv) grouped by their last character, so a number tries only the few that can
// end right before it.
const std::array<std::vector<unsigned char>, kAsciiSize>& hedgesByLastChar() {
  static const auto table = [] {
    const std::vector<ValueHedge>& hedges = lexicon().valueHedges;
    std::array<std::vector<unsigned char>, kAsciiSize> t;
    for (size_t i = 0; i < hedges.size(); ++i)
      if (const auto last = static_cast<unsigned char>(hedges[i].phrase.back()); last < kAsciiSize)
        t[last].push_back(static_cast<unsigned char>(i));
    // Longest first: "no more than" must win over "more than".
    for (auto& bucket : t)
      std::stable_sort(bucket.begin(), bucket.end(), [&](unsigned char a, unsigned char b) {
        return hedges[a].phrase.size() > hedges[b].phrase.size();
      });
    return t;
  }();
  return table;
}

// If the text just before `end` spells `phrase` as whole words, where the phrase starts.
size_t phraseBefore(string_view s, size_t end, string_view phrase) {
  size_t i = end, j = phrase.size();
  while (j > 0) {
    const char p = phrase[j - 1];
    if (p == ' ') {
      const size_t k = skipBlanksBack(s, i);
      if (k == i) return kNpos;
      i = k;
    } else {
      if (i == 0 || graph::lowerAscii(s[i - 1]) != p) return kNpos;
      --i;
    }
    --j;
  }
  if (i > 0 && isAlnum(s[i - 1])) return kNpos;
  return i;
}

// If the text at i spells `phrase` (lower case) as whole words, where it ends.
size_t phraseAt(string_view s, size_t i, string_view phrase) {
  for (char p : phrase) {
    if (p == ' ') {
      const size_t k = skipBlanks(s, i);
      if (k == i) return kNpos;
      i = k;
    } else {
      if (i >= s.size() || graph::lowerAscii(s[i]) != p) return kNpos;
      ++i;
    }
  }
  if (isAlnum(charAt(s, i))) return kNpos;
  return i;
}

// ---------------------------------------------------------------- numbers

}  // namespace

size_t writtenNumberLength(string_view s, size_t at) {
  const auto digitsFrom = [&](size_t i) {
    while (i < s.size() && isDigit(s[i])) ++i;
    return i;
  };
  const auto decimalPartFrom = [&](size_t i) {
    return i + 1 < s.size() && s[i] == '.' && isDigit(s[i + 1]) ? digitsFrom(i + 1) : i;
  };
  const size_t run = digitsFrom(at);
  if (run == at) return decimalPartFrom(at) - at;  // ".5", or no number
  size_t end = run;
  // Groups of three only after one to three digits: "1234,567" is "1234".
  if (run - at <= 3)
    while (end + 3 < s.size() && s[end] == ',' && isDigit(s[end + 1]) && isDigit(s[end + 2]) && isDigit(s[end + 3]))
      end += 4;
  return decimalPartFrom(end) - at;
}

namespace {

struct Number {
  size_t begin = 0;
  size_t end = 0;
  char digits[kMaxNumberLen + 8];  // without commas, with a leading 0 for ".5"; not zeroed (hot)
  size_t len = 0;
  bool integer = true;
  bool yearLike = false;
  bool grouped = false;  // written in groups of three ("4,692")
  double plain = 0;

  // The value times 10^exponent, parsed in one go so "2.79 million" is exact.
  double scaled(int exponent) const {
    char buf[sizeof(digits) + 8];
    size_t n = len;
    std::copy(digits, digits + len, buf);
    buf[n++] = 'e';
    auto [p, ec] = std::to_chars(buf + n, buf + sizeof(buf), exponent);
    if (ec != std::errc{}) return plain;
    double v = 0;
    std::from_chars(buf, p, v);
    return v;
  }
};

bool readNumber(string_view s, size_t b, size_t e, Number& out) {
  if (e <= b || e - b > kMaxNumberLen) return false;
  out.begin = b;
  out.end = e;
  out.len = 0;
  bool comma = false;
  if (s[b] == '.') out.digits[out.len++] = '0';
  for (size_t i = b; i < e; ++i) {
    if (s[i] == ',') {
      comma = true;
      continue;
    }
    if (s[i] == '.') out.integer = false;
    out.digits[out.len++] = s[i];
  }
  const auto [p, ec] = std::from_chars(out.digits, out.digits + out.len, out.plain);
  if (ec != std::errc{} || !std::isfinite(out.plain)) return false;
  out.grouped = comma;
  out.yearLike = !comma && out.integer && e - b == 4 && out.plain >= kYearLow && out.plain <= kYearHigh;
  return true;
}

// The number starting exactly at i, if any.
bool numberAt(string_view s, size_t i, Number& out) {
  const size_t length = writtenNumberLength(s, i);
  return length > 0 && readNumber(s, i, i + length, out);
}

// ---------------------------------------------------------------- around a number

// Whether the number at nb stands free on its left, not glued to a word, an id or
// markup ("H800", "GPT-4", "2025-01-27", "/2025/", "&#91;1"). Sets `signLen` for a
// glued minus sign: a hyphen-minus, U+2212 or an en dash (typeset text writes "–3 °C") glued to
// the number with a blank, a bracket or a cell's bar before it; not a list's dash ("- 5"), a
// clause's ("data – 780,000") nor a range's ("10–20", "40W – 130W", read before this one).
bool freeOnLeft(string_view s, size_t nb, size_t& signLen) {
  signLen = 0;
  if (nb == 0) return true;
  const char c = s[nb - 1];
  if (isAlnum(c)) return false;
  if (const size_t d = dashBefore(s, nb)) {
    const size_t at = nb - d;
    if (at == 0 || blankBefore(s, at) || s[at - 1] == '(' || s[at - 1] == '|') {
      signLen = minusAt(s, at);
      return true;
    }
    return false;  // glued on both sides: a name, an id, a date or an unparsed range
  }
  switch (c) {
    case '.':
    case ',':
    case ':':
      return !(nb >= 2 && isAlnum(s[nb - 2]));
    case '#':
    case '/':
    case '\\':
    case '=':
    case '_':
    case '@':
    case '&':
    case ';':
    case '^':
    case '%':
      return false;
    default:
      break;
  }
  if (endsWithAt(s, nb, "\xC3\x97")) return false;  // "1024×1024"
  if (static_cast<unsigned char>(c) >= 0x80) return symbolBefore(s, nb) > 0;
  return true;
}

// Whether what follows position p lets the number before it stand as a figure.
bool freeOnRight(string_view s, size_t p, bool money) {
  if (p >= s.size()) return true;
  const char c = s[p];
  const char n = charAt(s, p + 1);
  if (isAlnum(c)) return false;
  switch (c) {
    case '.':
    case ',':
    case ':':
      return !isAlnum(n);  // 2.1.3, 1,24, 10:30, 5.html
    case '/':
      return money || !isAlnum(n);  // 24/7, 1/27; "$20/month" is a rate
    case '_':
    case '=':
    case '&':
    case '#':
    case '@':
    case '\\':
    case '^':
      return false;
    default:
      break;
  }
  if (startsWith(s, p, "\xC3\x97") && isDigit(charAt(s, skipBlanks(s, p + 2)))) return false;  // "1024×1024" is a size
  if (static_cast<unsigned char>(c) >= 0x80) return symbolAt(s, p) > 0;
  return true;
}

struct Currency {
  string_view code;
  size_t begin = 0;
  size_t end = 0;
};

// A currency written before position x ("$", "US$", "€", "RMB ", "USD").
Currency currencyBefore(string_view s, size_t x) {
  Currency cur;
  const size_t q = skipBlanksBack(s, x);
  if (q >= 1 && s[q - 1] == '$') {
    cur = {"USD", q - 1, x};
    for (const auto& [prefix, code] : kDollarPrefixes) {
      if (endsWithAt(s, q - 1, prefix)) {
        const size_t b = q - 1 - prefix.size();
        if (b == 0 || !graph::isLetterAscii(s[b - 1])) {
          cur = {code, b, x};
          break;
        }
      }
    }
    return cur;
  }
  if (endsWithAt(s, q, "\xC2\xA3")) return {"GBP", q - 2, x};
  if (endsWithAt(s, q, "\xE2\x82\xAC")) return {"EUR", q - 3, x};
  if (endsWithAt(s, q, "\xE2\x82\xB9")) return {"INR", q - 3, x};
  if (endsWithAt(s, q, "\xE2\x82\xA9")) return {"KRW", q - 3, x};
  if (endsWithAt(s, q, "\xC2\xA5")) {
    if (endsWithAt(s, q - 2, "CN")) return {"CNY", q - 4, x};
    if (endsWithAt(s, q - 2, "RMB")) return {"CNY", q - 5, x};
    return {"JPY", q - 2, x};
  }
  if (q >= 3 && graph::isUpperAscii(s[q - 1])) {
    const size_t b = q - 3;
    if ((b == 0 || !graph::isLetterAscii(s[b - 1])) && graph::isUpperAscii(s[b]) && graph::isUpperAscii(s[b + 1])) {
      const string_view code = codeFor(s.substr(b, 3));
      if (!code.empty()) return {code, b, x};
    }
  }
  return {};
}

// A currency written at i before a second number ("to $6 million", "to US$6").
Currency currencyAt(string_view s, size_t i) {
  for (const auto& [prefix, code] : kDollarPrefixes)
    if (startsWith(s, i, prefix) && charAt(s, i + prefix.size()) == '$')
      return {code, i, skipBlanks(s, i + prefix.size() + 1)};
  if (charAt(s, i) == '$') return {"USD", i, skipBlanks(s, i + 1)};
  if (startsWith(s, i, "\xC2\xA3")) return {"GBP", i, skipBlanks(s, i + 2)};
  if (startsWith(s, i, "\xC2\xA5")) return {"JPY", i, skipBlanks(s, i + 2)};
  if (startsWith(s, i, "\xE2\x82\xAC")) return {"EUR", i, skipBlanks(s, i + 3)};
  if (graph::isUpperAscii(charAt(s, i)) && i + 3 <= s.size() && !graph::isLetterAscii(charAt(s, i + 3))) {
    const string_view code = codeFor(s.substr(i, 3));
    if (!code.empty()) return {code, i, skipBlanks(s, i + 3)};
  }
  return {};
}

struct ScaleHit {
  int exponent = 0;
  size_t end = 0;
  bool found = false;
  bool gluedLetters = false;  // letters glued to the number that are no scale
};

// A power of ten that multiplies the number at p, as scientific notation writes it: "×10^30",
// "× 10^-5", "x10^6" ({{e|30}} and {{val|1.99|e=30}} render "×10^30"). Its end, or kNpos.
size_t timesTenAt(string_view s, size_t p, int& exponent) {
  size_t q = skipBlanks(s, p);
  if (startsWith(s, q, "\xC3\x97")) {
    q += 2;
  } else if (q == p && charAt(s, q) == 'x') {
    ++q;
  } else {
    return kNpos;
  }
  q = skipBlanks(s, q);
  if (!startsWith(s, q, "10^")) return kNpos;
  size_t e = q + 3;
  bool negative = false;
  if (charAt(s, e) == '-' || charAt(s, e) == '+') {
    negative = charAt(s, e) == '-';
    ++e;
  } else if (startsWith(s, e, "\xE2\x88\x92")) {  // U+2212, the minus sign {{e}} writes
    negative = true;
    e += 3;
  }
  const size_t digits = e;
  int exp = 0;
  while (isDigit(charAt(s, e)) && exp <= kMaxExponent) exp = exp * 10 + (s[e++] - '0');
  if (e == digits || exp > kMaxExponent || isAlnum(charAt(s, e))) return kNpos;
  exponent = negative ? -exp : exp;
  return e;
}

// A scale right after the number at p: glued ("589B", "5.6M", "10^25") or a word.
ScaleHit scaleAt(string_view s, size_t p, bool money, const Number& n) {
  ScaleHit hit;
  hit.end = p;
  if (int exp = 0; !money) {
    if (const size_t e = timesTenAt(s, p, exp); e != kNpos) return {exp, e, true, false};
  }
  const char c = charAt(s, p);
  if (graph::isLetterAscii(c)) {
    const size_t e = lettersEnd(s, p);
    const string_view suffix = s.substr(p, e - p);
    if (!isAlnum(charAt(s, e)))
      for (const Suffix& sx : kScaleSuffixes)
        if (suffix == sx.text && (money || !sx.moneyOnly)) return {sx.exponent, e, true, false};
    hit.gluedLetters = true;
    return hit;
  }
  if (c == '^' && n.len == 2 && n.digits[0] == '1' && n.digits[1] == '0') {
    size_t e = p + 1;
    int exp = 0;
    while (isDigit(charAt(s, e)) && exp <= kMaxExponent) exp = exp * 10 + (s[e++] - '0');
    if (e > p + 1 && exp <= kMaxExponent && !isAlnum(charAt(s, e))) return {exp - 1, e, true, false};
    return hit;
  }
  size_t q = skipBlanks(s, p);
  const size_t joined = q == p ? wordHyphenAt(s, p) : 0;
  if (q == p && !joined) return hit;
  q += joined;
  const size_t e = lettersEnd(s, q);
  if (e == q || isAlnum(charAt(s, e))) return hit;
  // "a 2-million-token context", "a 7-billion parameter model": a scale joined by a hyphen holds
  // only when a word follows it (the compound modifies that noun); "a 2-million" alone is no scale.
  const size_t after = wordHyphenAt(s, e) ? e + wordHyphenAt(s, e) : skipBlanks(s, e);
  if (joined && !(after > e && graph::isLowerAscii(charAt(s, after)))) return hit;
  const string_view w = s.substr(q, e - q);
  for (const Scale& sc : kScaleWords)
    if (ieq(w, sc.word)) return {sc.exponent, e, true, false};
  if (money && !joined && w == "m") return {6, e, true, false};  // "£60 m", as "£60m"
  return hit;
}

struct UnitHit {
  Kind kind = Kind::kNone;
  string_view unit;
  int exponent = 0;
  size_t end = 0;
};

// The unit tables by word, built once: hashed look-ups in place of a pass over a hundred rows for
// every word after a number. Each key keeps the row a pass in table order would meet first.
struct UnitIndex {
  graph::WordMap<const UnitWord*> words;                 // kUnitWords, then the physical words
  graph::WordMap<std::vector<const UnitWord*>> phrases;  // two-word physical units, by first word
  graph::WordMap<const UnitWord*> glued;                 // glued symbols, case kept
};

const UnitIndex& unitIndex() {
  static const UnitIndex index = [] {
    UnitIndex x;
    for (const UnitWord& u : kUnitWords) x.words.emplace(u.word, &u);
    for (const UnitWord& u : physicalUnits().words) {
      x.words.emplace(u.word, &u);
      if (const size_t space = u.word.find(' '); space != kNpos) x.phrases[u.word.substr(0, space)].push_back(&u);
    }
    for (const UnitWord& u : physicalUnits().glued) x.glued.emplace(u.word, &u);
    return x;
  }();
  return index;
}

// The row of a unit word in any case (the tables' words are lower case, so the lowered word is
// looked up).
const UnitWord* unitWord(string_view w) {
  if (w.size() > kMaxWordLen) return nullptr;
  const Lower lower(w);
  const auto& words = unitIndex().words;
  const auto it = words.find(lower.view());
  return it == words.end() ? nullptr : it->second;
}

// "four post-graduate months", "two additional years", "20 million driverless miles": adjectives
// between a number and a unit of time or a physical unit written out leave it a length of time or
// a distance, as "four months" and "20 million miles" are (the noun phrase's head, its last word,
// is what is measured). Null for a noun with a "per" tail ("3 tokens per hour") or of one word (a
// unit word alone after the number is read as the unit before any noun).
const UnitWord* unitHeadOf(string_view noun) {
  const size_t space = noun.rfind(' ');
  if (space == string_view::npos || noun.find(" per ") != string_view::npos) return nullptr;
  const UnitWord* u = unitWord(noun.substr(space + 1));
  if (u == nullptr || (u->kind != Kind::kTime && u->kind != Kind::kPhysical)) return nullptr;
  // Only adjectives before it: "235 TPU core years" and "man hours" are units of their own (work
  // done by so many cores or people), which the nouns before the unit make.
  for (size_t at = 0; at < space;) {
    const size_t end = std::min(noun.find(' ', at), space);
    if (!isAdjective(noun.substr(at, end - at))) return nullptr;
    at = end + 1;
  }
  return u;
}

// A two-word physical unit at q whose first word is `w` ("square kilometres", "sq mi",
// "metric tons"); null if none, else its end in `end`.
const UnitWord* unitPhraseAt(string_view s, size_t q, string_view w, size_t& end) {
  if (w.size() > kMaxWordLen) return nullptr;  // no first word is that long
  const Lower lower(w);
  const auto& phrases = unitIndex().phrases;
  const auto it = phrases.find(lower.view());
  if (it == phrases.end()) return nullptr;
  for (const UnitWord* u : it->second) {
    if (const size_t e = phraseAt(s, q, u->word); e != kNpos) {
      end = e;
      return u;
    }
  }
  return nullptr;
}

// "/s", "/sec" or "per second" right after a unit at p: a rate per second. End or kNpos.
size_t perSecondAt(string_view s, size_t p) {
  if (charAt(s, p) == '/') {
    const size_t e = lettersEnd(s, p + 1);
    const string_view w = s.substr(p + 1, e - p - 1);
    return (w == "s" || w == "sec") && !isAlnum(charAt(s, e)) ? e : kNpos;
  }
  const size_t q = skipBlanks(s, p);
  return q > p ? phraseAt(s, q, "per second") : kNpos;
}

// The adjectives of dimension that English puts after a measure phrase ("600 m long", "2 m tall").
constexpr string_view kDimensionAdjectives[] = {"long",  "tall", "high",   "wide",  "deep",  "thick",
                                                "broad", "away", "across", "above", "below", "underground"};

// Whether a lone lower-case "m" ending at e, after a number that is no amount of money, is the
// metre's symbol: as a unit symbol it closes the measure, so nothing but punctuation, the end, a
// rate ("m/s") or an adjective of dimension follows it ("600 m long", "600m (1,969 ft)"). Before a
// noun it is the million of informal prose ("5m users", "a 5m budget"), which stays unread.
bool metreSymbolEndsAt(string_view s, size_t e) {
  if (isAlnum(charAt(s, e))) return false;
  const size_t q = skipBlanks(s, e);
  // At the end of a text or a table cell ("| 1m |" under "Context window"), or before "+" ("1m+
  // stores"), it may as well be a million: only what follows it tells.
  if (q >= s.size()) return false;
  if (!graph::isLetterAscii(charAt(s, q)))
    return string_view("-+|$").find(charAt(s, q)) == kNpos && !isDigit(charAt(s, q));
  const string_view next = s.substr(q, lettersEnd(s, q) - q);
  return std::any_of(std::begin(kDimensionAdjectives), std::end(kDimensionAdjectives),
                     [&](string_view a) { return next == a; });
}

// A data size or a length read per second is a rate: "3.35 TB/s", "900 GB per second", "1.2 meters
// per second".
UnitHit withRate(string_view s, UnitHit hit) {
  const string_view rate = hit.unit == "bytes" ? "bytes/s" : hit.unit == "m" ? "m/s" : "";
  if (rate.empty()) return hit;
  if (const size_t r = perSecondAt(s, hit.end); r != kNpos) return {hit.kind, rate, hit.exponent, r};
  return hit;
}

// "GPU hours", "GPU-hours", "GPU hour" at i; end or kNpos.
size_t gpuHoursAt(string_view s, size_t i) {
  const size_t e = wordEnd(s, i);
  const string_view w = s.substr(i, e - i);
  if (ieq(w, "gpu-hours") || ieq(w, "gpu-hour")) return e;
  if (!ieq(w, "gpu")) return kNpos;
  const size_t q = skipBlanks(s, e);
  if (q == e) return kNpos;
  const size_t e2 = wordEnd(s, q);
  const string_view w2 = s.substr(q, e2 - q);
  return ieq(w2, "hours") || ieq(w2, "hour") ? e2 : kNpos;
}

// A unit glued by a hyphen at p: "3-month", "10-percent", "million-dollar", "2-GPU-hour",
// "a 150-foot tower" (a physical unit only when written out: "5-MW" may be a name's part).
UnitHit hyphenedUnitAt(string_view s, size_t p) {
  const size_t h = wordHyphenAt(s, p);
  if (!h || !graph::isLetterAscii(charAt(s, p + h))) return {};
  const size_t letters = lettersEnd(s, p + h);
  const string_view w = s.substr(p + h, letters - (p + h));
  const bool writtenOut = w.size() > 3 && !isAlnum(charAt(s, letters));
  if (const UnitWord* u = unitWord(w); u && (u->kind != Kind::kPhysical || writtenOut) && !ieq(w, "pounds"))
    return {u->kind, u->unit, u->exponent, letters};
  if (size_t g = gpuHoursAt(s, p + h); g != kNpos) return {Kind::kGpuHours, "GPU-hours", 0, g};
  // "a 10-fold increase", "2.5-fold higher": a multiplier, as "10 times" is.
  if (ieq(w, "fold") && !isAlnum(charAt(s, letters))) return {Kind::kFactor, kFactorUnit, 0, letters};
  return {};
}

// "per cent", "percentage point(s)" at q, whose first word is `w`.
UnitHit percentPhraseAt(string_view s, size_t q, string_view w) {
  if (ieq(w, "per")) {
    const size_t r = phraseAt(s, q, "per cent");
    if (r != kNpos) return {Kind::kPercent, "percent", 0, r};
    return {};
  }
  size_t r = phraseAt(s, q, "percentage points");
  if (r == kNpos) r = phraseAt(s, q, "percentage point");
  if (r != kNpos) return {Kind::kPoints, "percentage points", 0, r};
  return {};
}

// Where a currency adjective at q ends ("US", "U.S.", "Hong Kong", "Swiss"), with its code
// in `code`; kNpos if there is none. `w` is the word at q, which ends at e.
size_t currencyAdjectiveAt(string_view s, size_t q, string_view w, size_t e, string_view& code) {
  if (startsWith(s, q, "U.S.")) {
    code = "USD";
    return q + 4;
  }
  if (size_t hk = phraseAt(s, q, "hong kong"); hk != kNpos) {
    code = "HKD";
    return hk;
  }
  if (size_t nz = phraseAt(s, q, "new zealand"); nz != kNpos) {
    code = "NZD";
    return nz;
  }
  for (const auto& [adj, adjCode] : kDollarAdjectives)
    if (ieq(w, adj)) {
      code = adjCode;
      return e;
    }
  return kNpos;
}

// "dollars" or "francs" after a currency adjective that ends at `after`.
UnitHit adjectiveDollarsAt(string_view s, size_t after, string_view code) {
  const size_t r = skipBlanks(s, after);
  const size_t e2 = wordEnd(s, r);
  const string_view w2 = s.substr(r, e2 - r);
  if (r > after && (ieq(w2, "dollars") || ieq(w2, "dollar") || ieq(w2, "francs") || ieq(w2, "franc")))
    return {Kind::kMoney, code, 0, e2};
  return {};
}

UnitHit unitSuffixAt(string_view s, size_t p);

bool occasionsAfter(string_view s, size_t p);

// A multiplier's sign after the number at p: "×" glued or apart ("13,000×", "10 ×"), or "x" glued
// ("4.7x faster", "2-3x"); not a product or a size ("3x3", "2 × 4", "x86"), nor a number of
// things a name follows ("4× USB-C", "8x H100"). A capital "X" glued is one only before a
// comparison, as "times" is ("scans 6X more pages than Bing", "10X faster"): alone it ends names
// ("1X Technologies", "according to 1X,").
UnitHit factorAt(string_view s, size_t p) {
  const size_t q = skipBlanks(s, p);
  size_t e = kNpos;
  if (startsWith(s, q, "\xC3\x97")) e = q + 2;
  if (q == p && charAt(s, q) == 'x') e = q + 1;
  if (q == p && charAt(s, q) == 'X' && !isAlnum(charAt(s, q + 1)) && !occasionsAfter(s, q + 1)) e = q + 1;
  if (e == kNpos || isAlnum(charAt(s, e))) return {};
  const char next = charAt(s, skipBlanks(s, e));
  if (isDigit(next) || graph::isUpperAscii(next)) return {};
  return {Kind::kFactor, kFactorUnit, 0, e};
}

// A unit right after the number (and its scale) at p.
UnitHit unitAt(string_view s, size_t p, bool scaled) {
  if (const UnitHit factor = factorAt(s, p); factor.kind != Kind::kNone) return factor;
  const size_t q = skipBlanks(s, p);
  if (charAt(s, q) == '%') return {Kind::kPercent, "percent", 0, q + 1};
  if (startsWith(s, q, "\xEF\xBC\x85")) return {Kind::kPercent, "percent", 0, q + 3};
  if (startsWith(s, q, "\xE2\x82\xAC")) return {Kind::kMoney, "EUR", 0, q + 3};
  if (q == p) return hyphenedUnitAt(s, p);
  const size_t e = wordEnd(s, q);
  if (e == q) return unitSuffixAt(s, q);  // a symbol that opens with a non-ASCII letter: "50 μs"
  const string_view w = s.substr(q, e - q);
  // "600&nbsp;m": a lone "m" that a non-breaking space ties to the number is the metre, as
  // typography ties a number to its unit symbol (MediaWiki's &nbsp;, {{nbsp}}); a plain space
  // or a glued "m" stays a million or nothing ("$5 m", "5m").
  if (w == "m" && !scaled && ((q == p + 2 && startsWith(s, p, "\xC2\xA0")) || metreSymbolEndsAt(s, e)))
    return withRate(s, {Kind::kPhysical, "m", 0, e});
  // So is a lone "K" the kelvin ("6,530&nbsp;K"); glued or after a plain space it stays a thousand.
  if (w == "K" && !scaled && q == p + 2 && startsWith(s, p, "\xC2\xA0")) return {Kind::kPhysical, "K", 0, e};
  if (ieq(w, "per") || ieq(w, "percentage")) return percentPhraseAt(s, q, w);
  if (size_t g = gpuHoursAt(s, q); g != kNpos) return {Kind::kGpuHours, "GPU-hours", 0, g};
  if (const string_view code = codeFor(w); !code.empty()) return {Kind::kMoney, code, 0, e};
  // "US dollars", "U.S. dollars", "Hong Kong dollars", "Swiss francs".
  string_view adjCode;
  if (const size_t after = currencyAdjectiveAt(s, q, w, e, adjCode); after != kNpos)
    return adjectiveDollarsAt(s, after, adjCode);
  if (ieq(w, "pounds")) {
    // "3 million pounds" is money, "155 pounds" more likely a weight.
    const size_t r = phraseAt(s, q, "pounds sterling");
    if (r != kNpos) return {Kind::kMoney, "GBP", 0, r};
    return scaled ? UnitHit{Kind::kMoney, "GBP", 0, e} : UnitHit{Kind::kPhysical, "lb", 0, e};
  }
  if (startsWith(s, e, "\xC2\xB2")) return unitSuffixAt(s, q);  // "5 km²" is an area
  size_t phraseEnd = 0;
  if (const UnitWord* u = unitPhraseAt(s, q, w, phraseEnd)) return {u->kind, u->unit, u->exponent, phraseEnd};
  if (const UnitWord* u = unitWord(w)) return withRate(s, {u->kind, u->unit, u->exponent, e});
  if (const std::optional<UnitWord> u = siName(w)) return withRate(s, {u->kind, u->unit, u->exponent, e});
  return unitSuffixAt(s, q);  // a symbol written apart: "16 GB", "5 km²"
}

// The micro sign (U+00B5) or Greek mu (U+03BC) at p, which open "µs" and "μs": its length, or 0.
size_t microSignAt(string_view s, size_t p) {
  return startsWith(s, p, "\xC2\xB5") || startsWith(s, p, "\xCE\xBC") ? 2 : 0;
}

// A glued physical unit ("70kg", "1GW", "140W", "16GB", "3.35TB/s"); the symbol's case counts.
UnitHit unitSuffixAt(string_view s, size_t p) {
  size_t e = lettersEnd(s, p + microSignAt(s, p));
  if (startsWith(s, e, "\xE2\x98\x89") || startsWith(s, e, "\xE2\x8A\x99")) {
    e += 3;  // the Sun's symbol of "M☉", "R☉", "L☉" (U+2609, or U+2299 as many texts write it)
  } else if (startsWith(s, e, "\xC2\xB2")) {
    e += 2;  // "km²"
  } else if (charAt(s, e) == '2' && !isAlnum(charAt(s, e + 1))) {
    ++e;  // "km2"
  }
  if (isAlnum(charAt(s, e))) return {};
  const string_view w = s.substr(p, e - p);
  const auto& glued = unitIndex().glued;
  if (const auto it = glued.find(w); it != glued.end()) {
    const UnitWord& u = *it->second;
    return withRate(s, {u.kind, u.unit, u.exponent, e});
  }
  if (const std::optional<UnitWord> u = siSymbol(w)) return withRate(s, {u->kind, u->unit, u->exponent, e});
  return {};
}

// The counted noun at i: up to a few words closed by a plural ("Hopper-class GPUs",
// "total parameters"), or one or two lower-case words ("shared expert"), with an
// optional "per ..." tail ("active per token").
struct NounHit {
  std::string noun;
  size_t end = 0;
  bool plural = false;
  bool capitalised = false;
  bool found = false;
};

// A quotation mark at i that opens or closes a quoted word: ' or " or a curly one. Its length, or 0.
size_t quoteMarkAt(string_view s, size_t i) {
  if (charAt(s, i) == '\'' || charAt(s, i) == '"') return 1;
  for (string_view q : {"\u2018", "\u2019", "\u201C", "\u201D"})
    if (startsWith(s, i, q)) return q.size();
  return 0;
}

// "28x28" at i, digits on both sides of an "x", a word of its own: where it ends, else i.
size_t sizeTokenEnd(string_view s, size_t i) {
  size_t j = i;
  while (isDigit(charAt(s, j))) ++j;
  if (j == i || charAt(s, j) != 'x' || !isDigit(charAt(s, j + 1))) return i;
  ++j;
  while (isDigit(charAt(s, j))) ++j;
  return isAlnum(charAt(s, j)) ? i : j;
}

// "the two most popular approaches", "the 5 most cited papers": "most" or "least" right after the
// number, before a lower-case word, makes a superlative of the adjective after it, which modifies the
// counted noun as any adjective does. `n` is the word's place in the noun, `e` where it ends.
bool superlativeAt(string_view s, int n, string_view w, size_t e) {
  if (n != 0 || (w != "most" && w != "least")) return false;
  const size_t next = skipBlanks(s, e);
  return next > e && graph::isLowerAscii(charAt(s, next)) && !isFunctionWord(s.substr(next, wordEnd(s, next) - next));
}

// The words of the noun a count is of, from i (nounAt's first step): where each begins and ends, the
// closing quotation mark's length after a quoted word, which word is a picture's size (0 for none), and
// whether a plural closed them.
struct NounWords {
  size_t ends[kMaxNounWords] = {};
  size_t begins[kMaxNounWords] = {};
  size_t closes[kMaxNounWords] = {};
  int n = 0;
  int sizeAt = 0;
  bool plural = false;
};

NounWords nounWords(string_view s, size_t i) {
  NounWords words;
  auto& [ends, begins, closes, n, sizeAt, plural] = words;
  size_t pos = i;
  while (n < kMaxNounWords) {
    size_t b = n == 0 ? pos : skipBlanks(s, pos);
    if (n > 0 && b == pos) break;
    // "eight different 'grades'", "two \u201Clevels\u201D": a word in quotation marks (a term the
    // text mentions, scare quotes) is still the noun counted.
    const size_t open = quoteMarkAt(s, b);
    size_t close = 0;
    if (open) {
      const size_t we = wordEnd(s, b + open);
      close = we > b + open ? quoteMarkAt(s, we) : 0;
      if (close == 0) break;
      b += open;
    }
    // "70,000 labeled 28x28 grayscale images": a picture's size between the counted noun's
    // modifiers is one of them, not the noun's end.
    size_t e = n > 0 && !open ? sizeTokenEnd(s, b) : b;
    if (e > b) {
      if (!sizeAt) sizeAt = n;
      begins[n] = b;
      ends[n] = e;
      closes[n] = 0;
      ++n;
      pos = e;
      continue;
    }
    e = wordEnd(s, b);
    if (e == b) break;
    const string_view w = s.substr(b, e - b);
    if ((isFunctionWord(w) && !superlativeAt(s, n, w, e)) || isMonth(w)) break;
    begins[n] = b;
    ends[n] = e;
    closes[n] = close;
    ++n;
    pos = e + close;
    if (close && !looksPlural(w)) break;  // a quoted word closes the noun
    if (looksPlural(w)) {
      plural = true;
      break;
    }
  }
  return words;
}

// "per token", "per forward pass": up to two words after "per" join the noun as what it counts per.
void appendPerPhrase(string_view s, NounHit& hit) {
  const size_t q = skipBlanks(s, hit.end);
  if (q > hit.end && phraseAt(s, q, "per") != kNpos) {
    size_t r = skipBlanks(s, q + 3);
    std::string tail;
    for (int k = 0; k < 2 && r > q + 3; ++k) {
      const size_t e = wordEnd(s, r);
      if (e == r || isFunctionWord(s.substr(r, e - r))) break;
      if (!tail.empty()) tail += ' ';
      tail.append(s.substr(r, e - r));
      hit.end = e;
      const size_t next = skipBlanks(s, e);
      if (next == e) break;
      r = next;
    }
    if (!tail.empty()) hit.noun.append(" per ").append(tail);
  }
}

NounHit nounAt(string_view s, size_t i) {
  NounHit hit;
  auto [ends, begins, closes, n, sizeAt, plural] = nounWords(s, i);
  hit.plural = plural;
  if (n == 0) return hit;
  // "the 3 most relevant and interesting questions": a superlative whose noun the phrase does not reach
  // within its words names nothing counted.
  if (!hit.plural && superlativeAt(s, 0, s.substr(begins[0], ends[0] - begins[0]), ends[0])) return hit;
  hit.capitalised = graph::isUpperAscii(s[begins[0]]);
  if (!hit.plural) {
    if (hit.capitalised) return hit;  // "2.1 Background", "1957 Soviet satellite launch"
    n = std::min(n, kMaxBareNounWords);
    for (int k = 1; k < n; ++k)
      if (graph::isUpperAscii(s[begins[k]])) n = k;  // "3B-parameter MoE": the name is not the noun
    while (n > 1 && isDigit(s[begins[n - 1]])) --n;  // a picture's size ends no noun
  }
  for (int k = 0; k < n; ++k) {
    if (k) hit.noun += ' ';
    hit.noun.append(s.substr(begins[k], ends[k] - begins[k]));
  }
  hit.end = ends[n - 1] + closes[n - 1];
  // The figure's text stops before the size, which is a figure of its own ("28x28" is 28 pixels).
  if (sizeAt > 0 && sizeAt < n) hit.end = ends[sizeAt - 1] + closes[sizeAt - 1];
  appendPerPhrase(s, hit);
  hit.found = true;
  return hit;
}

// "Input tokens: $3.00 per million": a price list's item names what the rate counts, when the
// scale word ends the text ("million tokens"); kNpos when no plural label opens it.
size_t labelledThing(string_view s, size_t i, string_view scale, size_t end, std::string& thing) {
  const size_t colon = s.substr(0, i).find(": ");
  if (colon == string_view::npos || colon == 0) return kNpos;
  size_t b = colon;
  while (b > 0 && graph::isLowerAscii(s[b - 1])) --b;
  const string_view noun = s.substr(b, colon - b);
  if (noun.size() < 4 || noun.back() != 's') return kNpos;
  thing.assign(scale).append(" ").append(noun);
  return end;
}

// "1M tokens", "1,000 results", "10 million words" after "per" or "/": what a rate is per when
// it is a number of things. One of a scale is the scale's word ("million tokens", as "per million
// tokens" says it); another number is written whole ("1000 results", "10000000 words"). The noun
// is the head of the plural that closes it ("per 1,000 search results" is per "1000 results"), as
// a count per a period is written with its noun's last word. End or kNpos.
size_t numberedRateThingAt(string_view s, size_t i, std::string& thing) {
  Number n;
  if (!numberAt(s, i, n)) return kNpos;
  string_view scale;
  int exponent = 0;
  size_t q = n.end;
  for (const Suffix& x : kScaleSuffixes)
    if (!x.moneyOnly && startsWith(s, q, x.text) && !isAlnum(charAt(s, q + x.text.size())) && scale.empty()) {
      for (const Scale& w : kScaleWords)
        if (w.exponent == x.exponent && scale.empty()) scale = w.word, exponent = w.exponent;
      q += x.text.size();
    }
  size_t r = skipBlanks(s, q);
  if (r == q) return kNpos;
  if (scale.empty())
    for (const Scale& w : kScaleWords)
      if (const size_t e = phraseAt(s, r, w.word); e != kNpos && w.word.size() > 3) {
        scale = w.word;
        exponent = w.exponent;
        q = e;
        r = skipBlanks(s, e);
        break;
      }
  if (r == q) return kNpos;
  const NounHit nh = nounAt(s, r);
  if (!nh.found || nh.capitalised || nh.noun.find(" per ") != std::string::npos) return kNpos;
  const bool one = n.len == 1 && n.digits[0] == '1';
  const double whole = n.scaled(exponent);
  thing.clear();
  if (one && !scale.empty())
    thing.append(scale).append(" ");
  else if (std::floor(whole) == whole && whole < 1e15)
    thing.append(std::to_string(static_cast<long long>(whole))).append(" ");  // "10K traces" -> "10000 traces"
  else
    thing.append(n.digits, n.len).append(" ").append(scale).append(scale.empty() ? "" : " ");
  thing.append(lastWord(nh.noun));
  return nh.end;
}

// What a price is per, after "per", "/" or "a": "GPU-hour", "million tokens", "book".
size_t rateThingAt(string_view s, size_t i, std::string& thing) {
  if (isDigit(charAt(s, i))) return numberedRateThingAt(s, i, thing);
  const size_t e = wordEnd(s, i);
  if (e == i) return kNpos;
  const string_view w = s.substr(i, e - i);
  if (size_t g = gpuHoursAt(s, i); g != kNpos) {
    thing = "GPU-hour";
    return g;
  }
  if (isFunctionWord(w)) return kNpos;
  for (const Scale& sc : kScaleWords) {
    if (!ieq(w, sc.word)) continue;
    const size_t q = skipBlanks(s, e);
    const size_t e2 = wordEnd(s, q);
    if (s.find_first_not_of(" .;", e) == string_view::npos) return labelledThing(s, i, w, e, thing);
    if (q == e || e2 == q || isFunctionWord(s.substr(q, e2 - q))) return kNpos;
    // "per million input tokens": the words up to the plural that closes them.
    const NounHit nh = nounAt(s, q);
    const bool closed = nh.found && nh.plural && !nh.capitalised;
    thing.assign(w).append(" ").append(closed ? string_view(nh.noun) : s.substr(q, e2 - q));
    return closed ? nh.end : e2;
  }
  thing.assign(w);
  return e;
}

// "per GPU-hour", "/month", "a year" after a money amount; end or kNpos.
size_t rateAt(string_view s, size_t p, std::string& thing) {
  const size_t q = skipBlanks(s, p);
  if (charAt(s, q) == '/') return rateThingAt(s, skipBlanks(s, q + 1), thing);
  if (q == p) return kNpos;
  const size_t e = wordEnd(s, q);
  const string_view w = s.substr(q, e - q);
  const size_t r = skipBlanks(s, e);
  if (r == e) return kNpos;
  if (ieq(w, "per")) return rateThingAt(s, r, thing);
  if (ieq(w, "a") || ieq(w, "an")) {
    const size_t e2 = wordEnd(s, r);
    const string_view w2 = s.substr(r, e2 - r);
    // "$4.7 billion a year" stays an amount in its currency (the way revenue and exposure are
    // quoted, and compared); "a month", "a day" make a rate.
    for (string_view t : {"month", "week", "day", "hour"})
      if (ieq(w2, t)) {
        thing.assign(t);
        return e2;
      }
  }
  return kNpos;
}

// The word just before position x, for telling names, dates and identifiers.
struct PrevWord {
  string_view word;
  bool dotted = false;     // "Jan. 27", "No. 1"
  bool heading = false;    // "## 2 Methods"
  bool opens = false;      // the word opens the text or a sentence ("First 1 million requests are free")
  bool opensCell = false;  // the word opens a table cell ("| Supports 20+ languages |")
};

PrevWord prevWordBefore(string_view s, size_t x) {
  PrevWord pw;
  size_t e = skipBlanksBack(s, x);
  if (e == x) return pw;
  if (e > 0 && s[e - 1] == '#') {
    pw.heading = true;
    return pw;
  }
  if (e > 0 && s[e - 1] == '.') {
    pw.dotted = true;
    --e;
  }
  size_t b = e;
  while (
      b > 0 && e - b <= kMaxWordLen &&
      (isAlnum(s[b - 1]) || s[b - 1] == '&' || s[b - 1] == '\'' || s[b - 1] == '-' || (pw.dotted && s[b - 1] == '.')))
    --b;
  while (b < e && !graph::isLetterAscii(s[b])) ++b;  // a word starts with a letter
  if (b == e || e - b > kMaxWordLen || (b > 0 && isAlnum(s[b - 1]))) return pw;
  pw.word = s.substr(b, e - b);
  size_t k = b;
  while (k > 0 && !isAlnum(s[k - 1]) && s[k - 1] != '|') --k;
  // "Your AI Research Assistant. Search 200M papers": a word after a sentence's end opens its sentence;
  // so does one after a label's colon ("Compute Resources: Minimum 16GB RAM"), capitalised for its place.
  pw.opens = k == 0 || s.substr(k, b - k).find_first_of(".!?:") != string_view::npos;
  pw.opensCell = k > 0 && s[k - 1] == '|';
  return pw;
}

// "Reached 1 million users", "Using 2,048 GPUs", "OpenAI's 100 million users": a
// capitalised word that is no name.
bool looksLikeVerbOrPossessive(string_view w) {
  if (w.size() > 2 && endsWithAt(w, w.size(), "'s")) return true;
  if (w.size() > 4 && w.back() == 'd' && w[w.size() - 2] == 'e') return true;
  return w.size() > 5 && endsWithAt(w, w.size(), "ing");
}

// ---------------------------------------------------------------- one figure

struct Mode {
  bool query = false;  // parseFigure: bare numbers count; no year or name rules
  // Running text: a bare number in groups of three counts something ("was 4,692"). A query's bare
  // "1,000" names no unit and matches a figure in any (parseFigure reads it so).
  bool groupedCounts = true;
};

struct Side {
  Number num;
  ScaleHit scale;
  UnitHit unit;
  Currency currency;
  size_t end = 0;  // after number, scale, '+' and unit
  bool plus = false;
  bool negative = false;  // a minus sign glued before the number: "-21.3%", "to -10%"
};

// A measurement's uncertainty after its value at p: "± 0.1", "+/- 0.1", "±0.1" ({{val|1.7|0.1}}
// renders "1.7 ± 0.1"): where it ends, so that the unit after it is the value's ("1.7 ± 0.1 Gyr");
// p when there is none. The value stays the central one.
size_t uncertaintyEnd(string_view s, size_t p) {
  size_t q = skipBlanks(s, p);
  if (startsWith(s, q, "\xC2\xB1")) {
    q += 2;
  } else if (startsWith(s, q, "+/-")) {
    q += 3;
  } else {
    return p;
  }
  q = skipBlanks(s, q);
  const size_t b = q;
  while (isDigit(charAt(s, q)) || (charAt(s, q) == '.' && isDigit(charAt(s, q + 1)))) ++q;
  if (q == b || graph::isLetterAscii(charAt(s, q))) return p;
  return q;
}

std::string unitSymbolAt(string_view s, size_t q, size_t& end);

// The last word of a noun phrase in lower case, as a density or a rate names what it counts
// ("Inhabitants" of "174 Inhabitants per km2" -> "inhabitants").
std::string lastWordLower(string_view phrase) { return graph::lowerAscii(lastWord(phrase)); }

// Reads what follows a number: scale, '+', unit. False if the number is glued to
// something that makes it an id.
bool readRight(string_view s, Side& side, bool money) {
  size_t pos = side.num.end;
  side.scale = scaleAt(s, pos, money, side.num);
  if (side.scale.found) {
    pos = side.scale.end;
  } else if (side.scale.gluedLetters) {
    side.unit = factorAt(s, pos);
    if (side.unit.kind == Kind::kNone) side.unit = unitSuffixAt(s, pos);
    if (side.unit.kind == Kind::kNone && !money && startsWith(s, pos, "m") && metreSymbolEndsAt(s, pos + 1))
      side.unit = withRate(s, {Kind::kPhysical, "m", 0, pos + 1});  // "600m long", as "600 m long"
    if (side.unit.kind == Kind::kNone) return false;                // "1st", "4o", "1.7m users", "3D"
    side.end = side.unit.end;
    return freeOnRight(s, side.end, money);
  }
  if (charAt(s, pos) == '+' && !isDigit(charAt(s, pos + 1))) {
    side.plus = true;
    ++pos;
    if (!side.scale.found) {  // "400+ million devices"
      const ScaleHit sc = scaleAt(s, pos, money, side.num);
      if (sc.found) {
        side.scale = sc;
        pos = sc.end;
      }
    }
  }
  // "287.1/km²": a number per a unit symbol is a density (readBarePerUnit), not an id.
  size_t perEnd = 0;
  if (charAt(s, pos) == '/' && !money && !unitSymbolAt(s, pos + 1, perEnd).empty()) {
    side.end = pos;
    return true;
  }
  if (!freeOnRight(s, pos, money)) return false;
  side.end = pos;
  pos = uncertaintyEnd(s, pos);
  side.unit = unitAt(s, pos, side.scale.found);
  if (side.unit.kind != Kind::kNone) side.end = side.unit.end;
  return true;
}

struct Figured {
  Figure fig;
  bool money = false;  // a plain amount of money (not a rate): its code may carry on
  Kind kind = Kind::kNone;
  bool rate = false;
  bool scaled = false;  // had a scale of its own ("35B"), which a bare number before it lacks
  int unitExponent = 0;
};

// What is known of one figure while its parts are read, left to right: the steps below
// each read one part (sign and currency, hedges, the word before, a range, the unit, a
// rate, a counted noun, a trailing hedge) and say no when the number is not a figure.
struct Draft {
  Side a;              // the number (the first end of a range)
  Side b;              // the second end of a range
  size_t signLen = 0;  // a glued minus sign
  size_t begin = 0;    // where the figure starts, hedges included
  size_t end = 0;      // where it ends so far
  bool approximate = false;
  Bound bound = Bound::kExact;
  PrevWord prev;            // the word before the figure
  bool identifier = false;  // "number 1", "Article 5"; decided once the unit is known
  bool topCount = false;    // "returns the top 25 results": a count, though "top" names ranks (topCountAt)
  bool between = false;     // "between X and Y"
  size_t rangeIntro = kNpos;
  bool isRange = false;
  bool rangeApprox = false;  // "5 to ~6"
  bool usedTo = false;       // "X to Y"
  bool usedOr = false;       // "X or Y" (neighbours: approximateOr)
  UnitHit unit;
  Kind kind = Kind::kNone;
  std::string unitText;
  bool hasScale = false;
  bool rate = false;
  bool outOf = false;  // "79 out of 570"
  std::string noun;
  double factor = 1;       // "2 dozen references" counts 2 x 12
  bool frequency = false;  // "3 times a week": how often, no figure
};

// The number with a glued sign and a currency on its left. `floor` is where the previous
// figure ended: nothing left of it belongs to this one.
bool readNumberAndCurrency(string_view s, size_t nb, size_t ne, size_t floor, Draft& d) {
  if (!readNumber(s, nb, ne, d.a.num)) return false;
  if (nb > 0 && s[nb - 1] == '[' && charAt(s, ne) == ']') return false;  // "[3]"
  if (!freeOnLeft(s, nb, d.signLen)) return false;
  d.a.negative = d.signLen > 0;
  d.begin = nb - d.signLen;
  if (d.begin < floor) return false;
  d.a.currency = currencyBefore(s, d.begin);
  if (d.a.currency.begin < floor) d.a.currency = {};  // "5€ 7": the € was the last figure's
  if (!d.a.currency.code.empty()) d.begin = d.a.currency.begin;
  return true;
}

// A hedge symbol ending at q ("~", "≈", ">", "≥", "<", "≤"), glued or not; false if none.
// `nameCheckAt` moves before a leading "~" or "≈", so the word before it is still seen.
bool hedgeSymbolBefore(string_view s, size_t q, size_t floor, Draft& d, size_t& nameCheckAt, size_t inner) {
  const bool apart = q < 2 || !isAlnum(s[q - 2]);  // "<b>5" is markup, "> 5" a bound
  size_t at = kNpos;
  if (q >= 1 && s[q - 1] == '~') {
    at = q - 1;
  } else if (endsWithAt(s, q, "\xE2\x89\x88") && q - 3 >= floor) {  // ≈
    at = q - 3;
  }
  if (at != kNpos) {
    d.approximate = true;
    d.begin = at;
    if (nameCheckAt == inner) nameCheckAt = at;
    return true;
  }
  if (q >= 1 && (s[q - 1] == '>' || s[q - 1] == '<') && apart) {
    d.bound = s[q - 1] == '>' ? Bound::kAtLeast : Bound::kAtMost;
    d.begin = q - 1;
    return true;
  }
  if ((endsWithAt(s, q, "\xE2\x89\xA5") || endsWithAt(s, q, "\xE2\x89\xA4")) && q - 3 >= floor) {  // ≥ ≤
    d.bound = byteAt(s, q - 1) == 0xA5 ? Bound::kAtLeast : Bound::kAtMost;
    d.begin = q - 3;
    return true;
  }
  return false;
}

// A hedge phrase ending at q after a blank ("more than", "an estimated"); false if none.
bool hedgeWordBefore(string_view s, size_t q, size_t floor, Draft& d) {
  if (q == d.begin || q == 0) return false;
  const auto last = static_cast<unsigned char>(graph::lowerAscii(s[q - 1]));
  if (last >= kAsciiSize) return false;
  for (const unsigned char index : hedgesByLastChar()[last]) {
    const ValueHedge& h = lexicon().valueHedges[index];
    const size_t st = phraseBefore(s, q, h.phrase);
    if (st == kNpos || st < floor) continue;
    d.approximate = d.approximate || h.approximate;
    if (h.bound != Bound::kExact) d.bound = h.bound;
    d.begin = st;
    return true;
  }
  return false;
}

// Hedges on the left, up to kMaxHedges stacked: symbols may be glued, words need a blank.
// Returns where the word before the figure is to be looked for.
size_t readHedgesBefore(string_view s, size_t floor, Draft& d) {
  const size_t inner = d.begin;
  size_t nameCheckAt = inner;
  for (int k = 0; k < kMaxHedges; ++k) {
    size_t q = skipBlanksBack(s, d.begin);
    if (q <= floor) break;
    if (q > 0 && s[q - 1] == '*') {  // markdown emphasis: "greater than **10^25**"
      while (q > 0 && s[q - 1] == '*') --q;
      q = skipBlanksBack(s, q);
      if (q <= floor) break;
    }
    if (hedgeSymbolBefore(s, q, floor, d, nameCheckAt, inner)) continue;
    if (!hedgeWordBefore(s, q, floor, d)) break;
  }
  return nameCheckAt;
}

// Whether a model's version ends right before x, so that a number after it is the size in the
// model's name ("Llama 3.1 405B", "Qwen2.5 72B", "Gemma 3 27B"): a token of digits and dots
// after a capitalised word, or a capitalised token that ends in its version.
bool afterVersionedName(string_view s, size_t x) {
  const size_t e = skipBlanksBack(s, x);
  if (e == x || e == 0 || !isDigit(s[e - 1])) return false;
  size_t b = e;
  while (b > 0 && e - b <= kMaxWordLen && (isAlnum(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == '-')) --b;
  if (graph::isUpperAscii(s[b])) return true;  // "Qwen2.5", "GPT-4"
  if (!isDigit(s[b])) return false;
  const PrevWord name = prevWordBefore(s, b);
  const string_view w = name.word;
  return !w.empty() && !name.dotted && graph::isUpperAscii(w[0]) && !isFunctionWord(w) && !isMonth(w) &&
         !looksLikeVerbOrPossessive(w);
}

// The word before the figure: false for a date ("January 27") or a heading's number.
bool readWordBefore(string_view s, size_t at, const Mode& mode, Draft& d) {
  d.prev = prevWordBefore(s, at);
  if (d.prev.heading && !mode.query) return false;
  if (d.prev.word.empty()) {
    d.identifier = afterVersionedName(s, at);
    return true;
  }
  string_view w = d.prev.word;
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (isMonth(w)) return false;
  d.identifier = identifierWords().has(w);
  return true;
}

bool betweenBefore(string_view s, size_t b);

// "between" or "from" right before the figure, which a range may start with; "between" a few words
// back ("between the ages of 7 and 16") lets "and" join the ends too.
void readRangeIntro(string_view s, Draft& d) {
  const size_t q = skipBlanksBack(s, d.begin);
  if (q == d.begin) return;
  if (size_t st = phraseBefore(s, q, "between"); st != kNpos) {
    d.rangeIntro = st;
    d.between = true;
  } else if (size_t st2 = phraseBefore(s, q, "from"); st2 != kNpos) {
    d.rangeIntro = st2;
  } else {
    d.between = betweenBefore(s, d.begin);
  }
}

// The separator after a range's first end at p: a dash, "to", "and" after "between", or "or"
// (`usedOr`; a range only between neighbours, approximateOr).
size_t rangeSeparator(string_view s, size_t p, bool between, bool& dash, bool& usedTo, bool& usedOr) {
  const size_t q = skipBlanks(s, p);
  if (size_t n = dashAt(s, q)) {
    dash = true;
    return q + n;
  }
  if (q == p) return kNpos;
  // "ages 4 through 6": "through" joins a range's ends as "to" does (inclusive, in American usage).
  for (string_view to : {"to", "through"})
    if (size_t t = phraseAt(s, q, to); t != kNpos) {
      usedTo = true;
      return t;
    }
  if (size_t o = phraseAt(s, q, "or"); o != kNpos && !between) {
    usedOr = true;
    return o;
  }
  return between ? phraseAt(s, q, "and") : kNpos;
}

// "4 or 5 years", "four or five", "eleven or twelve": two whole numbers next to each other joined
// by "or" are one approximate amount between them (English's approximative disjunction), where
// "$20 or $200" and "2, 3 or 5 percent" offer alternatives, each a figure of its own.
bool approximateOr(double low, double high) { return low >= 0 && high == low + 1 && std::floor(low) == low; }

// Where the second end's number may start after the separator, past a hedge ("to ~6"), a minus
// sign after a word ("from -1 to -0.5"; a dash joining the ends is no sign's place) and a currency
// ("to $6"); kNpos when "to" has no blank after it.
size_t secondEndStart(string_view s, size_t sep, bool dash, Draft& d) {
  size_t r = skipBlanks(s, sep);
  if (!dash && r == sep) return kNpos;
  if (charAt(s, r) == '~') {
    d.rangeApprox = true;
    r = skipBlanks(s, r + 1);
  } else if (startsWith(s, r, "\xE2\x89\x88")) {
    d.rangeApprox = true;
    r = skipBlanks(s, r + 3);
  }
  if (const size_t sign = dash ? 0 : minusAt(s, r); sign && isDigit(charAt(s, r + sign))) {
    d.b.negative = true;
    r += sign;
  }
  d.b.currency = currencyAt(s, r);
  if (!d.b.currency.code.empty()) r = d.b.currency.end;
  return r;
}

// Whether the first end is a bare year before a figure of another kind: the low end of a range
// is a number of its high end's kind, and "from $12.44 billion in 2023 to $38.59 billion" is
// two figures, the year a date. A currency only the high end carries, or a scale the year
// cannot take ("2023 to 38.59 billion" would span seven orders of magnitude), tells them apart.
bool yearBeforeOtherKind(const Side& a, const Side& b) {
  const bool bareYear = a.num.yearLike && a.currency.code.empty() && a.unit.kind == Kind::kNone && !a.scale.found;
  if (!bareYear) return false;
  if (!b.currency.code.empty()) return true;
  return b.scale.found && a.num.scaled(b.scale.exponent) > b.num.scaled(b.scale.exponent);
}

// Whether two ends of sizes `low` and `high` make a range in the order written, their signs
// counted: "5 to 10", "-1 to 1"; two below zero either way ("-10 to -5", and "-5% to -10%", a gap
// written by its size), but never from above zero to below it ("5 to -5": two figures).
bool endsInOrder(const Side& a, double low, const Side& b, double high) {
  if (a.negative) return true;
  return !b.negative && low <= high;
}

// The scale exponent the first end takes when the two ends make one range ("5-6 million":
// the first takes the second's), or nothing. Units must agree; a unit written only on the
// first end ("17% to 18") is no range, but a currency prefix is ("$5-6 million").
std::optional<int> rangeScale(const Side& a, const Side& b) {
  if (yearBeforeOtherKind(a, b)) return std::nullopt;
  const string_view ua = a.unit.kind != Kind::kNone ? a.unit.unit : a.currency.code;
  const string_view ub = b.unit.kind != Kind::kNone ? b.unit.unit : b.currency.code;
  if (!(ua.empty() || ub.empty() || ua == ub)) return std::nullopt;
  if (a.unit.kind != Kind::kNone && ub.empty()) return std::nullopt;
  if (b.num.yearLike != a.num.yearLike && !b.scale.found) return std::nullopt;
  int e1 = a.scale.found ? a.scale.exponent : 0;
  const int e2 = b.scale.found ? b.scale.exponent : 0;
  if (!a.scale.found && b.scale.found && a.num.scaled(e2) <= b.num.scaled(e2)) e1 = e2;
  if (!endsInOrder(a, a.num.scaled(e1), b, b.num.scaled(e2))) return std::nullopt;
  return e1;
}

// Whether a lower-case word says that a figure moved: a verb of change in a past or -ing form (WordNet's
// verb.change, data/change_verbs.txt: "increased", "reducing", "doubled"), a word of which way a figure
// went (data/measures.tsv's increase, decrease and growth cues: "jumped", "climbed", "rises") or a noun
// of change (data/labelled_measures.tsv: "improvement", "reduction", "gain"). A verb's base or -s form
// that is a noun too is that noun ("control over transitions from 1 to 10 seconds"), not the verb.
bool changeWord(string_view lower) {
  static const graph::WordSet kMovements = [] {
    graph::WordSet out;
    for (const MeasureRule& rule : lexicon().measures)
      if (rule.label == "increase" || rule.label == "decrease" || rule.label == "growth")
        for (const std::string& cue : rule.cues)
          if (cue.find(' ') == std::string::npos) out.insert(cue);
    return out;
  }();
  if (kMovements.count(lower) || isChangeNoun(lower)) return true;
  bool inflected = false;
  const std::string lemma = verbBase(lower, inflected);
  return !lemma.empty() && lexicon().changeVerbs.count(lemma) && (inflected || verbFormOnly(lower));
}

// The verbs that state a range: "ranging from 6.5% to 23.5%", "varies from 1 to 256", "spans from 2 to
// 8 bits". A range they state stays one, whatever word of change stands before them ("gains ranging from").
bool statesRange(string_view lower) {
  bool inflected = false;
  const std::string lemma = verbBase(lower, inflected);
  return lemma == "range" || lemma == "vary" || lemma == "span";
}

// Whether a word of change (changeWord) governs the "from" at `from`: it stands a few words before it in
// the same clause ("rose from", "an improvement from", "tripled Replit's valuation from", "rises only from").
// "from A to B" is then a value before and a value after, two figures, not a range whose midpoint means
// anything; "ranging from A to B", "between A and B" and "A-B" stay ranges.
bool changeGovernsFrom(string_view s, size_t from) {
  constexpr int kChangeWordsBack = 4;
  size_t at = from;
  for (int k = 0; k < kChangeWordsBack; ++k) {
    const PrevWord w = prevWordBefore(s, at);
    if (w.word.empty() || w.dotted) return false;
    const std::string lower = graph::lowerAscii(w.word);
    if (statesRange(lower)) return false;
    if (changeWord(lower)) return true;
    at = static_cast<size_t>(w.word.data() - s.data());
  }
  return false;
}

// The first end of "from A to B" after a word of change, a figure of its own, takes what the two ends
// share from the second: its scale ("from 5 to 6 million") and its unit ("from 10 to 25%").
void keepFirstOfChange(Draft& d, int exponent) {
  d.a.scale.exponent = exponent;
  d.a.scale.found = d.a.scale.found || d.b.scale.found;
  if (d.a.unit.kind == Kind::kNone && d.a.currency.code.empty()) {
    d.a.unit = d.b.unit;
    d.a.unit.end = d.a.end;
  }
  if (d.a.unit.kind == Kind::kNone && d.a.currency.code.empty()) d.a.currency.code = d.b.currency.code;
}

// A range after the first end: "589 billion to 593 billion", "$5-6 million", "17-18%",
// "between X and Y". False when a dash glues the number to another that makes no range
// ("2025-01-27", "1-0"): not one figure and not two. "from A to B" after a word of change is two
// figures (changeGovernsFrom).
bool readRange(string_view s, bool moneyBefore, Draft& d) {
  const size_t p = d.a.end;
  bool dash = false;
  const size_t sep = rangeSeparator(s, p, d.between, dash, d.usedTo, d.usedOr);
  if (sep == kNpos) return true;
  const size_t r = secondEndStart(s, sep, dash, d);
  const bool glued = dash && skipBlanks(s, p) == p && r == sep && (isDigit(charAt(s, r)) || charAt(s, r) == '.');
  if (r != kNpos && numberAt(s, r, d.b.num) && readRight(s, d.b, moneyBefore || !d.b.currency.code.empty())) {
    const std::optional<int> e1 = rangeScale(d.a, d.b);
    const bool neighbours =
        !d.usedOr || (d.a.num.integer && d.b.num.integer && !d.a.scale.found && !d.b.scale.found && !d.a.negative &&
                      !d.b.negative && approximateOr(d.a.num.plain, d.b.num.plain));
    const bool change = e1 && d.usedTo && !d.between && d.rangeIntro != kNpos && changeGovernsFrom(s, d.rangeIntro);
    if (change) keepFirstOfChange(d, *e1);
    if (e1 && neighbours && !change) {
      d.isRange = true;
      if (d.usedOr) d.rangeApprox = true;
      d.a.scale.exponent = *e1;
      d.a.scale.found = d.a.scale.found || d.b.scale.found;
      d.end = d.b.end;
      return true;
    }
  }
  // No range: the second end's currency and hedge are the next figure's ("in 2021 to $9").
  d.b = Side{};
  d.rangeApprox = false;
  d.usedOr = false;
  return !glued;
}

// The unit: the second end's, else the first's, else a currency prefix.
void resolveUnit(Draft& d) {
  d.unit = d.isRange && d.b.unit.kind != Kind::kNone ? d.b.unit : d.a.unit;
  const string_view code = d.a.currency.code.empty() ? d.b.currency.code : d.a.currency.code;
  d.kind = d.unit.kind;
  if (d.kind == Kind::kNone && !code.empty()) {
    d.kind = Kind::kMoney;
    d.unitText = std::string(code);
  } else if (d.kind != Kind::kNone) {
    d.unitText = std::string(d.unit.unit);
  }
  if (d.kind == Kind::kMoney && d.unit.kind == Kind::kMoney && !code.empty() && d.unit.unit == "USD")
    d.unitText = std::string(code);  // "HK$5 dollars" keeps the prefix's code
  d.hasScale = d.a.scale.found || (d.isRange && d.b.scale.found);
  const bool plus = d.a.plus || (d.isRange && d.b.plus);
  if (plus && d.bound == Bound::kExact) d.bound = Bound::kAtLeast;
}

// A unit written before its number, as a scale's name is: "magnitude 7.3", "a magnitude 6.4
// earthquake". Only a unitless scale is read so; "km 5" is a marker, not a length.
// "an apparent magnitude of 0.34": the scale's name joined to its number by "of" reads so too.
void readUnitBefore(string_view s, Draft& d) {
  if (d.kind != Kind::kNone || d.prev.word.empty()) return;
  string_view before = d.prev.word;
  if (ieq(before, "of") || ieq(before, "is") || ieq(before, "was"))
    before = prevWordBefore(s, static_cast<size_t>(before.data() - s.data())).word;
  // "a colour index of 0.42": a colour index is a difference of two magnitudes, written in them (IAU).
  // Its words stay before the figure, where they name its measure (data/measures.tsv).
  bool index = false;
  if (ieq(before, "index")) {
    const string_view colour = prevWordBefore(s, static_cast<size_t>(before.data() - s.data())).word;
    if (!ieq(colour, "color") && !ieq(colour, "colour")) return;
    index = true;
    before = "magnitude";
  }
  if (!ieq(before, "magnitude")) return;
  const size_t q = skipBlanks(s, d.end);
  if (charAt(s, q) == 'x' || startsWith(s, q, "\xC3\x97")) return;  // "magnitude 100x larger": a ratio
  const UnitWord* u = unitWord(before);
  if (u == nullptr) return;
  d.unit = {u->kind, u->unit, u->exponent, d.end};
  d.kind = u->kind;
  d.unitText = std::string(u->unit);
  if (!index) d.begin = static_cast<size_t>(before.data() - s.data());
}

// A physical amount per a thing or a time is a rate, written as "/" writes it: "60 miles per hour"
// -> `mi/h`, "15.1 yards per rec." -> `yd/rec`, "4 kg per person" -> `kg/person`; a time word gets
// its symbol (s, min, h, day, week, month, yr). Not "per 1,000 inhabitants" (a number follows) nor
// "per cent".
// Durations stay durations, as "5 hours per day" does ("2.5 μs per shot" is 2.5e-6 seconds).
void readPhysicalRate(string_view s, Draft& d) {
  if (d.kind != Kind::kPhysical || d.unitText.find('/') != std::string::npos) return;
  if (d.unitText == "seconds" || d.unitText == "years") return;
  const size_t q = skipBlanks(s, d.end);
  if (q == d.end) return;
  const size_t per = phraseAt(s, q, "per");
  if (per == kNpos) return;
  const size_t r = skipBlanks(s, per);
  const size_t e = lettersEnd(s, r);
  if (r == per || e == r || isAlnum(charAt(s, e)) || charAt(s, e) == '-') return;
  const string_view w = s.substr(r, e - r);
  if (isFunctionWord(w) || ieq(w, "cent") || ieq(w, "centum")) return;
  static constexpr std::pair<string_view, string_view> kTimes[] = {
      {"second", "s"}, {"sec", "s"},     {"minute", "min"},  {"min", "min"}, {"hour", "h"},  {"hr", "h"},
      {"day", "day"},  {"week", "week"}, {"month", "month"}, {"year", "yr"}, {"annum", "yr"}};
  std::string thing;
  for (const auto& [word, symbol] : kTimes)
    if (ieq(w, word)) thing = symbol;
  if (thing.empty()) thing = graph::lowerAscii(w);
  // "4 teraFLOPs per second" is 4 TFLOPS: FLOPS already counts per second.
  if (d.unitText == "FLOPS" && thing == "s") {
    d.end = e;
    return;
  }
  d.unitText += "/" + thing;
  d.end = e;
}

// A rate: "2 dollars per GPU-hour", "$0.14 per million tokens", "$20/month".
void readRate(string_view s, Draft& d) {
  if (d.kind != Kind::kMoney) return;
  std::string thing;
  const size_t r = rateAt(s, d.end, thing);
  if (r == kNpos) return;
  d.unitText.append("/").append(thing);
  d.end = r;
  d.rate = true;
  // "$40/user/month", "$40 per user per month": a price per head and per period.
  if (const size_t r2 = rateAt(s, d.end, thing); r2 != kNpos) {
    d.unitText.append("/").append(thing);
    d.end = r2;
  }
}

// Whether "times" ending at p says how often ("3 times a week", "4 times per day", "twice yearly").
bool frequencyAfter(string_view s, size_t p) {
  const size_t q = skipBlanks(s, p);
  const string_view w = s.substr(q, lettersEnd(s, q) - q);
  for (string_view f : {"a", "an", "per", "daily", "weekly", "monthly", "yearly", "annually"})
    if (ieq(w, f)) return true;
  return false;
}

// Whether "times" or "twice" ending at p counts occasions ("named All-American three times,
// twice as a first team", "won it twice in 1992", "run it 8 times using ...") rather than make
// a ratio or a frequency: a comparative ("three times faster", "six times more expensive"),
// "as" without an article ("twice as many"; "twice as a starter" counts), an article or
// determiner ("twice the size", "100 times their investment", "three times a week", "twice
// that"), "per" or "than".
bool occasionsAfter(string_view s, size_t p) {
  const size_t q = skipBlanks(s, p);
  const string_view w = s.substr(q, lettersEnd(s, q) - q);
  if (q == p || w.empty()) return true;
  if (ieq(w, "as")) {
    const size_t r = skipBlanks(s, q + 2);
    const string_view article = s.substr(r, lettersEnd(s, r) - r);
    return ieq(article, "a") || ieq(article, "an") || ieq(article, "the");
  }
  if (frequencyAfter(s, p)) return false;  // "three times a week", "twice yearly"
  if (isPossessiveDeterminer(graph::lowerAscii(w))) return false;
  for (string_view r : {"more", "less", "fewer", "the", "that", "this", "what", "than"})
    if (ieq(w, r)) return false;
  // "faster", "larger", "greater": a comparative, which no preposition ending in -er is
  const bool comparative = w.size() > 4 && ieq(w.substr(w.size() - 2), "er") && !ieq(w, "after") && !ieq(w, "over") &&
                           !ieq(w, "under") && !ieq(w, "ever") && !ieq(w, "together");
  return !comparative;
}

// Whether a noun after the number makes it a count: "2.5 stars" is a rating, "3.5 Sonnet"
// a name; "hired 2000 people" counts, "in 2021 researchers" is a year.
bool countsNoun(const Draft& d, const NounHit& nh, const Mode& mode) {
  const bool decimal = !d.a.num.integer || (d.isRange && !d.b.num.integer);
  // "2.6 turns per conversation": a decimal count of things per another thing is an average.
  const bool average = nh.plural && !nh.capitalised && nh.noun.find(" per ") != std::string::npos;
  if (decimal && !d.hasScale && !average) return false;
  if (mode.query || !d.a.num.yearLike || d.hasScale) return true;
  const string_view w = d.prev.word;
  const bool temporal = w.empty() || temporalWords().has(w) || graph::isUpperAscii(w[0]);
  return nh.plural && !nh.capitalised && !temporal;
}

struct NumberWord {
  string_view word;
  int value;
};

// Cardinals written out ("eight co-authors", "six medals", "twenty-five languages") are read by the one
// table of cardinal words (Cardinals.h); "one" stands only before a scale ("one trillion"). These are
// the number words that are no cardinals: "half" only before "a" and a scale ("half a trillion"),
// "dozen" only after "a", "dozens" only before "of" (at least 24).
constexpr NumberWord kOtherNumberWords[] = {{"dozen", 12}, {"dozens", 24}, {"half", 0}, {"twice", 2}, {"thrice", 3}};

// "twice" and "thrice" are a number and its "times" in one word: occasions or a ratio, never
// a cardinal before a noun.
bool isMultiplicative(string_view w) { return ieq(w, "twice") || ieq(w, "thrice"); }

// Where a word's first three letters (ASCII, either case) stand among the 26^3 such openings.
size_t openingIndex(string_view w) {
  auto letter = [&](size_t k) { return static_cast<size_t>(graph::lowerAscii(w[k]) - 'a'); };
  return (letter(0) * 26 + letter(1)) * 26 + letter(2);
}

// The first three letters of every number word numberWordValue knows (each has three or more): the
// words that open with a number word's letters ("t", "f", "s") are mostly "the", "that", "for", "so",
// which numberWordAt turns away on these three letters before it compares them with each list.
const std::bitset<26 * 26 * 26>& numberWordOpenings() {
  static const std::bitset<26 * 26 * 26> kOpenings = [] {
    std::bitset<26 * 26 * 26> openings;
    for (string_view w : cardinalWords()) openings.set(openingIndex(w));
    for (const NumberWord& n : kOtherNumberWords) openings.set(openingIndex(n.word));
    return openings;
  }();
  return kOpenings;
}

// The value of a number word, or -1. "zero" is none here: no figure the reader gives is zero of a
// noun ("zero-shot" names a setting).
int numberWordValue(string_view w) {
  if (const int v = cardinalWordValue(w); v >= 1) return v;
  for (const NumberWord& n : kOtherNumberWords)
    if (ieq(w, n.word)) return n.value;
  return -1;
}

// The noun a hyphen joins to the number at p, as an adjective before a noun: "a 400,000-token
// context window", "an 81-storey building", "671B-parameter", "2-million-token" (its scale
// already read). One lower-case word that is no function word; without a scale it must modify a
// lower-case word after it, so a label standing alone ("5-shot |") is none. A year never takes
// one ("2024-style").
NounHit hyphenedNounAt(string_view s, size_t p, const Draft& d) {
  NounHit hit;
  const size_t h = wordHyphenAt(s, p);
  if (!h || !graph::isLowerAscii(charAt(s, p + h)) || (d.a.num.yearLike && !d.hasScale)) return hit;
  const size_t e = lettersEnd(s, p + h);
  const string_view w = s.substr(p + h, e - (p + h));
  if (isAlnum(charAt(s, e)) || isFunctionWord(w)) return hit;
  if (!d.hasScale) {
    const size_t q = skipBlanks(s, e);
    const size_t qe = lettersEnd(s, q);
    if (q == e || !graph::isLowerAscii(charAt(s, q)) || isFunctionWord(s.substr(q, qe - q))) return hit;
  }
  hit.noun.assign(w);
  hit.end = e;
  hit.found = true;
  return hit;
}

// "a three-stage pipeline", "a two-step process", "a five-tier system": a number word a hyphen joins
// to a noun before another noun is an adjective counting that noun, as "a 3-stage pipeline" is
// (hyphenedNounAt). Not a word WordNet has no noun for ("two-sided", "three-dimensional": adjectives,
// the dimensions StatedValues.h reads), the suffix "-fold" (a multiplier), nor a fraction
// ("two-thirds", "three-quarters").
NounHit hyphenedCountAt(string_view s, size_t p) {
  NounHit hit = hyphenedNounAt(s, p, Draft{});
  if (!hit.found) return hit;
  const std::string lower = graph::lowerAscii(hit.noun);
  const bool fraction = lower.ends_with("ths") || lower == "thirds" || lower == "quarters" || lower == "halves";
  if (fraction || lower == "fold" || nounless(lower)) hit.found = false;
  return hit;
}

// A partitive after a whole number at q: "96 of his scientific works", "23 of them", "12 of the
// 40 stations" count members of a definite group, which the determiner after "of" makes
// definite (possessives, "the", "these", "those"; "them" names the group without a noun). The
// noun is the group's plural noun, or none after "them"; not found when no plural follows.
NounHit partitiveAt(string_view s, size_t q) {
  NounHit hit;
  const size_t of = phraseAt(s, q, "of");
  if (of == kNpos) return hit;
  const size_t d = skipBlanks(s, of);
  const size_t de = lettersEnd(s, d);
  if (d == of || de == d || isAlnum(charAt(s, de))) return hit;
  const string_view det = s.substr(d, de - d);
  if (det == "them") {
    hit.end = de;
    hit.plural = true;
    hit.found = true;
    return hit;
  }
  const bool definite = det == "the" || det == "these" || det == "those" || isPossessiveDeterminer(det);
  const size_t n = skipBlanks(s, de);
  if (!definite || n == de || !graph::isLowerAscii(charAt(s, n))) return hit;
  NounHit group = nounAt(s, n);
  if (!group.found || !group.plural || group.capitalised) return hit;
  return group;
}

// "29 of 49 Atari games", "97 of its 162 games": "of" before a whole number no smaller than the
// first, with its noun, makes the first a part of that total, as "out of" does. Not a year ("3 of
// 2024"), a decimal, nor a total without its noun ("1 of 2"). `q` is where "of" may stand: where
// the total ends, or `p` when there is none.
size_t ofTotalAt(string_view s, size_t q, const Number& part, size_t p) {
  size_t t = phraseAt(s, q, "of");
  if (t == kNpos || !part.integer) return p;
  t = skipBlanks(s, t);
  // A determiner between "of" and the total ("29 of its 162 games"): the total is of things just named.
  if (const size_t d = wordEnd(s, t);
      d > t && (ieq(s.substr(t, d - t), "the") || isPossessiveDeterminer(graph::lowerAscii(s.substr(t, d - t)))))
    t = skipBlanks(s, d);
  Number total;
  if (!numberAt(s, t, total) || !total.integer || total.yearLike || total.plain < part.plain) return p;
  const size_t n = skipBlanks(s, total.end);
  if (n == total.end || !graph::isLetterAscii(charAt(s, n)) || isFunctionWord(s.substr(n, wordEnd(s, n) - n))) return p;
  return total.end;
}

// "79 out of 570 models": a count with its total. The total is read past and kept only in the
// figure's text; the value is the first number, which is what the sentence counts. Returns
// where the total ends, or `p` when there is none.
size_t outOfTotalAt(string_view s, size_t p, const Number* part = nullptr) {
  const size_t q = skipBlanks(s, p);
  if (q == p) return p;
  const size_t r = phraseAt(s, q, "out of");
  if (r == kNpos) return part != nullptr ? ofTotalAt(s, q, *part, p) : p;
  const size_t t = skipBlanks(s, r);
  if (t == r) return p;
  Number total;
  if (numberAt(s, t, total)) return isAlnum(charAt(s, total.end)) ? p : total.end;
  const size_t e = lettersEnd(s, t);  // "three out of four"
  return numberWordValue(s.substr(t, e - t)) > 1 && !isAlnum(charAt(s, e)) ? e : p;
}

void readCountPerSecond(string_view s, Draft& d);
bool relativeTimeAfter(string_view s, size_t p);

// "two dozen men", "2 dozen references": "dozen" between a number and its noun multiplies by 12.
void takeDozen(Draft& d) {
  constexpr string_view kDozen = "dozen ";
  if (d.noun.size() <= kDozen.size() || !ieq(string_view(d.noun).substr(0, kDozen.size()), kDozen)) return;
  d.noun.erase(0, kDozen.size());
  d.factor = 12;
}

// Whether a title goes on past a capitalised noun that ends at `end`: a preposition that joins a
// title's words ("of", "for", "to"), perhaps "the", then a capitalised word: "26 Principles of Good
// Prompt", "6 Ways to Automate Project Management", "24 Advanced Prompts for Copywriting". The number names
// the work, not a count of its things.
bool titleGoesOn(string_view s, size_t end) {
  size_t at = skipBlanks(s, end);
  if (at == end) return false;
  size_t joined = kNpos;
  for (string_view join : {"of", "for", "to"})
    if ((joined = phraseAt(s, at, join)) != kNpos) break;
  if (joined == kNpos || skipBlanks(s, joined) == joined) return false;
  at = skipBlanks(s, joined);
  if (const size_t the = phraseAt(s, at, "the"); the != kNpos && skipBlanks(s, the) != the) at = skipBlanks(s, the);
  return graph::isUpperAscii(charAt(s, at)) && graph::isLetterAscii(charAt(s, at + 1)) &&
         !graph::isUpperAscii(charAt(s, at + 1));
}

// "1 indicates its presence", "with 0 indicating no overlap", "a score of 1 due to chance": a lone
// word after the number that is its verb (verbFormOnly), or an adjective that takes "to" after it
// ("due to", "close to", "equal to"), is no noun the number counts. A verb's -s form agrees with a
// singular subject, so after any other number than 0 or 1 it is a plural noun WordNet may lack ("5
// million downloads", "3,776 commits").
bool predicatesNumber(string_view s, const NounHit& nh, const Draft& d) {
  if (nh.noun.find(' ') != std::string::npos || nh.capitalised) return false;
  const std::string lower = graph::lowerAscii(nh.noun);
  if (verbFormOnly(lower) && (!lower.ends_with('s') || (d.a.num.integer && d.a.num.plain <= 1 && !d.hasScale)))
    return true;
  const size_t q = skipBlanks(s, nh.end);
  return !nh.plural && q > nh.end && phraseAt(s, q, "to") != kNpos && wordNetAdjectives().count(lower) > 0;
}

// "3 or more agents", "five or fewer steps": a bound English writes between a number and the noun it
// counts, as "3 agents or more" writes it after. The bound and the plural noun past it, when a bound
// stands at q and a lower-case plural noun after it; nullopt otherwise (the noun is then read at q).
struct BoundedNoun {
  Bound bound = Bound::kExact;
  NounHit noun;
};
std::optional<BoundedNoun> pluralPastBound(string_view s, size_t q) {
  if (charAt(s, q) != 'o') return std::nullopt;
  for (const auto& [phrase, b] : {std::pair{"or more", Bound::kAtLeast}, std::pair{"or fewer", Bound::kAtMost},
                                  std::pair{"or less", Bound::kAtMost}}) {
    const size_t r = phraseAt(s, q, phrase);
    if (r == kNpos) continue;
    const size_t past = skipBlanks(s, r);
    if (past == r || !graph::isLowerAscii(charAt(s, past))) return std::nullopt;
    NounHit noun = nounAt(s, past);
    if (!noun.plural) return std::nullopt;
    return BoundedNoun{b, std::move(noun)};
  }
  return std::nullopt;
}

// The figure a multiplier: "three times the mass", "twice as large".
void takeFactor(Draft& d) {
  d.kind = Kind::kFactor;
  d.unitText = std::string(kFactorUnit);
}

// The figure a count of `noun`: "eight co-authors", "twice" (of "times").
void takeCount(Draft& d, std::string noun) {
  d.kind = Kind::kCount;
  d.unitText = "count";
  d.noun = std::move(noun);
}

// The figure a quantity in the unit a plural noun's head names, the noun ending at `end`: "four
// post-graduate months".
void takeUnitHead(Draft& d, const UnitWord& head, size_t end) {
  d.kind = head.kind;
  d.unitText = std::string(head.unit);
  d.unit = {head.kind, head.unit, head.exponent, end};
}

// A counted noun: "50,000 Hopper-class GPUs", "671 billion total parameters".
void readCountedNoun(string_view s, const Mode& mode, Draft& d) {
  if (d.kind != Kind::kNone) return;
  const size_t total = d.isRange ? d.end : outOfTotalAt(s, d.end, &d.a.num);
  // A share of a total is a figure even when its noun is left unsaid; a whole one counts
  // something, a decimal one ("92.4 out of 100") is a score with no unit.
  d.outOf = total != d.end;
  d.end = total;
  if (d.outOf && d.a.num.integer) {
    d.kind = Kind::kCount;
    d.unitText = "count";
  }
  size_t q = skipBlanks(s, d.end);
  NounHit nh = q == d.end ? hyphenedNounAt(s, d.end, d) : NounHit{};
  if (q <= d.end && !nh.found) return;
  if (!d.isRange && !d.outOf && !nh.found)
    if (std::optional<BoundedNoun> bounded = pluralPastBound(s, q)) {
      nh = std::move(bounded->noun);
      d.bound = bounded->bound;
    }
  if (!nh.found) nh = nounAt(s, q);
  if (!nh.found && !d.isRange && d.a.num.integer && !d.a.num.yearLike && !d.hasScale) nh = partitiveAt(s, q);
  if (nh.found && ieq(nh.noun, "times") && !occasionsAfter(s, nh.end)) {  // "3.5 times faster": a multiplier
    d.frequency = frequencyAfter(s, nh.end);
    if (d.frequency) return;
    takeFactor(d);
    d.end = nh.end;
    return;
  }
  if (!nh.found || !countsNoun(d, nh, mode) || predicatesNumber(s, nh, d)) return;
  if (nh.capitalised && titleGoesOn(s, nh.end)) return;  // "Tell me 26 Principles of Good Prompt"
  const string_view noun = nh.noun;
  // "H800 GPU hours" is compute, not a count of hours.
  if (noun.size() >= 9 &&
      (ieq(noun.substr(noun.size() - 9), "gpu hours") || ieq(noun.substr(noun.size() - 9), "gpu-hours"))) {
    d.kind = Kind::kGpuHours;
    d.unitText = "GPU-hours";
  } else if (const UnitWord* head = unitHeadOf(noun); head != nullptr && !d.outOf) {
    if (head->kind == Kind::kTime && relativeTimeAfter(s, nh.end)) return;  // "two full years later" tells a story
    takeUnitHead(d, *head, nh.end);
  } else {
    takeCount(d, std::move(nh.noun));
    takeDozen(d);
  }
  d.end = nh.end;
  readCountPerSecond(s, d);
}

// "52 tokens per second", "300 tokens/s": counted things per second are a rate, written
// `<noun>/s` with the noun's last word ("tokens/s", "frames/s").
// "10^4 features/mm2", "300 cells/mm²", "5 trees/ha": counted things over a unit symbol after a
// slash are a density, written `<noun>/<symbol>` as the text writes it ("features/mm2"), with no
// conversion of the symbol (a count per mm2 is not one per m2). The symbol is one of
// data/units.tsv's, alone or raised to a power ("mm2", "mm²", "cm3").
// The symbol of the physical unit written at q, raised to a power if it is ("km2", "km²" ->
// "km2"; "square kilometres" -> "km2", the first symbol of its data/units.tsv row), and its end
// in `end`; empty when no unit of data/units.tsv stands there.
std::string unitSymbolAt(string_view s, size_t q, size_t& end) {
  const size_t e = lettersEnd(s, q);
  if (e == q) return {};
  const string_view letters = s.substr(q, e - q);
  if (unitIndex().glued.contains(letters)) {
    std::string symbol(letters);
    end = e;
    if (startsWith(s, e, "\xC2\xB2") || startsWith(s, e, "\xC2\xB3")) {
      symbol += s[e + 1] == '\xB2' ? '2' : '3';
      end = e + 2;
    } else if ((charAt(s, e) == '2' || charAt(s, e) == '3') && !isAlnum(charAt(s, e + 1))) {
      symbol += s[e];
      end = e + 1;
    }
    return isAlnum(charAt(s, end)) ? std::string() : symbol;
  }
  size_t phraseEnd = 0;
  const UnitWord* u = unitPhraseAt(s, q, letters, phraseEnd);
  if (u == nullptr && (u = unitWord(letters)) != nullptr) phraseEnd = e;
  if (u == nullptr || u->kind != Kind::kPhysical) return {};
  for (const UnitWord& g : physicalUnits().glued)
    if (g.unit == u->unit && g.exponent == u->exponent) {
      end = phraseEnd;
      return std::string(g.word);
    }
  return {};
}

// "174 inhabitants per km2", "335 people per square kilometre": counted things per a physical
// unit are a density as "/" writes it ("inhabitants/km2"), the unit named by its symbol.
bool readCountPerWrittenUnit(Draft& d) {
  const size_t per = d.noun.rfind(" per ");
  if (per == std::string::npos) return false;
  const string_view tail = string_view(d.noun).substr(per + 5);
  size_t end = 0;
  std::string symbol = unitSymbolAt(tail, 0, end);
  if (symbol.empty()) {
    // "235 FLOPs per byte": a unit data/units.tsv gives no symbol of its own is written as its word.
    const UnitWord* u = unitWord(tail);
    if (u == nullptr || u->kind != Kind::kPhysical) return false;
    symbol = graph::lowerAscii(tail);
    end = tail.size();
  }
  if (end != tail.size()) return false;
  d.kind = Kind::kPhysical;
  d.unitText = lastWordLower(string_view(d.noun).substr(0, per)) + "/" + symbol;
  return true;
}

void readCountPerUnit(string_view s, Draft& d) {
  if (readCountPerWrittenUnit(d)) return;
  if (charAt(s, d.end) != '/' || d.noun.empty()) return;
  const size_t b = d.end + 1;
  const size_t e = lettersEnd(s, b);
  if (e == b) return;
  const string_view symbol = s.substr(b, e - b);
  if (!unitIndex().glued.contains(symbol)) return;
  char power = 0;
  size_t end = e;
  if (startsWith(s, e, "\xC2\xB2") || startsWith(s, e, "\xC2\xB3")) {  // "mm²", "cm³"
    power = s[e + 1] == '\xB2' ? '2' : '3';
    end = e + 2;
  } else if (charAt(s, e) == '2' || charAt(s, e) == '3') {
    power = s[e];
    end = e + 1;
  }
  if (isAlnum(charAt(s, end))) return;
  std::string unit = lastWordLower(d.noun);
  unit += '/';
  unit += symbol;
  if (power) unit += power;
  d.kind = Kind::kPhysical;
  d.unitText = std::move(unit);
  d.end = end;
}

// "(287.1/km²)", "72/sq mi": a bare number per a unit symbol, as census tables and {{convert}}'s
// density codes write a density, counts things per that unit: `count/<symbol>`.
// "174 per square kilometre" ({{convert|174|/km2}} as it shows) reads so too.
void readBarePerUnit(string_view s, Draft& d) {
  if (d.kind != Kind::kNone) return;
  size_t at = kNpos;
  if (charAt(s, d.end) == '/') {
    at = d.end + 1;
  } else if (const size_t q = skipBlanks(s, d.end); q > d.end) {
    if (const size_t per = phraseAt(s, q, "per"); per != kNpos && skipBlanks(s, per) > per) at = skipBlanks(s, per);
  }
  if (at == kNpos) return;
  size_t end = 0;
  const std::string symbol = unitSymbolAt(s, at, end);
  if (symbol.empty()) return;
  d.kind = Kind::kPhysical;
  d.unitText = "count/" + symbol;
  d.end = end;
}

// The periods a count is read per, and how a rate writes them: "second" is "s" as "tokens/s" has
// it; the others are their own singular word ("tokens/year", "requests/month"). `adverb` is the
// word that says "per" it alone ("annually", "monthly").
struct CountPeriod {
  string_view word;
  string_view unit;
  string_view adverb;
};
constexpr CountPeriod kCountPeriods[] = {{"minute", "minute", ""},   {"min", "minute", ""},
                                         {"hour", "hour", "hourly"}, {"day", "day", "daily"},
                                         {"week", "week", "weekly"}, {"month", "month", "monthly"},
                                         {"year", "year", "yearly"}, {"annum", "year", "annually"}};

const CountPeriod* countPeriod(string_view w) {
  for (const CountPeriod& p : kCountPeriods)
    if (ieq(w, p.word)) return &p;
  return nullptr;
}

// "100 trillion tokens per year", "1 million requests a month", "10 trillion tokens annually",
// "300 requests/day": counted things per a period longer than a second are a rate, written
// `<noun>/<period>` with the noun's last word. False (and `d` untouched) otherwise.
bool readCountPerPeriod(string_view s, Draft& d) {
  if (d.noun.empty()) return false;
  if (const size_t per = d.noun.rfind(" per "); per != std::string::npos) {
    const string_view tail = string_view(d.noun).substr(per + 5);
    const CountPeriod* p = countPeriod(tail.substr(0, tail.find(' ')));
    if (p == nullptr) return false;
    d.kind = Kind::kPhysical;
    d.unitText = lastWordLower(string_view(d.noun).substr(0, per)) + "/" + std::string(p->unit);
    return true;
  }
  const CountPeriod* p = nullptr;
  size_t end = kNpos;
  if (charAt(s, d.end) == '/') {
    end = lettersEnd(s, d.end + 1);
    p = isAlnum(charAt(s, end)) ? nullptr : countPeriod(s.substr(d.end + 1, end - d.end - 1));
  } else if (const size_t q = skipBlanks(s, d.end); q > d.end) {
    const size_t e = wordEnd(s, q);
    const string_view w = s.substr(q, e - q);
    if (ieq(w, "a") || ieq(w, "an")) {
      const size_t r = skipBlanks(s, e);
      end = wordEnd(s, r);
      p = r > e ? countPeriod(s.substr(r, end - r)) : nullptr;
    } else {
      for (const CountPeriod& c : kCountPeriods)
        if (!c.adverb.empty() && ieq(w, c.adverb)) p = &c, end = e;
    }
  }
  if (p == nullptr) return false;
  d.kind = Kind::kPhysical;
  d.unitText = lastWordLower(d.noun) + "/" + std::string(p->unit);
  d.end = end;
  return true;
}

void readCountPerSecond(string_view s, Draft& d) {
  constexpr string_view kPerSecond = " per second";
  // "50,000 tokens per second generation": the "per" tail took the word after "second" too, which
  // is no part of the rate; the noun and the figure end at "second".
  if (const size_t at = d.noun.rfind(" per second "); at != std::string::npos && d.noun.size() > at) {
    const size_t second = s.substr(0, d.end).rfind("second");
    if (second != string_view::npos && second > d.begin) {
      d.noun.resize(at + kPerSecond.size());
      d.end = second + 6;
    }
  }
  const bool said = d.noun.size() > kPerSecond.size() &&
                    d.noun.compare(d.noun.size() - kPerSecond.size(), kPerSecond.size(), kPerSecond) == 0;
  const size_t r = said ? d.end : perSecondAt(s, d.end);
  if (r == kNpos) {
    if (!readCountPerPeriod(s, d)) readCountPerUnit(s, d);
    return;
  }
  const string_view noun = string_view(d.noun).substr(0, said ? d.noun.size() - kPerSecond.size() : d.noun.size());
  d.kind = Kind::kPhysical;
  d.unitText = lastWordLower(noun) + "/s";
  d.end = r;
}

// data/headcount_phrases.tsv: a phrase before a bare number that counts people, and the noun
// the count gets ("a crowd of 10,815" -> crowd).
const std::vector<std::vector<string_view>>& headcountPhrases() {
  static const std::vector<std::vector<string_view>> rows = tsvRows(data::kHeadcountPhrases);
  return rows;
}

// "a population of 14,736", "its population was 559", "a crowd of 10,815", "in front of almost
// 5000": a bare number that counts the people of a place or an event. A phrase marked 'bare'
// counts only a number with no counted noun, so it is read after the noun (`afterNoun`).
void readHeadcount(string_view s, Draft& d, bool afterNoun) {
  if (d.kind != Kind::kNone) return;
  const size_t q = skipBlanksBack(s, d.begin);
  if (q == d.begin) return;
  for (const std::vector<string_view>& row : headcountPhrases()) {
    const bool bare = row.size() > 2 && row[2] == "bare";
    if (row.size() < 2 || bare != afterNoun || phraseBefore(s, q, row[0]) == kNpos) continue;
    takeCount(d, std::string(row[1]));
    return;
  }
}

// "at the age of 7", "children aged 5–12", "from age 11", "ages 4 to 6": a number right after the
// noun "age" (with its "of") or the participle "aged" states an age, which English gives in years
// unless it writes another unit ("aged 18 months"). Whether such a phrase ends at `at`.
bool agePhraseBefore(string_view s, size_t at) {
  const size_t q = skipBlanksBack(s, at);
  if (q == at) return false;
  for (string_view phrase : {"age of", "ages of", "aged", "ages", "age"})
    if (phraseBefore(s, q, phrase) != kNpos) return true;
  return false;
}

// A bare number (or range) after an age phrase: that many years.
void readAge(string_view s, Draft& d) {
  if (d.kind != Kind::kNone || d.hasScale || d.a.num.yearLike) return;
  if (!agePhraseBefore(s, d.rangeIntro != kNpos && d.isRange ? d.rangeIntro : d.begin)) return;
  d.kind = Kind::kTime;
  d.unitText = "years";
}

// "she was 25 when she joined", "when he was fourteen": a bare whole number right after a singular
// personal pronoun and a form of "be", with no noun after it, is the person's age in years (English
// states a person's age so, the unit left unsaid).
bool personCopulaBefore(string_view s, size_t at) {
  const size_t q = skipBlanksBack(s, at);
  if (q == at) return false;
  // Singular only: "we were six" counts a group as often as "they are 7" gives an age.
  for (string_view pronoun : {"he", "she", "i"})
    for (string_view be : {"is", "was", "am"}) {
      std::string phrase(pronoun);
      phrase.append(" ").append(be);
      if (phraseBefore(s, q, phrase) != kNpos) return true;
    }
  return false;
}

void readPersonAge(string_view s, Draft& d) {
  if (!personCopulaBefore(s, d.begin)) return;
  d.kind = Kind::kTime;
  d.unitText = "years";
}

// data/measure_nouns.tsv: nouns whose value English gives as a bare number, the unit the noun's.
const std::vector<std::vector<string_view>>& measureNouns() {
  static const std::vector<std::vector<string_view>> rows = tsvRows(data::kMeasureNouns);
  return rows;
}

// A copula ("is", "stood at") or a verb of change (WordNet's verb.change, data/change_verbs.txt, in
// its past form: "raised", "lowered", "increased") that equates a clause's subject with a value.
bool valueVerb(string_view lower) {
  // The forms of be a verb group holds (Words.h), and the other verbs that equate.
  static const std::array<string_view, 10> kOtherCopulas = {"became", "becomes", "become",   "remains",  "remained",
                                                            "stood",  "stands",  "numbered", "totalled", "totaled"};
  if (isVerbGroupBe(lower) || std::find(kOtherCopulas.begin(), kOtherCopulas.end(), lower) != kOtherCopulas.end())
    return true;
  const std::string lemma = pastVerbLemma(lower);
  return !lemma.empty() && lexicon().changeVerbs.count(lemma) > 0;
}

// The lower-cased words of `s`, letters and digits only.
std::vector<std::string> lowerWords(string_view s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    if (!isAlnum(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && isAlnum(s[j])) ++j;
    out.push_back(graph::lowerAscii(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

// "the age of legal majority was lowered from 21 to 18", "the voting age is 16", "the membership of
// the Senate, which was originally 45, was raised to 63 in 1977 and to 87 in 1985", "a membership of
// 104": a bare whole number that a copula or a verb of change gives as the value of a clause whose
// head noun is a measure noun (data/measure_nouns.tsv: age, population, membership, ...) takes the
// noun's unit, as "the number of X was 623" counts X (readNumberOf). The noun heads its phrase (the
// next word is "of", "in", "for", a comma or the verb: "the age limit was 65" is not an age), the clause runs to
// the number with no punctuation but a relative clause (", which was originally 45,"), and the
// number stands right after the verb or its "to", "from", "at"; "a membership of 104" needs no verb.
void readMeasureNounClause(string_view s, Draft& d) {
  if (d.kind != Kind::kNone || d.hasScale || !d.a.num.integer || d.a.num.yearLike) return;
  // "a headcount of 300 000 students": digits after a space continue the number (a thin-space
  // thousands group), so what was read is only its first group.
  if (charAt(s, d.end) == ' ' && isDigit(charAt(s, d.end + 1))) return;
  constexpr size_t kReach = 120;
  const size_t from = d.begin > kReach ? d.begin - kReach : 0;
  const string_view before = s.substr(from, d.begin - from);
  size_t at = kNpos;
  size_t nounEnd = 0;
  const std::vector<string_view>* found = nullptr;
  for (const std::vector<string_view>& row : measureNouns()) {
    if (row.size() < 2) continue;
    const string_view noun = row[0];
    for (size_t i = 0; i + noun.size() <= before.size(); ++i)
      if (ieq(before.substr(i, noun.size()), noun) && (i == 0 || !isAlnum(before[i - 1])) &&
          !isAlnum(charAt(before, i + noun.size())) && (at == kNpos || i > at)) {
        at = i;
        nounEnd = i + noun.size();
        found = &row;
      }
  }
  if (found == nullptr) {
    readPersonAge(s, d);
    return;
  }
  std::string between(before.substr(nounEnd));
  // A relative clause between the subject and its verb: ", which was originally 45,".
  for (string_view rel : {", which ", ", who ", ", that "})
    if (const size_t r = between.find(rel); r != std::string::npos)
      if (const size_t close = between.find(", ", r + rel.size()); close != std::string::npos)
        between.erase(r, close + 1 - r);
  if (between.find_first_of(",;:()") != std::string::npos) return;
  const std::vector<std::string> words = lowerWords(between);
  if (words.empty()) return;
  const bool appositive = words.size() == 1 && words[0] == "of";  // "a membership of 104"
  // Not the noun as the object of a verb ("X raised the membership of the Senate from 87 to 100"):
  // the clause's subject is then the one who changed it, and the figure would be given to them.
  if (!appositive) {
    const std::string& next = words[0];  // "of", "in", "for" open the noun's own phrase ("the voting age in X")
    if (next != "of" && next != "in" && next != "for" && !valueVerb(next) && next != "has" && next != "had") return;
    if (std::none_of(words.begin(), words.end(), [](const std::string& w) { return valueVerb(w); })) return;
    const std::string& last = words.back();
    if (last != "to" && last != "from" && last != "at" && !valueVerb(last)) return;
  }
  if ((*found)[1] == "years") {
    d.kind = Kind::kTime;
    d.unitText = "years";
    return;
  }
  d.kind = Kind::kCount;
  d.unitText = "count";
  if (found->size() > 2) d.noun = std::string((*found)[2]);
}

// "enhances the resolution by a factor of 4", "a factor of about 2.5": the noun "factor" before
// "of" and a bare number names a multiplier, as "4 times" and "4-fold" do after one.
void readFactorOf(string_view s, Draft& d) {
  if (d.kind != Kind::kNone || d.isRange || d.hasScale || d.a.num.yearLike) return;
  size_t e = d.begin;
  while (e > 0 && s[e - 1] == ' ') --e;
  constexpr string_view kFactorOf = "factor of";
  if (e < kFactorOf.size() || !ieq(s.substr(e - kFactorOf.size(), kFactorOf.size()), kFactorOf)) return;
  if (e > kFactorOf.size() && isAlnum(s[e - kFactorOf.size() - 1])) return;
  takeFactor(d);
}

// "the number of passenger cars per 1,000 inhabitants was 623", "the number of pupils stood at
// 1,240": a bare number that a copula gives as "the number of" things is a count of them (English
// grammar: "the number of X" is the subject the copula equates with the number).
void readNumberOf(string_view s, Draft& d) {
  if (d.kind != Kind::kNone || d.isRange || !d.a.num.integer || d.hasScale) return;
  const size_t q = skipBlanksBack(s, d.begin);
  if (q == d.begin) return;
  size_t verb = kNpos;
  for (string_view copula : {"was", "is", "were", "are", "stood at", "reached", "totalled", "totaled", "numbered"})
    if ((verb = phraseBefore(s, q, copula)) != kNpos) break;
  if (verb == kNpos) return;
  constexpr size_t kReach = 120;  // "the number of" opens the same clause, a few words back
  const size_t from = verb > kReach ? verb - kReach : 0;
  const string_view before = s.substr(from, verb - from);
  size_t at = kNpos;
  for (size_t i = 0; i + 13 <= before.size(); ++i)
    if (ieq(before.substr(i, 13), "the number of") && (i == 0 || !isAlnum(before[i - 1]))) at = i;
  if (at == kNpos) return;
  const string_view between = before.substr(at);
  if (between.find_first_of(";:") != string_view::npos || between.find(", ") != string_view::npos) return;
  const NounHit nh = nounAt(s, skipBlanks(s, from + at + 13));
  takeCount(d, nh.found ? nh.noun : std::string("number"));
}

// "more than 10^10 (ten billion) years", "3,000 (three thousand) km": a number restated in brackets
// right after it (the brackets open with a number in words or digits) is the same amount, so the
// unit after the closing bracket is both's. The bracket's content is short and holds no bracket.
void readGlossedUnit(string_view s, Draft& d) {
  if (d.kind != Kind::kNone) return;
  constexpr size_t kLongestGloss = 40;
  const size_t open = skipBlanks(s, d.end);
  if (open == d.end || charAt(s, open) != '(') return;
  const size_t close = s.find_first_of("()", open + 1);
  if (close == string_view::npos || s[close] != ')' || close - open > kLongestGloss) return;
  const size_t first = open + 1;
  const bool restated =
      isDigit(charAt(s, first)) || numberWordValue(s.substr(first, lettersEnd(s, first) - first)) >= 0;
  if (!restated) return;
  const UnitHit unit = unitAt(s, close + 1, d.hasScale);
  if (unit.kind == Kind::kNone || skipBlanks(s, close + 1) == close + 1) return;
  d.unit = unit;
  d.kind = unit.kind;
  d.unitText = std::string(unit.unit);
  d.end = unit.end;
}

// "27 January 2025", "27–28 January": a day before a month is a date.
bool followedByMonth(string_view s, const Draft& d) {
  if (d.kind != Kind::kNone && d.kind != Kind::kCount) return false;
  const size_t from = d.isRange ? d.b.end : d.a.end;
  const size_t q = skipBlanks(s, from);
  const size_t e = lettersEnd(s, q);
  return q > from && isMonth(s.substr(q, e - q));
}

// Trailing hedges: "or more", "or so", "or less", "or fewer".
void readTrailingHedge(string_view s, Draft& d) {
  struct Trailing {
    string_view phrase;
    bool approximate;
    Bound bound;
  };
  static constexpr Trailing kTrailing[] = {{"or more", false, Bound::kAtLeast},
                                           {"or so", true, Bound::kExact},
                                           {"or less", false, Bound::kAtMost},
                                           {"or fewer", false, Bound::kAtMost}};
  const size_t q = skipBlanks(s, d.end);
  if (q == d.end || (charAt(s, q) != 'o' && charAt(s, q) != 'O')) return;
  for (const Trailing& t : kTrailing) {
    const size_t r = phraseAt(s, q, t.phrase);
    if (r == kNpos) continue;
    if (t.approximate) d.approximate = true;
    if (t.bound != Bound::kExact && d.bound == Bound::kExact) d.bound = t.bound;
    d.end = r;
    return;
  }
}

// In running text, a year ("in 2022", "2016–2023") and a number in a name ("S&P 500",
// "Fortune 500", "Mistral 7B", "number 1", "Article 5") are no figures unless they carry a
// currency or a percent ("top 10%" is still a share).
// "Supports", "Offers", "Reaches": a capitalised word in -s or -es whose stem WordNet lists as a verb.
bool opensWithVerb(string_view w) {
  if (w.size() < 4 || !graph::isUpperAscii(w[0]) || w.back() != 's') return false;
  const std::string lower = graph::lowerAscii(w);
  const string_view stem = string_view(lower).substr(0, lower.size() - 1);
  return isVerbWord(stem) || (stem.ends_with('e') && isVerbWord(stem.substr(0, stem.size() - 1)));
}

// "Search", "Generate": a capitalised word whose lower case WordNet lists as a verb, only as one
// unless `scaled` (the number after it has a scale: "Search 200M").
bool opensWithImperative(string_view w, bool scaled) {
  if (w.size() < 3 || !graph::isUpperAscii(w[0])) return false;
  const std::string lower = graph::lowerAscii(w);
  return scaled ? isVerbWord(lower) : verbOnly(lower);
}

// "It returns the top 25 results", "the search listed the top 10 papers": a rank's number before the
// plural it picks out counts those things, when a verb in the third person or the past gives them (the
// top 25 results are 25 results). Where "top 10" stands alone ("reached the top 10 in May"), in a
// title ("the Top 10 Models"), or in a question or an instruction ("What are the top 5 attractions",
// "Find the top 3 hotels", as plugin pages quote them) it ranks and gives no count.
bool topCountAt(string_view s, const Draft& d) {
  if (!ieq(d.prev.word, "top") || d.kind != Kind::kCount || d.noun.empty() || !graph::isLowerAscii(d.noun[0]) ||
      !looksPlural(string_view(d.noun).substr(0, d.noun.find(" per "))))
    return false;
  const PrevWord the = prevWordBefore(s, static_cast<size_t>(d.prev.word.data() - s.data()));
  if (!ieq(the.word, "the")) return false;
  const std::string verb = graph::lowerAscii(prevWordBefore(s, static_cast<size_t>(the.word.data() - s.data())).word);
  const string_view v = verb;
  const auto verbOf = [](string_view stem) { return !stem.empty() && isVerbWord(stem); };
  if (v.ends_with("ed")) return verbOf(v.substr(0, v.size() - 2)) || verbOf(v.substr(0, v.size() - 1));
  if (v.ends_with("s") && !v.ends_with("ss"))
    return verbOf(v.substr(0, v.size() - 1)) || (v.ends_with("es") && verbOf(v.substr(0, v.size() - 2)));
  return false;
}

bool yearOrName(const Draft& d) {
  if (d.a.num.yearLike && !d.hasScale && d.kind == Kind::kNone) return true;
  const bool carried = d.kind == Kind::kMoney || d.kind == Kind::kPercent ||
                       (d.kind == Kind::kPoints && d.unitText == "percentage points");
  if (carried) return false;
  if (d.identifier) return !d.topCount;
  const string_view w = d.prev.word;
  // "First 1 million requests", "Additional 500 GPUs", "| Maximum 8 Skills per request |": an adjective
  // opening the text or a table cell is capitalised for its place, not as a name; in a cell, where a
  // name's number heads a noun ("| First 100K model |"), only before a unit or a counted plural.
  const string_view counted = string_view(d.noun).substr(0, d.noun.find(" per "));  // "Skills per request"
  const bool cellAdjective = d.prev.opensCell && (d.kind != Kind::kCount || looksPlural(counted));
  if ((d.prev.opens || cellAdjective) && !w.empty() && isAdjective(graph::lowerAscii(w))) return false;
  // "Supports 20+ languages" (a page box's description, a list item with no subject): a verb's
  // third-person form opening the text, before a counted plural, is its verb, not a name.
  if ((d.prev.opens || d.prev.opensCell) && !d.hasScale && opensWithVerb(w) && looksPlural(d.noun) &&
      graph::isLowerAscii(d.noun[0]))
    return false;
  // "Search 200M academic papers", "Generate 5 variations": an imperative opening the text, before a
  // counted plural, is its verb too: a word WordNet lists only as a verb, or one that is also a noun
  // ("Search") before a number with a scale, which no name's number ("Tier 2", "Phase 3") carries.
  if ((d.prev.opens || d.prev.opensCell) && opensWithImperative(w, d.hasScale) && looksPlural(d.noun) &&
      graph::isLowerAscii(d.noun[0]))
    return false;
  return !w.empty() && !d.prev.dotted && graph::isUpperAscii(w[0]) && !isFunctionWord(w) &&
         !looksLikeVerbOrPossessive(w);
}

// A number with no unit: with a scale it takes the money unit of the figure before ("reported
// 589 billion dollars ... the figure of about 593 billion"); written in groups of three ("the
// top performance was 4,692", "a vocabulary size of 131,072") it is a quantity, which no year,
// version or identifier is written as, and counts what its clause names; else it says nothing.
bool settleBareNumber(const Mode& mode, const std::string& lastMoney, Draft& d) {
  if (d.kind != Kind::kNone || mode.query || d.outOf) return true;
  if (!d.hasScale && mode.groupedCounts && d.a.num.grouped && (!d.isRange || d.b.num.grouped)) {
    d.kind = Kind::kCount;
    d.unitText = "count";
    return true;
  }
  if (!d.hasScale) return false;
  if (!lastMoney.empty()) {
    d.kind = Kind::kMoney;
    d.unitText = lastMoney;
  }
  return true;
}

// Whether a count's noun counts tokens, the unit ../shared/CONTRACT.md names for them: the noun
// the number counts is its phrase's head, the plural that closes it ("8.1 trillion tokens", "600
// text tokens", "1 token"), or the singular noun right after the number in a compound, which the
// number modifies as an adjective with or without its hyphen ("a 128K-token context", "a 1.2
// trillion token dataset"). A "per" tail says what the count is per, not what it counts ("30
// tokens per skill" counts tokens, "32,768 values per token" values).
bool countsTokens(string_view noun) {
  noun = noun.substr(0, std::min(noun.size(), noun.find(" per ")));
  const size_t first = std::min(noun.size(), noun.find(' '));
  const string_view head = lastWord(noun);
  return ieq(noun.substr(0, first), "token") || ieq(noun.substr(0, first), "tokens") || ieq(head, "tokens");
}

// The figure in base units, or nothing when a value overflows.
std::optional<Figured> toFigure(string_view s, size_t ne, Draft& d) {
  if (d.kind == Kind::kCount && d.unitText == "count") d.unitText = countUnit(d.noun);
  const int exp1 = (d.a.scale.found ? d.a.scale.exponent : 0) + d.unit.exponent;
  // Every figure keeps its sign: "-40 °C", "-0.5", "a gap of -21.3%". A signed percentage that the
  // extractor reads as a change ("| AWM | 44.4% | 38.5% | -5.9% |", "9,517 (−82.3%)") is a fall the
  // size of its number, as "fell 5.9%" writes it: the extractor stores a change's size, not this.
  const double signA = d.a.negative ? -1.0 : 1.0;
  Figured out;
  Quantity& qty = out.fig.quantity;
  if (d.isRange) {
    const int exp2 = (d.b.scale.found ? d.b.scale.exponent : 0) + d.unit.exponent;
    const double lo = signA * d.a.num.scaled(exp1) * d.factor;
    const double hi = (d.b.negative ? -1.0 : 1.0) * d.b.num.scaled(exp2) * d.factor;
    if (!std::isfinite(lo) || !std::isfinite(hi)) return std::nullopt;
    qty.low = std::min(lo, hi);  // "-5% to -10%" spans -10 to -5
    qty.high = std::max(lo, hi);
    qty.value = lo / 2 + hi / 2;
  } else {
    const double v = signA * d.a.num.scaled(exp1) * d.factor;
    if (!std::isfinite(v)) return std::nullopt;
    qty.value = v;
  }
  qty.unit = std::move(d.unitText);
  qty.approximate = d.approximate || d.rangeApprox;
  qty.bound = d.bound;
  out.fig.begin = d.begin;
  out.fig.end = std::max(d.end, ne);
  out.fig.noun = std::move(d.noun);
  qty.text = std::string(s.substr(out.fig.begin, out.fig.end - out.fig.begin));
  out.money = d.kind == Kind::kMoney && !d.rate;
  out.kind = d.kind;
  out.rate = d.rate;
  out.scaled = d.hasScale;
  out.unitExponent = d.unit.exponent;
  return out;
}

constexpr int kMaxListed = 6;  // "7B, 13B, 34B and 70B parameters": items waiting for one unit

// Where the next number of a list starts after p, past ",", "and", "or" and a currency ("8B
// and 35B", "$20 or $200", "2, 3"); kNpos when no list goes on there.
size_t listedNumberAt(string_view s, size_t p, bool money, Number& n) {
  size_t q = skipBlanks(s, p);
  const bool comma = charAt(s, q) == ',';
  if (comma) q = skipBlanks(s, q + 1);
  size_t r = phraseAt(s, q, "and");
  if (r == kNpos) r = phraseAt(s, q, "or");
  if (r == kNpos && !comma) return kNpos;
  if (r != kNpos) q = skipBlanks(s, r);
  if (const Currency c = currencyAt(s, q); !c.code.empty()) {
    if (!money) return kNpos;
    q = c.end;
  }
  // "+8.3, +7.2 and +4.6 percentage points", "-0.5 and -5.9 percent": a sign glued to each item.
  if (const size_t sign = charAt(s, q) == '+' ? 1 : dashAt(s, q); sign && isDigit(charAt(s, q + sign))) q += sign;
  return numberAt(s, q, n) ? q : kNpos;
}

std::optional<Figured> figureAt(string_view s, size_t nb, size_t ne, size_t floor, const Mode& mode,
                                const std::string& lastMoney, int depth);

// A unit said once for a list: "8B and 35B parameters", "2 or 3 percent", "$20 and $200 per
// month". A number with no unit (or a price with no period) takes the next item's, when that
// item has no scale the number lacks and its unit needs no power of ten.
void borrowListedUnit(string_view s, const Mode& mode, int depth, Draft& d) {
  const bool price = d.kind == Kind::kMoney && !d.rate;
  if ((d.kind != Kind::kNone && !price) || depth >= kMaxListed) return;
  // "until the loss of its spire in 1699, 150 ft high": four digits after a temporal word are a
  // year even before kYearLow, and no item of a list.
  const Number& n0 = d.a.num;
  const bool written4 = n0.integer && n0.len == 4 && n0.end - n0.begin == 4;
  if (written4 && !d.hasScale && temporalWords().has(d.prev.word)) return;
  Number n;
  const size_t nb = listedNumberAt(s, d.end, price, n);
  if (nb == kNpos) return;
  const std::optional<Figured> next = figureAt(s, nb, n.end, d.end, mode, {}, depth + 1);
  if (!next || next->kind == Kind::kNone || next->unitExponent != 0 || (next->scaled && !d.hasScale)) return;
  const std::string& unit = next->fig.quantity.unit;
  if (price) {
    if (next->rate && unit.size() > d.unitText.size() &&
        unit.compare(0, d.unitText.size() + 1, d.unitText + "/") == 0) {
      d.unitText = unit;
      d.rate = true;
    }
    return;
  }
  if (next->kind == Kind::kCount && !d.a.num.integer && !d.hasScale) return;  // "Llama 3.1, 3.2 and 4 models"
  d.kind = next->kind;
  d.unitText = unit;
  d.rate = next->rate;
  d.noun = next->fig.noun;
}

// "Phi-2 at 2.7B", "four sizes (7B, 13B, 34B, and 70B)", "GPT-3 (175B)": a number with a glued
// "B" and no currency or unit is a model's size, a count of its parameters, as the field writes
// it ("a 7B model" with its noun is one already); "128K", "1M" and "4K" stay bare (a context, a
// resolution), and "$5B" is money.
void readBillionsOfParameters(string_view s, const Mode& mode, Draft& d) {
  if (mode.query || d.kind != Kind::kNone || d.isRange || !d.a.scale.found || d.a.scale.exponent != 9) return;
  const size_t e = d.a.num.end;
  if (charAt(s, e) != 'B' || isAlnum(charAt(s, e + 1))) return;
  takeCount(d, "parameters");
}

constexpr size_t kMaxListItem = 60;  // bytes of one item's name in "X (N unit), Y (N), and Z (N)"

// Where the '(' of the parenthesised figure that ends right before a list item's name starts: in
// "shopping (187 tasks), admin (182)" from the '(' of "(182)", the '(' of "(187 tasks)". The name
// between the comma and this '(' is one short item of words (letters, digits, '/', '-', '\''), an
// "and" or "or" before it; kNpos when the text before is no such list.
size_t previousParenthesisedItem(string_view s, size_t open) {
  size_t x = skipBlanksBack(s, open);
  const size_t nameEnd = x;
  bool letter = false;
  while (x > 0 && nameEnd - x < kMaxListItem) {
    const char c = s[x - 1];
    if (c == ',') break;
    if (!(isAlnum(c) || c == ' ' || c == '/' || c == '-' || c == '\'')) return kNpos;
    letter = letter || graph::isLetterAscii(c);
    --x;
  }
  if (!letter || x == 0 || s[x - 1] != ',') return kNpos;
  const size_t close = skipBlanksBack(s, x - 1);
  if (close == 0 || s[close - 1] != ')') return kNpos;
  for (size_t o = close - 1; o > 0 && close - o < kMaxListItem; --o) {
    const char c = s[o - 1];
    if (c == '(') return o - 1;
    if (c == ')' || c == '\n' || c == ',' || c == ';') return kNpos;
  }
  return kNpos;
}

// A unit said once for a parenthesised list: "shopping (187 tasks), administration (182), and
// forums (106)" counts tasks in each item, as "8B and 35B parameters" says its unit once (the
// items are parallel, so a bare number takes the unit its first item wrote). The number stands
// alone in parentheses after an item's name and the item before ends in a parenthesised figure
// with a unit (or one that took it so, item by item). True when the unit was taken.
bool borrowParenthesisedUnit(string_view s, const Mode& mode, int depth, Draft& d) {
  const size_t nb = d.a.num.begin;
  if (d.kind != Kind::kNone || d.hasScale || d.isRange || d.signLen || depth >= kMaxListed || d.a.num.yearLike)
    return false;
  if (nb == 0 || s[nb - 1] != '(' || charAt(s, d.end) != ')') return false;
  const size_t open = previousParenthesisedItem(s, nb - 1);
  if (open == kNpos) return false;
  Number n;
  const size_t pb = skipBlanks(s, open + 1);
  if (!numberAt(s, pb, n)) return false;
  const std::optional<Figured> prev = figureAt(s, pb, n.end, open + 1, mode, {}, depth + 1);
  if (!prev || prev->kind == Kind::kNone || prev->unitExponent != 0 || prev->scaled || prev->rate) return false;
  if (charAt(s, prev->fig.end) != ')') return false;  // the whole parenthesis is the figure
  d.kind = prev->kind;
  d.unitText = prev->fig.quantity.unit;
  d.noun = prev->fig.noun;
  return true;
}

// The figure whose number is [nb, ne), read in the order a reader would: the number with its
// sign and currency, hedges and the word before it, a range, the unit, a rate or a counted
// noun, a trailing hedge; then what is no figure. `floor` is where the previous figure ended.
std::optional<Figured> figureAt(string_view s, size_t nb, size_t ne, size_t floor, const Mode& mode,
                                const std::string& lastMoney, int depth) {
  Draft d;
  if (!readNumberAndCurrency(s, nb, ne, floor, d)) return std::nullopt;
  const size_t nameCheckAt = readHedgesBefore(s, floor, d);
  if (!readWordBefore(s, nameCheckAt, mode, d)) return std::nullopt;
  readRangeIntro(s, d);
  const bool moneyBefore = !d.a.currency.code.empty();
  if (!readRight(s, d.a, moneyBefore)) return std::nullopt;
  d.end = d.a.end;
  if (!readRange(s, moneyBefore, d)) return std::nullopt;
  const bool introduced = d.isRange && (d.between || d.usedTo) && d.rangeIntro != kNpos;
  if (introduced && d.rangeIntro >= floor) d.begin = d.rangeIntro;
  resolveUnit(d);
  readUnitBefore(s, d);
  readRate(s, d);
  readPhysicalRate(s, d);
  readAge(s, d);               // before the noun: "at the age of 12 students choose"
  readHeadcount(s, d, false);  // before the noun: "a population of about 2,000 lived there"
  readCountedNoun(s, mode, d);
  readBarePerUnit(s, d);
  readHeadcount(s, d, true);
  readNumberOf(s, d);
  readMeasureNounClause(s, d);
  readFactorOf(s, d);
  readGlossedUnit(s, d);
  if (d.frequency || followedByMonth(s, d)) return std::nullopt;
  readTrailingHedge(s, d);
  // "Cross-Website (177)": the parentheses part the number from a capitalised name before it.
  const bool listed = !mode.query && borrowParenthesisedUnit(s, mode, depth, d);
  d.topCount = topCountAt(s, d);
  if (!mode.query && !listed && yearOrName(d)) return std::nullopt;
  borrowListedUnit(s, mode, depth, d);
  if (lastMoney.empty()) readBillionsOfParameters(s, mode, d);
  if (!settleBareNumber(mode, lastMoney, d)) return std::nullopt;
  return toFigure(s, ne, d);
}

// ---------------------------------------------------------------- number words

// Words before a number word that point back at things already counted ("the two companies",
// "both"), rank them ("the top five") or relate them ("between two variables"), rather than
// give a figure.
bool referentialBefore(string_view w) {
  for (string_view r :
       {"the", "these", "those", "both", "all", "other", "its", "their", "first", "last", "next", "top", "between"})
    if (ieq(w, r)) return true;
  return false;
}

ScaleHit wordScaleAt(string_view s, size_t p);

// The value of the number word(s) at b ("eight", "twenty-five", "a dozen" from "dozen", "half a"),
// with `e` moved past them; `needsScale` for "one", "half" and the article "a" before a scale word
// ("a hundred indicators", "a million users": English writes "one" so before hundred, thousand,
// million and the larger scales). Negative when there is none.
double numberWordAt(string_view s, size_t b, size_t& e, bool& needsScale) {
  e = lettersEnd(s, b);
  if (e == b + 1 && (s[b] == 'a' || s[b] == 'A')) {
    if (!wordScaleAt(s, e).found) return -1;
    needsScale = true;
    return 1;
  }
  // Every number word but "a" has three letters or more, and opens as one of numberWordOpenings.
  if (e - b < 3 || !numberWordOpenings().test(openingIndex(s.substr(b, 3)))) return -1;
  int v = numberWordValue(s.substr(b, e - b));
  if (v < 0) return -1;
  needsScale = v <= 1;
  if (v >= 20 && wordHyphenAt(s, e)) {  // "twenty-five"
    const size_t u = e + wordHyphenAt(s, e);
    const size_t ue = lettersEnd(s, u);
    const int units = numberWordValue(s.substr(u, ue - u));
    if (units > 0 && units < 10 && !isAlnum(charAt(s, ue))) {
      v += units;
      e = ue;
    }
  }
  const bool hyphenedTime = hyphenedUnitAt(s, e).kind == Kind::kTime;  // "six-year terms"
  const bool hyphenedCount = v >= 2 && hyphenedCountAt(s, e).found;    // "a three-stage pipeline"
  if (isAlnum(charAt(s, e)) || (wordHyphenAt(s, e) && !hyphenedTime && !hyphenedCount))
    return -1;   // "one-time", "tenfold"
  if (v == 0) {  // "half a trillion"
    const size_t a = phraseAt(s, skipBlanks(s, e), "a");
    if (a == kNpos) return -1;
    e = a;
    return 0.5;
  }
  return v;
}

// A scale word after a number word: "one trillion", "two hundred", "half a million".
ScaleHit wordScaleAt(string_view s, size_t p) {
  ScaleHit hit;
  hit.end = p;
  const size_t q = skipBlanks(s, p);
  const size_t e = lettersEnd(s, q);
  if (q == p || e == q || isAlnum(charAt(s, e))) return hit;
  const string_view w = s.substr(q, e - q);
  if (ieq(w, "hundred")) return {2, e, true, false};
  for (const Scale& sc : kScaleWords)
    if (sc.word.size() > 3 && ieq(w, sc.word)) return {sc.exponent, e, true, false};
  return hit;
}

// Whether a word after a duration at p makes it a step in a story or a date offset rather
// than a length of time: "two years later", "three years ago", "six months after the launch",
// "two years from now".
bool relativeTimeAfter(string_view s, size_t p) {
  const size_t q = skipBlanks(s, p);
  if (q == p) return false;
  const string_view w = s.substr(q, lettersEnd(s, q) - q);
  for (string_view r : {"later", "ago", "earlier", "before", "after", "afterwards", "afterward", "since", "prior",
                        "previously", "from", "into", "hence", "old", "low", "high"})
    if (ieq(w, r)) return true;
  return false;
}

// "twice" and "thrice" as counts of occasions, or as a multiplier of a quantity ("twice the
// radius", "twice as large", "thrice more"), which is a figure in `times` as "2 times the radius"
// is; not how often ("twice a week", "twice yearly").
bool readMultiplicative(string_view s, Draft& d) {
  if (!occasionsAfter(s, d.end)) {
    if (frequencyAfter(s, d.end)) return false;
    takeFactor(d);
    return true;
  }
  takeCount(d, "times");
  return true;
}

// Whether a duration after a number word (d.unit, of kind kTime) is no figure: in title case it is a name
// ("Two Minute Papers", "the Five-Year Plan"); it tells a story ("two years later", "three years ago") or
// looks back over a span ("the past two years").
bool durationIsNoFigure(string_view s, const Draft& d) {
  const size_t q = skipBlanks(s, d.end);
  const size_t u = q == d.end ? q + wordHyphenAt(s, q) : q;
  const bool titled = graph::isUpperAscii(s[d.a.num.begin]) && graph::isUpperAscii(charAt(s, u));
  // "the past two years" looks back over a span; "went past two trillion dollars" is a figure.
  // After "for" it is a span whatever follows ("closed for four years after the fire").
  // So it is as the object of a verb of duration ("takes a dozen years after high school", "lasted
  // two years after the war"): the length of what the verb says takes or lasts that long.
  // (data/duration_verbs.txt, in any form).
  bool inflected = false;
  const bool span =
      ieq(d.prev.word, "for") || lexicon().durationVerbs.count(verbBase(graph::lowerAscii(d.prev.word), inflected)) > 0;
  return titled || (relativeTimeAfter(s, d.unit.end) && !span) || ieq(d.prev.word, "past");
}

// A plural noun after a number word and its blanks (at q) that it counts ("eight co-authors", "three or
// more agents", "four post-graduate months"), or a multiplier ("three times the mass"): the figure taken
// into `d`. False (or d.hasScale, a scaled number being a figure of its own) when no such noun follows.
bool readNounAfterNumberWord(string_view s, size_t q, Draft& d) {
  std::optional<BoundedNoun> bounded = pluralPastBound(s, q);  // "three or more agents"
  NounHit nh = bounded ? std::move(bounded->noun) : nounAt(s, q);
  if (bounded) d.bound = bounded->bound;
  // "three times faster" is a ratio, not a count of times, which "three times, twice as ..." is;
  // "Six Tigers", "Four AI Tigers" in title case are a name; so is "26 Principles of Good Prompt"
  // (titleGoesOn), in digits.
  const bool titleCase = nh.capitalised && (graph::isUpperAscii(s[d.a.num.begin]) || titleGoesOn(s, nh.end));
  const bool ratio = ieq(nh.noun, "times") && (d.hasScale || !occasionsAfter(s, nh.end));
  // "three times the mass", "ten times more luminous": a multiplier, as "3 times" is; "three times
  // a week" says how often.
  if (ratio && !d.hasScale && !titleCase && !frequencyAfter(s, nh.end)) {
    takeFactor(d);
    d.end = nh.end;
    return true;
  }
  if (!nh.found || !nh.plural || ratio || titleCase) return d.hasScale;
  if (const UnitWord* head = unitHeadOf(nh.noun); head != nullptr) {  // "four post-graduate months"
    if (head->kind == Kind::kTime && relativeTimeAfter(s, nh.end)) return false;
    takeUnitHead(d, *head, nh.end);
    d.end = nh.end;
    return true;
  }
  takeCount(d, std::move(nh.noun));
  takeDozen(d);
  d.end = nh.end;
  return true;
}

// What follows a number word: a unit ("six percent", "two billion dollars", "six years") or a
// plural counted noun ("eight co-authors", "one trillion total parameters"). A duration that
// tells a story ("two years later", "three years ago") is no figure.
bool readWordUnit(string_view s, Draft& d) {
  if (isMultiplicative(s.substr(d.a.num.begin, lettersEnd(s, d.a.num.begin) - d.a.num.begin)))
    return !d.hasScale && readMultiplicative(s, d);
  d.unit = unitAt(s, d.end, d.hasScale);
  // "any two points x and y": a number word before "points" counts places, where digits give a score.
  if (d.unit.kind == Kind::kPoints && d.unit.unit == "points") d.unit = {};
  if (d.unit.kind == Kind::kTime && durationIsNoFigure(s, d)) return false;
  if (d.unit.kind != Kind::kNone) {
    d.kind = d.unit.kind;
    d.unitText = std::string(d.unit.unit);
    d.end = d.unit.end;
    return true;
  }
  d.unit = {};
  const size_t q = skipBlanks(s, d.end);
  if (q != d.end) return readNounAfterNumberWord(s, q, d);
  NounHit joined = d.hasScale ? NounHit{} : hyphenedCountAt(s, d.end);  // "a 5-step method"
  if (!joined.found) return d.hasScale;
  takeCount(d, std::move(joined.noun));
  d.end = joined.end;
  return true;
}

// "a dozen" and "dozens of", whose number word is at b and ends at e: "a dozen" starts the
// figure at its "a", so that a hedge before it is read ("at least a dozen"); "dozens of"
// is at least two dozen, approximately, with `e` moved past its "of". True for any other word.
bool readDozen(string_view s, size_t b, size_t& e, Draft& d) {
  if (!ieq(s.substr(b, 5), "dozen")) return true;
  if (e - b == 6) {  // "dozens"
    const size_t of = phraseAt(s, skipBlanks(s, e), "of");
    if (of == kNpos || prevWordBefore(s, b).word == "a") return false;
    e = of;
    d.approximate = true;
    d.bound = Bound::kAtLeast;
    return true;
  }
  const PrevWord a = prevWordBefore(s, b);
  if (!ieq(a.word, "a")) return false;
  d.begin = static_cast<size_t>(a.word.data() - s.data());
  // "half a dozen": six, the figure opening at "half".
  if (const PrevWord half = prevWordBefore(s, d.begin); ieq(half.word, "half")) {
    d.begin = static_cast<size_t>(half.word.data() - s.data());
    d.factor = 0.5;
  }
  return true;
}

// "entered the top ten in Sweden", "the Swedish top five.": a rank within the first n, where no
// noun follows the number (before "the top five companies" the number names a group) and "top"
// is lower case ("the Top Ten" is a title).
bool topRankAt(string_view s, const PrevWord& prev, size_t e) {
  if (prev.word != "top" || wordHyphenAt(s, e)) return false;
  const size_t q = skipBlanks(s, e);
  if (q >= s.size() || std::memchr(",.;:)[", s[q], 6) != nullptr) return true;
  const string_view w = s.substr(q, lettersEnd(s, q) - q);
  for (string_view c : {"in", "on", "of", "with", "for", "at", "by", "across", "among", "and", "during", "throughout"})
    if (ieq(w, c)) return true;
  return false;
}

// A rank "top n": a position of at most n in a list or chart. No counted noun: the figure counts
// no things, and its measure comes from the clause.
std::optional<Figured> rankFigure(string_view s, double v, Draft& d) {
  Figured out;
  Quantity& q = out.fig.quantity;
  q.value = v;
  q.unit = "count";
  q.bound = Bound::kAtMost;
  d.begin = static_cast<size_t>(d.prev.word.data() - s.data());
  out.fig.begin = d.begin;
  out.fig.end = d.end;
  q.text = std::string(s.substr(d.begin, d.end - d.begin));
  out.kind = Kind::kCount;
  return out;
}

// "four or five", "two to three", "four through six": a second number word after the one ending
// at e, joined by "to" or "through" (a higher one) or by "or" (its neighbour, approximateOr),
// makes one range with it. The second's value, with `end` past it; negative when none follows.
double wordRangeAt(string_view s, size_t e, double low, bool between, size_t& end, bool& approximate) {
  const size_t q = skipBlanks(s, e);
  if (q == e) return -1;
  size_t sep = phraseAt(s, q, "to");
  if (sep == kNpos) sep = phraseAt(s, q, "through");
  if (sep == kNpos && between) sep = phraseAt(s, q, "and");
  const bool orJoined = sep == kNpos;
  if (orJoined) sep = phraseAt(s, q, "or");
  const size_t r = sep == kNpos ? kNpos : skipBlanks(s, sep);
  if (r == kNpos || r == sep) return -1;
  bool needsScale = false;
  double high = numberWordAt(s, r, end, needsScale);
  // "between the ages of four and 11": the second end in digits, a whole number standing alone.
  if (Number n; high < 0 && numberAt(s, r, n) && n.integer && !n.yearLike && !isAlnum(charAt(s, n.end))) {
    high = n.plain;
    end = n.end;
  }
  if (high < 0 || (orJoined ? !approximateOr(low, high) : high <= low)) return -1;
  approximate = orJoined;
  return high;
}

// Whether "between" stands among the three words before b ("between four and six", "between
// the ages of four and 11"), so that "and" joins a range's ends.
bool betweenBefore(string_view s, size_t b) {
  size_t at = b;
  for (int k = 0; k < 4; ++k) {
    const PrevWord w = prevWordBefore(s, at);
    if (w.word.empty()) return false;
    if (ieq(w.word, "between")) return true;
    at = static_cast<size_t>(w.word.data() - s.data());
  }
  return false;
}

// Whether a number word ending at e, joined by a hyphen to its unit or counted noun, makes an adjective
// that `w`, the word before it, does not point back at (wordFigureAt).
bool numberWordAdjective(string_view s, size_t e, string_view w) {
  // "the eighteen-minute battle", "its six-year term": joined to its unit, the number word makes
  // an adjective of length, which "the" or "its" before it does not point back at.
  // An age ("the two-year-old horse") stays none, as "a five year old" is.
  const UnitHit joined = wordHyphenAt(s, e) ? hyphenedUnitAt(s, e) : UnitHit{};
  // So does a number word joined to a counted noun after "the" or a possessive ("the three-stage
  // pipeline", "its two-step process"); "both three-person teams" still points back.
  const bool determiner = ieq(w, "the") || ieq(w, "this") || isPossessiveDeterminer(graph::lowerAscii(w));
  return (joined.kind != Kind::kNone && !ieq(s.substr(joined.end, 4), "-old") && !ieq(w, "top")) ||
         (determiner && wordHyphenAt(s, e) && hyphenedCountAt(s, e).found);
}

// Whether `prev`, the word before a number word at b (ending at e; `high`: the range's second end, or
// negative), points back at things counted before ("the two firms") or makes the number word part of a
// name ("Formula One"), unless the words after it read it as a figure of its own (wordFigureAt).
bool wordBeforePointsBack(string_view s, size_t b, size_t e, double high, const PrevWord& prev) {
  const string_view w = prev.word;
  // "the first six years of compulsory education": the length of a thing's opening part, counted
  // in a unit of time, where "the first two firms" points at things counted before.
  const bool firstSpan = ieq(w, "first") && unitAt(s, e, false).kind == Kind::kTime;
  const bool betweenRange = high >= 0 && ieq(w, "between");  // "between four and six", not "between two variables"
  // "the two most popular approaches": a superlative picks that many from a larger set, which the
  // text counts there; "the two approaches" points back at ones it gave.
  const size_t afterWord = skipBlanks(s, e);
  const bool superlative =
      ieq(w, "the") && afterWord > e &&
      superlativeAt(s, 0, s.substr(afterWord, lettersEnd(s, afterWord) - afterWord), lettersEnd(s, afterWord));
  // "Reference three sources with links", "Generate three variations": a word WordNet lists as a verb,
  // opening the text before a number word in lower case and a counted plural, is an imperative, as
  // before digits (yearOrName); a name writes its number word capitalised ("Formula One").
  const size_t nounFrom = skipBlanks(s, e);
  const bool imperative = (prev.opens || prev.opensCell) && graph::isLowerAscii(s[b]) && opensWithImperative(w, true) &&
                          nounFrom > e && graph::isLowerAscii(charAt(s, nounFrom)) && nounAt(s, nounFrom).plural;
  return !w.empty() && !firstSpan && !betweenRange && !superlative && !imperative &&
         (referentialBefore(w) || (graph::isUpperAscii(w[0]) && !isFunctionWord(w) && !looksLikeVerbOrPossessive(w)));
}

// The figure a number word of value v (`high`: the range's second end, or negative) reads as, its unit and
// noun read into `d` (wordFigureAt).
Figured figureOfNumberWord(string_view s, Draft& d, double v, double high) {
  if (d.kind == Kind::kCount && d.unitText == "count") d.unitText = countUnit(d.noun);  // "two tokens"
  const double power = std::pow(10.0, (d.hasScale ? d.a.scale.exponent : 0) + d.unit.exponent);
  const double value = v * d.factor * power;
  Figured out;
  Quantity& q = out.fig.quantity;
  q.value = value;
  if (high >= 0) {
    q.low = value;
    q.high = high * d.factor * power;
    q.value = (*q.low + *q.high) / 2;
  }
  q.unit = std::move(d.unitText);
  q.approximate = d.approximate;
  q.bound = d.bound;
  out.fig.begin = d.begin;
  out.fig.end = d.end;
  out.fig.noun = std::move(d.noun);
  q.text = std::string(s.substr(d.begin, d.end - d.begin));
  out.kind = d.kind;
  return out;
}

// "nine in ten respondents", "one in five adults": a part of a whole written in number words is a share
// of the noun after it (90 and 20 percent), not a count of that noun. Where the whole ends, and its
// value in `whole`; p where no larger whole follows.
size_t shareWholeAt(string_view s, size_t p, double part, double& whole) {
  const size_t in = phraseAt(s, p, " in");
  const size_t r = in == kNpos ? in : skipBlanks(s, in);
  if (r == kNpos || r == in) return p;
  const size_t e = lettersEnd(s, r);
  const int v = numberWordValue(s.substr(r, e - r));
  if (v <= part || isAlnum(charAt(s, e)) || wordHyphenAt(s, e)) return p;
  whole = v;
  return e;
}

// "half of customer needs", "more than half of Fortune 500 companies": half of a class of things as 50
// percent of it; not a part of a period or of one thing ("the first half of 2025", "one half of the
// prize", "uses only half of the model's layers").
std::optional<Figured> halfOfFigureAt(string_view s, size_t b) {
  const size_t e = lettersEnd(s, b);
  const size_t of = ieq(s.substr(b, e - b), "half") ? phraseAt(s, e, " of") : kNpos;
  if (of == kNpos || phraseAt(s, of, " the") != kNpos) return std::nullopt;
  const string_view w = prevWordBefore(s, b).word;
  if (numberWordValue(w) >= 0) return std::nullopt;
  for (string_view part : {"the", "a", "first", "second", "latter", "former", "back", "front", "top", "bottom", "other",
                           "each", "every", "this", "that", "its", "their", "his", "her"})
    if (ieq(w, part)) return std::nullopt;
  Draft d;
  d.begin = b;
  d.a.num.begin = b;
  readHedgesBefore(s, 0, d);  // "more than half of", "roughly half of"
  d.end = e;
  d.kind = Kind::kPercent;
  d.unitText = "percent";
  return figureOfNumberWord(s, d, 50, -1);
}

// The figure a number word at b starts, or nothing.
std::optional<Figured> wordFigureAt(string_view s, size_t b) {
  Draft d;
  size_t e = 0;
  bool needsScale = false;
  const double v = numberWordAt(s, b, e, needsScale);
  if (v < 0) return halfOfFigureAt(s, b);
  size_t rangeTo = e;
  bool orRange = false;
  const double high = wordHyphenAt(s, e) ? -1 : wordRangeAt(s, e, v, betweenBefore(s, b), rangeTo, orRange);
  if (high >= 0) {
    e = rangeTo;
    needsScale = false;
    d.approximate = orRange;
  }
  d.begin = b;
  d.a.num.begin = b;
  if (!readDozen(s, b, e, d)) return std::nullopt;
  const size_t inner = readHedgesBefore(s, 0, d);
  d.prev = prevWordBefore(s, inner);
  const string_view w = d.prev.word;
  const bool unitAdjective = numberWordAdjective(s, e, w);
  const bool rank = topRankAt(s, d.prev, e);
  if (!unitAdjective && !rank && wordBeforePointsBack(s, b, e, high, d.prev))
    return std::nullopt;                                                             // "the two firms", "Formula One"
  if (graph::isUpperAscii(s[b]) && !w.empty() && !ieq(w, "a")) return std::nullopt;  // "the Big Four", mid-sentence
  // "two to three years": the end of a range this reader does not read, whose half would be wrong.
  bool rangeEnd = false;
  if (ieq(w, "to") || ieq(w, "or"))
    rangeEnd = numberWordValue(prevWordBefore(s, static_cast<size_t>(w.data() - s.data())).word) >= 0;
  d.a.scale = wordScaleAt(s, e);
  d.hasScale = d.a.scale.found;
  d.end = d.hasScale ? d.a.scale.end : e;
  // "a one-year contract": "one" joined to a duration after "a" is a length of time, as "six-year"
  // is; "the record one-day loss" names the period a change is measured over, no length.
  const bool aOneUnit = unitAdjective && v == 1 && (ieq(w, "a") || ieq(w, "an"));
  if (double whole = 0; !d.hasScale && high < 0 && !rank && shareWholeAt(s, d.end, v, whole) != d.end) {
    d.end = shareWholeAt(s, d.end, v, whole);
    d.kind = Kind::kPercent;
    d.unitText = "percent";
    return figureOfNumberWord(s, d, v / whole * 100, -1);
  }
  if (needsScale && !d.hasScale && !aOneUnit) return std::nullopt;
  if (rank) return rankFigure(s, v, d);
  const size_t total = d.hasScale ? d.end : outOfTotalAt(s, d.end);  // "three out of four"
  const bool outOf = total != d.end;
  d.end = total;
  // "at the age of seven", "aged four or five": an age in years (agePhraseBefore).
  const bool bare = !outOf && !d.hasScale && unitAt(s, d.end, false).kind == Kind::kNone;
  const size_t next = skipBlanks(s, d.end);
  const bool nounAfter = next > d.end && graph::isLowerAscii(charAt(s, next)) && nounAt(s, next).plural;
  if (bare && (agePhraseBefore(s, d.begin) || (personCopulaBefore(s, d.begin) && !nounAfter))) {
    d.kind = Kind::kTime;
    d.unitText = "years";
  } else if (!readWordUnit(s, d) && !outOf) {
    return std::nullopt;
  }
  if (rangeEnd && d.kind == Kind::kTime) return std::nullopt;
  if (outOf && d.kind == Kind::kNone) {
    d.kind = Kind::kCount;
    d.unitText = "count";
  }
  return figureOfNumberWord(s, d, v, high);
}

// Number words in the text, in order; each starts a word whose first letter may begin one.
std::vector<Figure> wordFigures(string_view s) {
  std::vector<Figure> out;
  size_t floor = 0;
  // The letters a number word opens with, either case.
  static constexpr auto kOpens = [] {
    std::array<bool, 256> opens{};
    for (char c : std::string_view("otfsendha")) {
      opens[static_cast<unsigned char>(c)] = true;
      opens[static_cast<unsigned char>(c - 'a' + 'A')] = true;
    }
    return opens;
  }();
  static constexpr auto kAlnum = [] {
    std::array<bool, 256> alnum{};
    for (int c = 0; c < 256; ++c) alnum[static_cast<size_t>(c)] = isAlnum(static_cast<char>(c));
    return alnum;
  }();
  // Only the first byte of a run of letters and digits can open a word (every later one has a
  // letter or digit before it), and every opening letter is one: the run is passed over whole.
  for (size_t i = 0; i < s.size();) {
    if (!kAlnum[static_cast<unsigned char>(s[i])]) {
      ++i;
      continue;
    }
    const size_t start = i;
    while (++i < s.size() && kAlnum[static_cast<unsigned char>(s[i])]) {
    }
    if (!kOpens[static_cast<unsigned char>(s[start])] || start < floor) continue;
    if (start > 0 && wordHyphenAt(s, start - 1) == 1) continue;
    if (auto f = wordFigureAt(s, start)) {
      if (f->fig.begin < floor) continue;
      floor = f->fig.end;
      out.push_back(std::move(f->fig));
    }
  }
  return out;
}

// Where the next number may start at or after i: a digit, or a '.' right before one.
// Prose has few digits, so skip eight bytes at a time.
size_t nextCandidate(string_view s, size_t i) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  const char* p = s.data();
  const size_t n = s.size();
  const size_t from = i;
  while (i + 8 <= n) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    if (graph::asciiBytesInRange(x & ~kHigh, '0', '9') & ~x) break;
    i += 8;
  }
  for (; i < n; ++i) {
    if (isDigit(p[i])) return i > from && p[i - 1] == '.' ? i - 1 : i;
  }
  return kNpos;
}

// The figures in digits with those in words between them, in order: a word figure that overlaps
// one in digits gives way to it.
std::vector<Figure> fillGaps(std::vector<Figure> digits, std::vector<Figure> words) {
  if (words.empty()) return digits;
  std::vector<Figure> merged;
  size_t k = 0;
  for (Figure& w : words) {
    while (k < digits.size() && digits[k].end <= w.begin) merged.push_back(std::move(digits[k++]));
    if (k < digits.size() && digits[k].begin < w.end) continue;
    merged.push_back(std::move(w));
  }
  while (k < digits.size()) merged.push_back(std::move(digits[k++]));
  return merged;
}

// Whether the words right before a bare number at nb compare it with the figure that ended at
// `from`: "174 inhabitants per km2, compared to a national figure of about 200", "623 (above the
// national average of 575)". English states the compared quantity once; the number is in its unit.
bool comparedWithPrevious(string_view s, size_t from, size_t nb) {
  constexpr size_t kReach = 48;  // a few words between the comparison and its number
  const size_t b = std::max(from, nb > kReach ? nb - kReach : 0);
  const string_view between = s.substr(b, nb - b);
  if (between.find_first_of(";:") != string_view::npos) return false;
  for (string_view marker : {"compared to", "compared with", "average of", "figure of", "versus", "than"})
    for (size_t i = 0; i + marker.size() <= between.size(); ++i)
      if (ieq(between.substr(i, marker.size()), marker) && (i == 0 || !isAlnum(between[i - 1])) &&
          !isAlnum(charAt(between, i + marker.size())))
        return true;
  return false;
}

// A bare number compared with the figure before it (comparedWithPrevious) in that figure's unit,
// when the unit writes the number as it stands (a count, a percent, a density or a rate).
std::optional<Figure> comparedFigure(string_view s, size_t nb, size_t ne, size_t floor, const Mode& mode,
                                     const std::string& lastMoney, const Figure& previous) {
  const std::string& unit = previous.quantity.unit;
  const bool asWritten = unit == "count" || unit == "percent" || unit.find('/') != std::string::npos;
  if (!asWritten || !comparedWithPrevious(s, previous.end, nb)) return std::nullopt;
  const bool year = ne - nb == 4 && isDigit(s[nb]) && (s[nb] == '1' || s[nb] == '2');
  if (year || isAlnum(charAt(s, ne)) || charAt(s, ne) == '%') return std::nullopt;
  // "compared to Claude Sonnet 4", "compared to 1.5 Pro": a number in a name is no quantity.
  const string_view before = prevWordBefore(s, nb).word;
  const size_t after = skipBlanks(s, ne);
  if ((!before.empty() && graph::isUpperAscii(before[0])) || (after > ne && graph::isUpperAscii(charAt(s, after))))
    return std::nullopt;
  Mode bare = mode;
  bare.query = true;
  std::optional<Figured> f = figureAt(s, nb, ne, floor, bare, lastMoney, 0);
  if (!f || !f->fig.quantity.unit.empty() || !f->fig.quantity.value) return std::nullopt;
  f->fig.quantity.unit = unit;
  return std::move(f->fig);
}

// "6 minutes 15 seconds", "2 hours and 30 minutes", "6 ft 2 in", "3 years 4 months": English writes
// one amount in two units of a fixed ratio, the larger first and the smaller less than one of it.
// The two are one figure in the smaller unit (375 seconds), not two. Pairs of the ratios that the
// units themselves define (GNU units): years and months, weeks and days, days and hours, hours and
// minutes, minutes and seconds, feet and inches. Joined by a space or "and" only ("2 hours, 30
// minutes of which" may list); neither a range nor a rate.
std::vector<Figure> joinCompoundAmounts(string_view s, std::vector<Figure> figures) {
  struct Pair {
    string_view larger, smaller;
    double ratio;
  };
  static constexpr Pair kPairs[] = {{"years", "months", 12},  {"weeks", "days", 7},       {"days", "hours", 24},
                                    {"hours", "minutes", 60}, {"minutes", "seconds", 60}, {"ft", "in", 12}};
  std::vector<Figure> out;
  for (Figure& f : figures) {
    if (!out.empty()) {
      Figure& a = out.back();
      const Quantity &qa = a.quantity, &qb = f.quantity;
      const Pair* pair = nullptr;
      for (const Pair& p : kPairs)
        if (qa.unit == p.larger && qb.unit == p.smaller) pair = &p;
      const string_view gap = a.end <= f.begin ? s.substr(a.end, f.begin - a.end) : string_view("?");
      const bool joined = gap == " " || gap == " and ";
      if (pair && joined && qa.value && qb.value && !qa.low && !qb.low && *qb.value >= 0 && *qb.value < pair->ratio &&
          *qa.value >= 0 && a.noun.empty() && f.noun.empty()) {
        a.quantity.value = *qa.value * pair->ratio + *qb.value;
        a.quantity.unit = std::string(pair->smaller);
        a.quantity.approximate = qa.approximate || qb.approximate;
        a.quantity.text = std::string(s.substr(a.begin, f.end - a.begin));
        a.end = f.end;
        continue;
      }
    }
    out.push_back(std::move(f));
  }
  return out;
}

// ---------------------------------------------------------------- picture sizes

// Nouns that name a picture or a part of one (data/picture_nouns.txt).
const WordSet& pictureNouns() {
  static const WordSet set(lexicon().pictureNouns);
  return set;
}

constexpr int kMaxPictureWords = 3;  // "64x64 latent image patch": the noun within three words
constexpr double kMinSide = 16;      // smaller sides are an aspect ratio or a grid's cells, not pixels

// The sign between a picture's sides after the first side at p ("512x512", "1920 × 1080",
// "64X64"): where the second side starts, or kNpos. Spaced on both sides or on neither.
size_t sideSignAt(string_view s, size_t p) {
  const size_t q = skipBlanks(s, p);
  size_t e = kNpos;
  if (startsWith(s, q, "\xC3\x97")) {
    e = q + 2;
  } else if (charAt(s, q) == 'x' || charAt(s, q) == 'X') {
    e = q + 1;
  }
  if (e == kNpos) return kNpos;
  const size_t r = skipBlanks(s, e);
  if ((q == p) != (r == e) || !isDigit(charAt(s, r))) return kNpos;
  return r;
}

// A picture noun among the few words after p ("512x512 images", "a 64x64 latent image patch",
// "1024x1024-pixel", "96x74 px"): where it ends, or kNpos. A function word or a capital ends the
// search ("4x4 rows of images" counts rows).
size_t pictureNounAfter(string_view s, size_t p) {
  size_t i = p;
  for (int k = 0; k < kMaxPictureWords; ++k) {
    size_t q = skipBlanks(s, i);
    if (q == i && k == 0 && wordHyphenAt(s, i)) q = i + wordHyphenAt(s, i);
    if (q == i) return kNpos;
    const size_t e = lettersEnd(s, q);
    const string_view w = s.substr(q, e - q);
    if (e == q || isAlnum(charAt(s, e)) || graph::isUpperAscii(w[0]) || isFunctionWord(w)) return kNpos;
    if (pictureNouns().has(w)) return e;
    i = e;
  }
  return kNpos;
}

// A picture noun among the few words before b ("a resolution of 1024x1024", "images at 768 × 768").
bool pictureNounBefore(string_view s, size_t b) {
  size_t i = b;
  for (int k = 0; k < kMaxPictureWords + 1; ++k) {
    const size_t e = skipBlanksBack(s, i);
    if (e == i || e == 0) return false;
    size_t q = e;  // a word or another size ("from 128x128 to 512x512")
    while (q > 0 && !blankBefore(s, q) && e - q <= kMaxWordLen) --q;
    if (graph::isLowerAscii(charAt(s, q)) && pictureNouns().has(s.substr(q, e - q)))
      return true;  // not a title's "Image"
    i = q;
  }
  return false;
}

// "512x512 images", "a resolution of 1920 × 1080": a picture's size, each side a count of pixels
// (a square's one figure, the sides of another two). Not a product or a grid without a picture noun
// ("a 3x3 matrix", "2x2 table"), nor three sides ("2x3x4"), nor sides below kMinSide ("a 16x9 wide
// image" is an aspect ratio, a "4x4" grid "of images" counts cells). Empty when no size starts at nb.
std::vector<Figure> pictureSizeAt(string_view s, size_t nb, size_t ne, size_t floor) {
  Number w, h;
  size_t signLen = 0;
  if (nb < floor || !readNumber(s, nb, ne, w) || !w.integer || w.grouped || !freeOnLeft(s, nb, signLen) || signLen)
    return {};
  const size_t hb = sideSignAt(s, ne);
  if (hb == kNpos || !numberAt(s, hb, h) || !h.integer || h.grouped || isAlnum(charAt(s, h.end))) return {};
  if (sideSignAt(s, h.end) != kNpos || (charAt(s, h.end) == '.' && isDigit(charAt(s, h.end + 1)))) return {};
  if (std::min(w.plain, h.plain) < kMinSide) return {};  // an aspect ratio ("a 16x9 wide image"), a grid
  size_t end = pictureNounAfter(s, h.end);
  if (end == kNpos) {
    if (!pictureNounBefore(s, nb)) return {};
    end = h.end;
  }
  const auto side = [&](const Number& n, size_t b, size_t e) {
    Figure f;
    f.quantity.value = n.plain;
    f.quantity.unit = "count";
    f.quantity.text = std::string(s.substr(b, e - b));
    f.begin = b;
    f.end = e;
    f.noun = "pixels";
    return f;
  };
  if (w.plain == h.plain) return {side(w, nb, end)};
  return {side(w, nb, h.begin), side(h, h.begin, end)};
}

std::vector<Figure> scan(string_view s, const Mode& mode, bool firstOnly) {
  std::vector<Figure> out;
  std::string lastMoney;
  size_t floor = 0;
  // A word-at-a-time skip to the next digit, then the number read there.
  for (size_t pos = nextCandidate(s, 0); pos != kNpos;) {
    const size_t length = writtenNumberLength(s, pos);
    if (length == 0) {
      pos = nextCandidate(s, pos + 1);
      continue;
    }
    const size_t nb = pos;
    const size_t ne = nb + length;
    size_t next = std::max(ne, nb + 1);
    if (std::vector<Figure> sides = pictureSizeAt(s, nb, ne, floor); !sides.empty()) {
      floor = next = sides.back().end;
      for (Figure& f : sides) out.push_back(std::move(f));
      if (firstOnly) break;
    } else if (auto f = figureAt(s, nb, ne, floor, mode, lastMoney, 0)) {
      if (f->money) lastMoney = f->fig.quantity.unit;
      next = std::max(next, f->fig.end);
      floor = f->fig.end;
      out.push_back(std::move(f->fig));
      if (firstOnly) break;
    } else if (!mode.query && !out.empty()) {
      if (std::optional<Figure> c = comparedFigure(s, nb, ne, floor, mode, lastMoney, out.back())) {
        next = std::max(next, c->end);
        floor = c->end;
        out.push_back(std::move(*c));
      }
    }
    pos = nextCandidate(s, next);
  }
  std::vector<Figure> merged = joinCompoundAmounts(s, fillGaps(std::move(out), wordFigures(s)));
  if (firstOnly && merged.size() > 1) merged.resize(1);
  return merged;
}

}  // namespace

bool pointsBackBeforeNumber(std::string_view word) { return referentialBefore(word); }
bool relativeTimeAfterDuration(std::string_view text, std::size_t end) { return relativeTimeAfter(text, end); }

std::string countUnit(std::string_view noun) { return countsTokens(noun) ? "tokens" : "count"; }

bool isCountPerPeriod(std::string_view unit) {
  const size_t slash = unit.rfind('/');
  if (slash == kNpos || slash == 0) return false;
  const string_view per = unit.substr(slash + 1);
  if (per == "s") return true;  // readCountPerSecond's "tokens/s"
  return std::any_of(std::begin(kCountPeriods), std::end(kCountPeriods),
                     [&](const CountPeriod& p) { return per == p.unit; });
}

// Numbers are converted with std::from_chars, which does not throw: a scan throws nothing but
// std::bad_alloc, which is no input's fault and goes up to main() like any other.
std::vector<Figure> findFigures(std::string_view text) { return scan(text, Mode{}, false); }

std::optional<Quantity> parseFigure(std::string_view text) {
  // The text's rules first ("S&P 500 about 1.5 percent" is 1.5 percent); a query
  // may also be a bare number or a name-like one ("1,000", "Nvidia 589 billion").
  std::vector<Figure> figs = scan(text, Mode{false, false}, true);
  if (figs.empty()) figs = scan(text, Mode{true, false}, true);
  if (figs.empty()) return std::nullopt;
  return std::move(figs.front().quantity);
}

std::optional<Figure> bareRange(std::string_view cell) {
  const string_view c = trim(cell);
  std::vector<Figure> figs = scan(c, Mode{true, false}, false);
  if (figs.size() != 1 || !figs.front().quantity.low || !figs.front().quantity.unit.empty()) return std::nullopt;
  Figure& f = figs.front();
  if (f.begin != 0 || f.end != c.size()) return std::nullopt;
  const auto offset = static_cast<size_t>(c.data() - cell.data());
  f.begin += offset;
  f.end += offset;
  return std::move(f);
}

namespace {

// columnUnit's reading of the bracket that closes last (`open`, `close`: its brackets), two scans of
// its words as running text.
std::optional<Quantity> readColumnUnit(std::string_view header, size_t open, size_t close) {
  const std::string unit(trim(header.substr(open + 1, close - open - 1)));
  // SI time symbols, which running text does not write apart from a number ("5 s" is rare
  // there, and an "s" after a number is more often a stray letter).
  struct TimeSymbol {
    string_view symbol;
    double factor;
    string_view unit;
  };
  static constexpr TimeSymbol kTimeSymbols[] = {{"s", 1, "seconds"}, {"h", 1, "hours"}};
  for (const TimeSymbol& t : kTimeSymbols)
    if (unit == t.symbol) {
      Quantity q;
      q.value = t.factor;
      q.unit = std::string(t.unit);
      return q;
    }
  if (unit.empty() || unit.size() > 12 || isDigit(unit.front())) return std::nullopt;
  std::optional<Quantity> q = parseFigure("1 " + unit);
  if (!q || q->unit.empty() || q->unit == "count") q = parseFigure(unit + "1");  // "($)", "(US$)"
  // A counted noun ("(words)", "(cl100k_base)") or a scale alone ("(B)") states no unit; "(tokens)"
  // states `tokens`, the unit a count of them has.
  if (!q || q->unit.empty() || q->unit == "count" || !q->value || q->low) return std::nullopt;
  return q;
}

}  // namespace

std::optional<Quantity> columnUnit(std::string_view header) {
  const size_t close = header.rfind(')');
  const size_t open = close == std::string_view::npos ? close : header.rfind('(', close);
  if (open == std::string_view::npos) return std::nullopt;
  // The extractor asks this of a table's header cell for each cell of its rows: each header is read
  // once a thread (a header's answer depends on its text alone). The memo is emptied when full, so
  // a dump of many tables keeps it small.
  constexpr size_t kRemembered = 4096;
  thread_local graph::WordMap<std::optional<Quantity>> known;
  if (const auto it = known.find(header); it != known.end()) return it->second;
  if (known.size() >= kRemembered) known = {};
  return known.emplace(header, readColumnUnit(header, open, close)).first->second;
}

std::string columnRate(std::string_view header) {
  // The rate's words, as a price after "$1" would be followed by them; "M tokens" after "per" or
  // "/" is one million of them, as "1M tokens" is.
  auto rateOf = [](std::string_view words) -> std::string {
    const bool slash = words.front() == '/';
    std::string text = slash ? "$1" : "$1 ";
    const size_t q = skipBlanks(words, slash ? 1 : 3);
    const char scale = charAt(words, q);
    text.append(words.substr(0, q));
    if ((scale == 'M' || scale == 'K' || scale == 'B') && charAt(words, q + 1) == ' ') text += '1';
    text.append(words.substr(q));
    std::optional<Quantity> rate = parseFigure(text);
    if (!rate || rate->unit.find('/') == std::string::npos || rate->value != 1) return {};
    std::string per = rate->unit.substr(rate->unit.find('/') + 1);
    // "Price per Second": a period in a header's capitals is the period ("USD/second").
    if (countPeriod(per) != nullptr || ieq(per, "second")) per = graph::lowerAscii(per);
    return per;
  };
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == '/') {
      // "$/1M tokens", "USD/hour", "/ 1M tokens", "Price/month": after a currency, or before a
      // number or a period; not the "/" of "Input / Output".
      const size_t r = skipBlanks(header, i + 1);
      const size_t e = wordEnd(header, r);
      const bool period = countPeriod(header.substr(r, e - r)) != nullptr || ieq(header.substr(r, e - r), "second");
      if (!currencyBefore(header, i).code.empty() || isDigit(charAt(header, r)) || period)
        if (std::string rate = rateOf(header.substr(i)); !rate.empty()) return rate;
    } else if ((i == 0 || !graph::isLetterAscii(header[i - 1])) && phraseAt(header, i, "per") != kNpos &&
               blankAt(header, i + 3) > 0) {
      if (std::string rate = rateOf(header.substr(i)); !rate.empty()) return rate;
    }
  }
  return {};
}

}  // namespace cg::ingest
