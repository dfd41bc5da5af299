#include "ingest/StatedValues.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <optional>

#include "graph/AsciiRun.h"
#include "graph/Error.h"
#include "graph/Fold.h"
#include "ingest/Cardinals.h"
#include "ingest/Dates.h"
#include "ingest/Lexicon.h"
#include "ingest/MeasureNames.h"
#include "ingest/Quantity.h"
#include "ingest/Scores.h"
#include "ingest/Text.h"
#include "ingest/TextSearch.h"

namespace cg::ingest {
namespace {

using re2::StringPiece;

// A bare number: a sign (hyphen or minus), digits in groups of three or not, a decimal part.
#define CG_NUMBER "((?:-|\xE2\x88\x92)?\\d+(?:,\\d{3})*(?:\\.\\d+)?)"
// A verb of rating and words of its clause without a number, before "out of" and the scale's top
// (ratesOutOf in StatedValues.h).
#define CG_RATING_CLAUSE \
  "\\b(?:rat(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\\b[^.;:!?()\\d]{0,60}?"
// A verb of consisting, having or requiring in the third person, and a restrictive adverb, before "a single"
// or "one" (kSingle, and singleBefore in StatedValues.h): "SGD requires only one example"; not
// "have"/"having", which a story's "you" and gerunds take: "having only one friend guess"; nor "requiring",
// which "rather than" negates: "rather than requiring a single contiguous allocation".
#define CG_COMPOSED_OF                                                                                     \
  "\\b(?:consists?\\s+of|consisting\\s+of|composed\\s+of|made\\s+up\\s+of|comprises?|comprising|contains|" \
  "ha[sd]|requires)\\s+(?:(?:only|just)\\s+)?"
// A short aside in brackets after an end of a range: "-1 (complete disagreement) to 1".
#define CG_ASIDE "(?:\\s*\\([^()]{1,60}\\))?"

// The forms, each a pattern whose first group is the whole match.
enum Form : std::size_t {
  // "ranges from 0 to 1", "range between 0 and 1", "ranging from -1 (complete disagreement) to 1",
  // "A range of 10 to 1000", "a common range, typically between 0 and 1".
  kRange,
  // "varies between 1 and -1", "values between 0.1 and 0.5 work well", "lies between 0 and 1": the
  // values a measure takes, said by a verb of varying or lying, or by "values", before "between" or
  // "from" (not "of": "values of 3 and 5" are two values).
  kBetween,
  // "several draft tokens (typically 3 to 8)", "the clipping parameter (typically 0.1-0.2)": a range of
  // bare numbers alone in brackets, a hedge perhaps before it, right after a word: the values of what
  // that word names.
  kBracketRange,
  // "on a scale from 1 to 10", "a scale of 1 - 10".
  kScale,
  // "a common range, such as [0, 1] or [-1, 1]", "values in the range [0, 255]": intervals in the
  // notation of mathematics after the word "range" in the same clause.
  kInterval,
  // "Scalars have a rank of 0", "tensors have ranks of 3 or more": the rank of a tensor, a count of
  // its dimensions.
  kRank,
  // "with a default value of 5", "the default is 0.7".
  kDefault,
  // "An AUC of 0.5", "an IoU score of 1", "a standard deviation of 1": a statistic named with a
  // determiner before "of" (MeasureNames.h: a word of two capitals or more, or a noun of
  // data/statistic_nouns.txt), and its value. The pattern finds "of" and a number; the words
  // before it are read by statisticBeforeOf, shared with the statement reader; a bare number is also
  // the value of any value noun of that table ("a learning rate of 0.001", "a temperature of 0.7").
  kMetric,
  // "two-dimensional", "768-dimensional", "zero-dimensional".
  kDimensional,
  // "a 2D array", "3D tensors": digits and a capital D before the noun of an array.
  kShortDimensional,
  // "a two- or three-dimensional space", "2- to 4-dimensional": the first word's hyphen left hanging
  // (suspended hyphenation) shares "dimensional" with the second, a range of dimensions.
  kSuspendedDimensional,
  // "with 0.5 being the score for a random classifier": an absolute clause that makes the number the
  // value of the noun after "being" (a value noun, MeasureNames.h's valueNounOpening).
  kValueBeing,
  // "one or more hidden layers": at least one.
  kOneOrMore,
  // "outputs a probability between 0 and 1.", "a score between -1 and 1, where": a range of two bare
  // numbers after "between" that closes its phrase (punctuation, the end, or a word that opens another
  // phrase follows), so no unit or counted noun after it is left unread ("between 2 and 3 hours" is the
  // figure reader's): the values of what the clause names, as "ranges between 0 and 1" gives them.
  kBareBetween,
  // "the probabilities add up to 1", "the weights sum to 1": a total a verb of adding states, exact.
  kSum,
  // "不少于300字" (no fewer than 300 characters), "分 3 步进行" (in 3 steps): digits and a Chinese
  // counter that names what they count, a bound word of Chinese before them. Only the counters whose
  // noun is the counter itself; "个" and the like stand before a noun of their own.
  kChineseCount,
  // "Continue this process up to the 16th generation": the last of a run of things, named by its
  // ordinal after "up to the", says how many there are at most (sixteen generations).
  kUpToOrdinal,
  // "Always rate the statement out of 10", "scores each answer out of 100": the top of a rating scale,
  // after a verb of rating in the same clause and no number between them ("a score of 92.4 out of
  // 100" is a score with its scale's top, not the scale).
  kRatedOutOf,
  // "the output layer usually consists of a single neuron", "each node has one incoming edge": "a single"
  // or "one" after a verb of consisting or having counts one of the noun after it (singleCount).
  kSingle,
  // "Temperature: 0.7 (balanced creativity)", "- **Temperature**: 0.7": a value noun as the label of a
  // list item or line (the sentence opens with it), a colon, and a bare number that ends the value (the
  // line ends, or an aside or another clause follows: not "Output Format: 2 columns"): the noun's value, as
  // "a temperature of 0.7" gives it (a name of a setting with no value noun, "Min_p: 0.1", names none).
  kLabelValue,
  kForms
};

constexpr const char* kPatterns[kForms] = {
    "(?i)(\\b(?:range[sd]?|ranging)(?:,?\\s+(?:typically|usually|generally|often|normally|commonly|mostly))?\\s+"
    "(?:from|between|of)\\s+" CG_NUMBER CG_ASIDE "\\s*(?:to|and|-|\xE2\x80\x93)\\s*" CG_NUMBER CG_ASIDE ")",
    "(?i)(\\b(?:var(?:y|ies|ied|ying)|values?|lies?|lying)(?:\\s+(?:typically|usually|generally|often|normally|"
    "commonly|"
    "mostly))?\\s+(?:from|between)\\s+" CG_NUMBER CG_ASIDE "\\s*(?:to|and|-|\xE2\x80\x93)\\s*" CG_NUMBER CG_ASIDE ")",
    "(?i)(\\(\\s*(?:(?:typically|usually|generally|often|normally|commonly|mostly|e\\.g\\.,?)\\s+)?" CG_NUMBER
    "\\s*(?:to|-|\xE2\x80\x93)\\s*" CG_NUMBER "\\s*\\))",
    "(?i)(\\bscale\\s+(?:from|between|of)\\s+" CG_NUMBER "\\s*(?:to|and|-|\xE2\x80\x93)\\s*" CG_NUMBER ")",
    "(?i)(\\branges?\\b[^.;:\\[\\]]{0,40}?(\\[\\s*" CG_NUMBER "\\s*,\\s*" CG_NUMBER
    "\\s*\\])(?:\\s+or\\s+(\\[\\s*" CG_NUMBER "\\s*,\\s*" CG_NUMBER "\\s*\\]))?)",
    "(?i)(\\b(?:a|the|its|their|have|has)\\s+ranks?\\s+of\\s+(\\d+)((?:\\s+or\\s+(?:more|higher))?)\\b)",
    "(?i)(\\bdefault(?:\\s+value)?\\s+(?:of|is)\\s+" CG_NUMBER ")",
    "(\\bof\\s+" CG_NUMBER ")",
    "(?i)(\\b(\\d+|[a-z]+)-dimensional\\b)",
    "(\\b([1-9])D\\s+(?:arrays?|tensors?|matrix|matrices)\\b)",
    "(?i)(\\b(\\d+|[a-z]+)-\\s+(?:or|to|and)\\s+(\\d+|[a-z]+)-dimensional\\b)",
    "(\\b[Ww]ith\\s+" CG_NUMBER "\\s+being\\s+(?:the|a|an)\\s+((?:[a-z]+\\s+)?[a-z]+))",
    "(?i)(\\bone\\s+or\\s+more\\s+)",
    "(?i)(\\bbetween\\s+" CG_NUMBER CG_ASIDE "\\s+and\\s+" CG_NUMBER CG_ASIDE
    ")(?:\\s*(?:$|[.,;:)]|\\s(?:where|with|for|in|on|inclusive|respectively|when|which|that|and|or)\\b))",
    "(?i)(\\b(?:add(?:s|ed|ing)?\\s+up|sum(?:s|med|ming)?(?:\\s+up)?)\\s+to\\s+" CG_NUMBER ")",
    R"re(((\x{4E0D}\x{5C11}\x{4E8E}|\x{81F3}\x{5C11}|\x{4E0D}\x{8D85}\x{8FC7}|\x{6700}\x{591A})?\s*(\d+)\s*(\x{5B57}|\x{6B65}|\x{53E5})))re",
    "(?i)(\\bup\\s+to\\s+the\\s+(\\d+(?:st|nd|rd|th)|[a-z]+)\\s+([a-z]+))\\b",
    "(?i)" CG_RATING_CLAUSE "(\\bout\\s+of\\s+(\\d+))(?:\\s*$|[.,;:)]|\\s+(?:and|with|where|points?|stars?)\\b)",
    "(?i)(" CG_COMPOSED_OF "((?:a\\s+single|one)\\s+))",
    "^(\\s*([A-Za-z][A-Za-z -]{0,40}?)\\s*:\\s*" CG_NUMBER ")\\s*(?:$|[(,;])",
};

// The compiled pattern of a form; all are compiled once, for the life of the program (the RE2 idiom).
const RE2& pattern(Form form) {
  static const std::array<const RE2*, kForms> kCompiled = [] {
    std::array<const RE2*, kForms> out{};
    for (std::size_t f = 0; f < kForms; ++f) {
      out[f] = new RE2(kPatterns[f]);
      if (!out[f]->ok())
        throw Error(std::string("internal error: a stated-value pattern does not compile: ") + kPatterns[f]);
    }
    return out;
  }();
  return *kCompiled[form];
}

struct ChineseCounter {
  std::string_view counter;  // UTF-8
  std::string_view measure;
};
constexpr ChineseCounter kChineseCounters[] = {
    {"\xE5\xAD\x97", "number of characters"},  // 字
    {"\xE6\xAD\xA5", "number of steps"},       // 步
    {"\xE5\x8F\xA5", "number of sentences"},   // 句
};

std::optional<double> numberOf(StringPiece m) {
  std::string digits;
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (m[i] == ',') continue;
    if (static_cast<unsigned char>(m[i]) == 0xE2) {  // U+2212 MINUS SIGN, three bytes
      digits += '-';
      i += 2;
      continue;
    }
    digits += m[i];
  }
  try {
    return std::stod(digits);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

bool isAlnumAt(std::string_view text, std::size_t at) {
  return at < text.size() && std::isalnum(static_cast<unsigned char>(text[at]));
}

// Whether what follows a match at `end` makes its last number a figure of its own with a unit
// ("to 100%", "to 1,024 tokens" are the figure reader's): a percent sign or a letter right after it.
bool unitAfter(std::string_view text, std::size_t end) {
  if (end < text.size() && text[end] == '%') return true;
  return isAlnumAt(text, end);
}

// Whether `lower` (lower-case ASCII) stands in `text` at `at` with its letters in either case.
bool caselessAt(std::string_view text, std::size_t at, std::string_view lower) {
  if (at + lower.size() > text.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (graph::lowerAscii(text[at + k]) != lower[k]) return false;
  return true;
}

// Where the white space from `at` ends (RE2's \s*).
std::size_t afterBlanks(std::string_view text, std::size_t at) {
  while (at < text.size() && isRe2Space(text[at])) ++at;
  return at;
}

// Whether `text` holds `words` (lower-case ASCII) in either case one after another, white space (RE2's
// \s+) after each, and before the first when `blankBefore`: "up to the ", "one or more ". A test of
// what a pattern's words need before the pattern reads the text, so no word may hold a letter that
// (?i) also reads as a character beyond ASCII ('k', 's'): the caller leaves those out. The first word
// is looked for as findCaseless looks (`anchor` its pair).
bool wordsInRow(std::string_view text, std::initializer_list<std::string_view> words, std::size_t anchor,
                bool blankBefore = false) {
  const std::string_view first = *words.begin();
  for (std::size_t s = findCaseless(text, first, anchor); s != std::string_view::npos;
       s = findCaseless(text, first, anchor, s + 1)) {
    if (blankBefore && (s == 0 || !isRe2Space(text[s - 1]))) continue;
    std::size_t p = s;
    bool inRow = true;
    for (const std::string_view word : words) {
      const std::size_t end = p + word.size();
      if (!caselessAt(text, p, word) || end == text.size() || !isRe2Space(text[end])) {
        inRow = false;
        break;
      }
      p = afterBlanks(text, end);
    }
    if (inRow) return true;
  }
  return false;
}

// Whether `text` holds `word` (lower-case ASCII, as wordsInRow's) in either case, white space, and a
// number (CG_NUMBER: a sign perhaps, then a digit): "of 0.5", "between -1".
bool numberAfter(std::string_view text, std::string_view word, std::size_t anchor) {
  for (std::size_t s = findCaseless(text, word, anchor); s != std::string_view::npos;
       s = findCaseless(text, word, anchor, s + 1)) {
    std::size_t p = afterBlanks(text, s + word.size());
    if (p == s + word.size()) continue;
    if (p < text.size() && text[p] == '-')
      ++p;
    else if (text.substr(p).starts_with("\xE2\x88\x92"))
      p += 3;
    if (p < text.size() && text[p] >= '0' && text[p] <= '9') return true;
  }
  return false;
}

// Whether a bracket holds a digit before it closes, with no other bracket opened inside: a range in
// brackets ("(typically 3 to 8)") holds no bracket of its own.
bool digitInBrackets(std::string_view text) {
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::size_t close = text.find_first_of("()", open + 1);
    if (close == std::string_view::npos) return false;
    if (text[close] == ')' && graph::hasAsciiDigit(text.substr(open + 1, close - open - 1))) return true;
  }
  return false;
}

// Whether `text` holds what every match of `form` holds: a digit where its number must be digits
// (RE2's \d is [0-9]; `digit` says whether it does, and most sentences hold none), and its word (in
// either case: under (?i) RE2 matches an ASCII letter only by its two cases, save 'k' also by U+212A
// and 's' by U+017F, which the words tested here leave out or test for). A pattern searched
// unanchored reads every byte of the sentence; most sentences hold none of these words.
bool mayMatch(Form form, std::string_view text, bool digit) {
  switch (form) {
    case kRange:
      return digit && containsCaseless(text, "rang", 3) &&
             (numberAfter(text, "from", 0) || numberAfter(text, "between", 1) || numberAfter(text, "of", 0));
    case kBetween:  // "valueſ", "varieſ": the words are read by a letter other than 's'
      return digit &&
             (containsCaseless(text, "var", 2) || containsCaseless(text, "value", 2) ||
              containsCaseless(text, "lie", 0) || containsCaseless(text, "lying", 1)) &&
             (numberAfter(text, "from", 0) || numberAfter(text, "between", 1));
    case kBracketRange:
      return digit && digitInBrackets(text);
    case kScale:
      return digit && containsCaseless(text, "cale", 0);  // "ſcale"
    case kInterval:
      return digit && text.find('[') != std::string_view::npos && containsCaseless(text, "rang", 3);
    case kRank:  // "ranK" with the Kelvin sign
      return digit && (containsCaseless(text, "rank", 3) || text.find("\u212A") != std::string_view::npos);
    case kDefault:
      return digit && containsCaseless(text, "default", 2);
    case kMetric:
      return digit && numberAfter(text, "of", 0);
    case kDimensional:  // "-dimensional", "-dimenſional"
      return containsCaseless(text, "-dimen", 0);
    case kShortDimensional:
      for (std::size_t d = text.find('D', 1); d != std::string_view::npos; d = text.find('D', d + 1))
        if (text[d - 1] >= '1' && text[d - 1] <= '9') return true;
      return false;
    case kSuspendedDimensional:
      return containsCaseless(text, "-dimensional", 2) && text.find("- ") != std::string_view::npos;
    case kValueBeing:
      return digit && text.find("being") != std::string_view::npos;
    case kOneOrMore:
      return wordsInRow(text, {"one", "or", "more"}, 0);
    case kBareBetween:
      return digit && numberAfter(text, "between", 1);
    case kSum:
      // "ſum": the 's' is left to the regex, which reads it in either form.
      return digit &&
             (containsCaseless(text, "add", 0) ||
              (containsCaseless(text, "um", 0) && containsCaseless(text, "to", 1))) &&
             numberAfter(text, "to", 1);
    case kChineseCount:
      return digit &&
             std::any_of(std::begin(kChineseCounters), std::end(kChineseCounters),
                         [&](const ChineseCounter& c) { return text.find(c.counter) != std::string_view::npos; });
    case kUpToOrdinal:
      return wordsInRow(text, {"up", "to", "the"}, 1);
    case kLabelValue:
      return digit && text.find(':') != std::string_view::npos;
    case kRatedOutOf:
      return digit && containsCaseless(text, "out of", 0);
    case kSingle:  // "a single ", "a ſingle ", " one "
      return wordsInRow(text, {"ingle"}, 2) || wordsInRow(text, {"one"}, 0, true);
    case kForms:
      break;
  }
  return true;
}

// Every match of a pattern whose first group is the whole match, in order: `take` gets the groups.
template <int N, typename Take>
void eachMatch(std::string_view text, const RE2& re, Take take) {
  StringPiece input(text.data(), text.size());
  std::array<StringPiece, N> groups;
  std::array<RE2::Arg, N> args;
  std::array<const RE2::Arg*, N> argp;
  for (int k = 0; k < N; ++k) args[k] = &groups[k], argp[k] = &args[k];
  while (RE2::FindAndConsumeN(&input, re, argp.data(), N)) {
    if (groups[0].empty()) break;
    take(groups);
  }
}

// "a PER of 10 or less", "ranks of 3 or more": a bound the words after a value give it.
graph::Bound boundAfter(std::string_view text, std::size_t end) {
  const std::string after = graph::lowerAscii(text.substr(end, 12));
  for (std::string_view w : {" or less", " or fewer", " or lower", " or below"})
    if (after.starts_with(w)) return graph::Bound::kAtMost;
  for (std::string_view w : {" or more", " or higher", " or greater", " or above"})
    if (after.starts_with(w)) return graph::Bound::kAtLeast;
  return graph::Bound::kExact;
}

// "values ranging from 0-10, 10-20, 20-30": the first of a list of ranges is no range of the measure.
bool listOfRanges(std::string_view text, std::size_t end) {
  return end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ' &&
         std::isdigit(static_cast<unsigned char>(text[end + 2]));
}

struct Scan {
  std::string_view text;
  const std::function<bool(const std::string&)>& countNoun;
  bool everyPattern = false;  // run each pattern, without mayMatch's test first
  bool digit = graph::hasAsciiDigit(text);
  std::vector<StatedValue> out;

  template <int N, typename Take>
  void eachMatch(Form form, Take take) const {
    if (everyPattern || mayMatch(form, text, digit)) ingest::eachMatch<N>(text, pattern(form), take);
  }

  std::size_t at(StringPiece p) const { return static_cast<std::size_t>(p.data() - text.data()); }
  std::size_t endOf(StringPiece p) const { return at(p) + p.size(); }

  void add(StringPiece whole, graph::Quantity q, std::string measure, std::string noun = {}) {
    while (!whole.empty() && whole[0] == ' ') whole.remove_prefix(1);  // the blanks a pattern may open with
    q.text = std::string(whole.data(), whole.size());
    out.push_back({std::move(q), at(whole), endOf(whole), std::move(measure), std::move(noun)});
  }

  void range(StringPiece whole, StringPiece a, StringPiece b, const char* measure) {
    auto low = numberOf(a), high = numberOf(b);
    // "varies between 1 and -1": "between" joins its ends in either order, where "from 5 to 3" runs down.
    if (low && high && *low > *high && containsCaseless(std::string_view(whole.data(), whole.size()), "between", 1))
      std::swap(low, high);
    if (!low || !high || *low >= *high || unitAfter(text, endOf(b)) || listOfRanges(text, endOf(whole))) return;
    if (yearLike(a) && yearLike(b)) return;  // "values from 2019 to 2023" are dates
    graph::Quantity q;
    q.low = low;
    q.high = high;
    add(whole, std::move(q), measure);
  }

  // Whether a match overlaps a value found before it ("a range of 10 to 1000" is a range, not a range's 10).
  bool overlapsFound(StringPiece whole) const {
    return std::any_of(out.begin(), out.end(),
                       [&](const StatedValue& v) { return v.begin < endOf(whole) && at(whole) < v.end; });
  }

  // Whether a number ending at `end` is the first end of a range ("of 0 to 100", "of 1-5") or of an
  // inequality that writes one ("in the range of 0 \u2264 t \u2264 1"): no value alone.
  bool rangeGoesOn(std::size_t end) const {
    std::size_t p = end;
    while (p < text.size() && text[p] == ' ') ++p;
    const std::string_view rest = text.substr(p);
    return rest.starts_with("to ") || rest.starts_with("-") || rest.starts_with("\xE2\x80\x93") ||
           rest.starts_with("<") || rest.starts_with("\xE2\x89\xA4");  // U+2264 LESS-THAN OR EQUAL TO
  }

  // Whether a number is a decimal fraction that no unit, scale or percent sign follows ("of 0.48.", "of 0.48 for
  // this split"; not "of 2.3 billion"): a value that counts nothing.
  bool fractionAlone(StringPiece n) const {
    const std::string_view digits(n.data(), n.size());
    if (digits.find('.') == std::string_view::npos || unitAfter(text, endOf(n))) return false;
    std::size_t p = endOf(n);
    while (p < text.size() && text[p] == ' ') ++p;
    std::size_t e = p;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    return e == p || lexicon().isFunctionWord(graph::lowerAscii(text.substr(p, e - p)));
  }

  // A number written as a year ("2023"), which no value noun takes bare.
  static bool yearLike(StringPiece n) {
    return writtenAsYear(std::string_view(n.data(), n.size())) && (n[0] == '1' || n[0] == '2');
  }

  void value(StringPiece whole, StringPiece n, std::string measure, const char* unit = "") {
    const auto v = numberOf(n);
    if (!v || unitAfter(text, endOf(n))) return;
    graph::Quantity q;
    q.value = v;
    q.unit = unit;
    q.bound = boundAfter(text, endOf(n));
    add(whole, std::move(q), std::move(measure));
  }

  void ranges() {
    eachMatch<3>(kRange, [&](auto& g) { range(g[0], g[1], g[2], "range"); });
    eachMatch<3>(kBetween, [&](auto& g) { range(g[0], g[1], g[2], "range"); });
    eachMatch<3>(kBracketRange, [&](auto& g) {
      // After a word and a blank ("tokens (3 to 8)"), not glued to one ("8(3-4)", a journal's issue);
      // no number with a leading zero ("(06-05)", a date).
      const std::size_t open = at(g[0]);
      if (open < 2 || text[open - 1] != ' ' || !std::isalpha(static_cast<unsigned char>(text[open - 2]))) return;
      if ((g[1].size() > 1 && g[1][0] == '0' && g[1][1] != '.') ||
          (g[2].size() > 1 && g[2][0] == '0' && g[2][1] != '.'))
        return;
      range(g[0], g[1], g[2], "range");
    });
    eachMatch<3>(kScale, [&](auto& g) { range(g[0], g[1], g[2], "scale"); });
    eachMatch<3>(kBareBetween, [&](auto& g) {
      if (!overlapsFound(g[0])) range(g[0], g[1], g[2], "range");
    });
    eachMatch<7>(kInterval, [&](auto& g) {
      range(g[1], g[2], g[3], "range");
      if (!g[4].empty()) range(g[4], g[5], g[6], "range");
    });
  }

  void values() {
    eachMatch<2>(kDefault, [&](auto& g) { value(g[0], g[1], "default value"); });
    eachMatch<2>(kMetric, [&](auto& g) {
      // A bare number is the value of any value noun ("a learning rate of 0.001"); not a year, not the
      // first end of a range ("a scale of 0 to 100"), not a span another stated value holds.
      if (yearLike(g[1]) || overlapsFound(g[0]) || rangeGoesOn(endOf(g[1]))) return;
      auto named = statisticBeforeOf(text.substr(0, at(g[0]) + 3), NamedValues::kAnyValue);
      // A decimal fraction with no unit is the value of any noun phrase before it: "a Gini impurity of 0.48".
      if (!named && fractionAlone(g[1])) named = nounPhraseBeforeOf(text.substr(0, at(g[0]) + 3));
      if (!named) return;
      value(StringPiece(text.data() + named->begin, endOf(g[0]) - named->begin), g[1], named->measure);
    });
    eachMatch<3>(kRank, [&](auto& g) { value(g[0], g[1], "rank", "count"); });
    eachMatch<2>(kSum, [&](auto& g) {
      if (!yearLike(g[1]) && !rangeGoesOn(endOf(g[1]))) value(g[0], g[1], "sum");
    });
    eachMatch<2>(kRatedOutOf, [&](auto& g) { value(g[0], g[1], std::string(kScaleTop)); });
    eachMatch<3>(kLabelValue, [&](auto& g) {
      // The label opens the sentence and is wholly the value noun: "Temperature", "Learning rate".
      if (at(g[0]) != 0) return;  // a later match starts where the last ended, which "^" takes for the start
      const std::string_view label(g[1].data(), g[1].size());
      const std::string measure = valueNounOpening(label);
      if (!measure.empty() && graph::foldTokens(measure) == graph::foldTokens(label) && !yearLike(g[2]))
        value(g[0], g[2], measure);
    });
    eachMatch<3>(kValueBeing, [&](auto& g) {
      if (yearLike(g[1]) || overlapsFound(g[0]) || rangeGoesOn(endOf(g[1]))) return;
      const std::string_view phrase(g[2].data(), g[2].size());
      if (std::string measure = valueNounOpening(phrase); !measure.empty()) value(g[0], g[1], std::move(measure));
    });
  }

  // The value of a number of dimensions written in digits or in a word ("768", "three"); -1 for none.
  static int dimensionCount(StringPiece p) {
    const std::string word = graph::lowerAscii(std::string_view(p.data(), p.size()));
    return std::isdigit(static_cast<unsigned char>(word[0])) ? std::atoi(word.c_str()) : cardinalWordValue(word);
  }

  void dimensions() {
    std::size_t suspendedEnd = 0;  // where the last "two- or three-dimensional" ends: its second word is read
    eachMatch<3>(kSuspendedDimensional, [&](auto& g) {
      const int low = dimensionCount(g[1]), high = dimensionCount(g[2]);
      if (low < 0 || high <= low) return;
      graph::Quantity q;
      q.low = low;
      q.high = high;
      q.unit = "count";
      suspendedEnd = endOf(g[0]);
      add(g[0], std::move(q), "number of dimensions");
    });
    eachMatch<2>(kDimensional, [&](auto& g) {
      const int n = dimensionCount(g[1]);
      if (endOf(g[0]) == suspendedEnd) return;
      if (n < 0 || (at(g[0]) > 0 && text[at(g[0]) - 1] == '-')) return;  // "multi-dimensional", "higher-dimensional"
      graph::Quantity q;
      q.value = n;
      q.unit = "count";
      add(g[0], std::move(q), "number of dimensions");
    });
    eachMatch<2>(kShortDimensional, [&](auto& g) {
      graph::Quantity q;
      q.value = g[1][0] - '0';
      q.unit = "count";
      add(StringPiece(g[0].data(), 2), std::move(q), "number of dimensions");
    });
  }

  void chineseCounts() {
    eachMatch<4>(kChineseCount, [&](auto& g) {
      const std::string_view counter(g[3].data(), g[3].size());
      // "第4步" (the fourth step) is an ordinal.
      std::size_t before = at(g[2]);
      while (before > 0 && text[before - 1] == ' ') --before;
      if (text.substr(0, before).ends_with("\xE7\xAC\xAC")) return;
      for (const ChineseCounter& c : kChineseCounters) {
        if (counter != c.counter) continue;
        graph::Quantity q;
        q.value = numberOf(g[2]);
        q.unit = "count";
        const std::string_view bound(g[1].data(), g[1].size());
        // 不少于 "no fewer than", 至少 "at least"; 不超过 "no more than", 最多 "at most".
        if (!bound.empty())
          q.bound = bound.starts_with("\xE4\xB8\x8D\xE5\xB0\x91") || bound.starts_with("\xE8\x87\xB3")
                        ? graph::Bound::kAtLeast
                        : graph::Bound::kAtMost;
        // "50字以内" (within 50 characters).
        if (text.substr(endOf(g[3])).starts_with("\xE4\xBB\xA5\xE5\x86\x85")) q.bound = graph::Bound::kAtMost;
        add(g[0], std::move(q), std::string(c.measure));
      }
    });
  }

  // "up to the 16th generation", "up to the fifth attempt": at most that many of the noun (its plural a
  // count noun). Not a date ("up to the 18th century", Dates.h), nor a span of time the figure reader
  // reads as a time and no count: the noun's plural after the number must read as a count.
  void upToOrdinals() {
    eachMatch<3>(kUpToOrdinal, [&](auto& g) {
      const std::string ordinal = graph::lowerAscii(std::string_view(g[1].data(), g[1].size()));
      const int n =
          std::isdigit(static_cast<unsigned char>(ordinal[0])) ? std::atoi(ordinal.c_str()) : ordinalWordValue(ordinal);
      const std::string plural = pluralNoun(graph::lowerAscii(std::string_view(g[2].data(), g[2].size())));
      if (n < 2 || plural.empty() || !countNoun(plural)) return;
      if (!findDates(std::string_view(g[0].data(), g[0].size())).empty()) return;  // "the 18th century"
      const std::optional<Quantity> read = parseFigure(std::to_string(n) + " " + plural);
      if (!read || !isCountUnit(read->unit)) return;
      graph::Quantity q;
      q.value = n;
      q.unit = "count";
      q.bound = graph::Bound::kAtMost;
      add(g[0], std::move(q), "", plural);
    });
  }

  // "consists of a single neuron", "has one incoming edge": one of the noun (its plural a count noun)
  // right after, or after one adjective (WordNet's: "incoming" is no noun counted); nothing where
  // another word follows ("has one of the", "has a single global view" of no count noun).
  void singleCounts() {
    eachMatch<2>(kSingle, [&](auto& g) {
      wordsAfter(endOf(g[1]), 2, [&](int w, const std::string& word, std::size_t e) {
        if (lexicon().isFunctionWord(word) || lexicon().prepositions.contains(word)) return true;  // "of", "or"
        const bool adjective = w == 0 && wordNetAdjectives().contains(word);
        const std::string plural = pluralNoun(word);
        if (adjective || plural.empty() || plural == word || !countNoun(plural)) return false;
        graph::Quantity q;
        q.value = 1;
        q.unit = "count";
        add(StringPiece(g[1].data(), e - at(g[1])), std::move(q), "", plural);
        return true;
      });
    });
  }

  // "one or more hidden layers": the counted noun is the first plural count noun of the next three
  // words; none ("one or more of the following") says nothing.
  void atLeastOne() {
    eachMatch<1>(kOneOrMore, [&](auto& g) {
      wordsAfter(endOf(g[0]), 3, [&](int, const std::string& word, std::size_t e) {
        if (!countNoun(word)) return false;
        graph::Quantity q;
        q.value = 1;
        q.unit = "count";
        q.bound = graph::Bound::kAtLeast;
        add(StringPiece(g[0].data(), e - at(g[0])), std::move(q), "", word);
        return true;
      });
    });
  }

  // Hands `take` each of the next `most` words from `p` (letters and hyphens, lower-cased, with the
  // word's index and end) while single spaces part them, until it returns true (done).
  template <class Take>
  void wordsAfter(std::size_t p, int most, Take&& take) const {
    for (int w = 0; w < most && p < text.size(); ++w) {
      std::size_t e = p;
      while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
      if (e == p || take(w, graph::lowerAscii(text.substr(p, e - p)), e)) return;
      if (e >= text.size() || text[e] != ' ') return;
      p = e + 1;
    }
  }
};

}  // namespace

bool singleBefore(std::string_view textBefore) {
  static const RE2 kComposedOf("(?i)" CG_COMPOSED_OF "$");
  return RE2::PartialMatch(StringPiece(textBefore.data(), textBefore.size()), kComposedOf);
}

bool ratesOutOf(std::string_view textBefore) {
  static const RE2 kRatesOutOf("(?i)" CG_RATING_CLAUSE "\\bout\\s+of\\s+$");
  return RE2::PartialMatch(StringPiece(textBefore.data(), textBefore.size()), kRatesOutOf);
}

std::vector<StatedValue> statedValues(std::string_view text, const std::function<bool(const std::string&)>& countNoun,
                                      bool everyPattern) {
  Scan scan{text, countNoun, everyPattern};
  scan.ranges();
  scan.values();
  scan.dimensions();
  scan.atLeastOne();
  scan.singleCounts();
  scan.chineseCounts();
  scan.upToOrdinals();
  std::sort(scan.out.begin(), scan.out.end(),
            [](const StatedValue& x, const StatedValue& y) { return x.begin < y.begin; });
  return scan.out;
}

}  // namespace cg::ingest
