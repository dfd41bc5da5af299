#include "ingest/Dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "graph/AsciiRun.h"
#include "graph/Error.h"
#include "graph/Fold.h"
#include "ingest/Lexicon.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"
#include "ingest/Words.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};

// "2025", "2025-01", "2025-01-27" (a day with the month before it), from the forms' numbers: a year
// of four digits, a month and a day of at most two. Written digit by digit: fmt's reading of the
// format string cost more than the date (about 1,500 instructions a date).
std::string iso(int year, int month, int day) {
  char text[10];
  auto put = [&text](std::size_t at, int value, std::size_t width) {
    for (std::size_t k = width; k-- > 0; value /= 10) text[at + k] = static_cast<char>('0' + value % 10);
  };
  put(0, year, 4);
  if (day <= 0 && month <= 0) return std::string(text, 4);
  text[4] = '-';
  put(5, month, 2);
  if (day <= 0) return std::string(text, 7);
  text[7] = '-';
  put(8, day, 2);
  return std::string(text, 10);
}

int toInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

#define CG_MONTH                                                                                                       \
  "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|" \
  "Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)"

constexpr const char* kIsoPattern = "\\b((?:18|19|20|21)\\d\\d)-(\\d\\d)(?:-(\\d\\d))?\\b";
constexpr const char* kMonthDayYearPattern =
    "\\b" CG_MONTH "\\s+(\\d{1,2})(?:\\s*[-\u2013\u2014]\\s*\\d{1,2})?(?:st|nd|rd|th)?,?\\s+((?:18|19|20|21)\\d\\d)\\b";
constexpr const char* kDayMonthYearPattern = "\\b(\\d{1,2})\\s+" CG_MONTH ",?\\s+((?:18|19|20|21)\\d\\d)\\b";
constexpr const char* kMonthYearPattern = "\\b" CG_MONTH ",?\\s+((?:18|19|20|21)\\d\\d)\\b";
// "2025", and a fiscal year written "FY2024" or "FY 2024", read as its year (as_of is ISO 8601).
constexpr const char* kYearPattern = "(?:\\bFY ?|\\b)((?:18|19|20|21)\\d\\d)\\b";

// std::isalnum in the C locale the program runs in, without a call a byte: one look-up in a table
// (findTimeAnaphor asks it of every byte of a sentence).
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return table;
}();
constexpr bool asciiAlnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }
// A byte of a word to RE2's \b (the date patterns' edges): an ASCII letter or digit, or '_'.
constexpr bool re2WordByte(char c) { return asciiAlnum(c) || c == '_'; }

// Where the first candidate year of `text` starts (four digits in a row that start with 18, 19, 20
// or 21), or npos. `whole`: only four digits that stand as a word of their own, as RE2's \b reads
// one ("in 2011", not "120115" nor "FY2011").
std::size_t findYearDigits(std::string_view text, bool whole) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // A candidate opens with '1' or '2': the loop steps from one such byte to the next, in order, so
  // the first place found is the first four digits in a row that pass.
  for (std::size_t start = nextByteOf(text, 0, '1', '2'); start + 4 <= text.size();
       start = nextByteOf(text, start + 1, '1', '2')) {
    const std::string_view century = text.substr(start, 2);
    if ((century != "18" && century != "19" && century != "20" && century != "21") || !digit(text[start + 2]) ||
        !digit(text[start + 3]))
      continue;
    if (!whole) return start;
    if ((start == 0 || !re2WordByte(text[start - 1])) && (start + 4 == text.size() || !re2WordByte(text[start + 4])))
      return start;
  }
  return std::string_view::npos;
}

// True when four digits in a row start with 18, 19, 20 or 21 (a candidate year).
bool holdsYear(std::string_view text) { return findYearDigits(text, false) != std::string_view::npos; }

constexpr std::uint32_t threeBytes(char a, char b, char c) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(a)) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b)) << 8 | static_cast<unsigned char>(c);
}

// Whether three bytes open a month's name as the forms write it: "Jan", "Sep" (for "Sept") ...
bool isMonthStart(std::uint32_t three) {
  static constexpr std::array<std::uint32_t, 12> kStarts = [] {
    std::array<std::uint32_t, 12> starts{};
    for (std::size_t m = 0; m < starts.size(); ++m)
      starts[m] = threeBytes(static_cast<char>(kMonths[m][0] - ('a' - 'A')), kMonths[m][1], kMonths[m][2]);
    return starts;
  }();
  return std::find(kStarts.begin(), kStarts.end(), three) != kStarts.end();
}

// Whether a form with a month or a day could match: a month's first three letters as the forms
// write them ("Jan", "Sept") or a year before '-' ("2025-01"). Else only a year alone can.
bool mayHoldMonthOrDay(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '-' && i >= 4 &&
        std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i - 4), text.begin() + static_cast<std::ptrdiff_t>(i),
                    [](char d) { return d >= '0' && d <= '9'; }))
      return true;
    if (c >= 'A' && c <= 'S' && i + 3 <= text.size() && isMonthStart(threeBytes(c, text[i + 1], text[i + 2])))
      return true;
  }
  return false;
}

}  // namespace

bool writtenAsYear(std::string_view word) {
  return word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int monthNumber(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  const std::string lower = graph::lowerAscii(word);
  if (lower == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (lower == full || (lower.size() == 3 && full.substr(0, 3) == lower)) return m + 1;
  }
  return 0;
}

namespace {

constexpr const char* kForms[] = {kIsoPattern, kMonthDayYearPattern, kDayMonthYearPattern, kMonthYearPattern,
                                  kYearPattern};
constexpr int kYearForm = 4;

// All five forms in one pass, which tells which of them occur.
const re2::RE2::Set& anyForm() {
  static const re2::RE2::Set kAny = [] {
    re2::RE2::Set set(RE2::DefaultOptions, RE2::UNANCHORED);
    for (const char* form : kForms)
      if (set.Add(form, nullptr) < 0)
        throw Error(std::string("internal error: a date pattern does not compile: ") + form);
    if (!set.Compile()) throw Error("internal error: the date patterns do not compile together (RE2 out of memory)");
    return set;
  }();
  return kAny;
}

// The ISO text of a match of date form `form` (m[1], m[2], ... its groups), or nothing for
// an impossible day or month.
std::optional<std::string> isoOfMatch(int form, const re2::StringPiece* m) {
  auto number = [&](int k) { return toInt(std::string_view(m[k].data(), m[k].size())); };
  auto month = [&](int k) { return monthNumber(std::string_view(m[k].data(), m[k].size())); };
  switch (form) {
    case 0: {  // 2025-01-27, 2025-01
      const int mo = number(2), day = m[3].empty() ? 0 : number(3);
      if (mo < 1 || mo > 12 || day > 31) return std::nullopt;
      return iso(number(1), mo, day);
    }
    case 1:  // January 27, 2025
      if (number(2) < 1 || number(2) > 31) return std::nullopt;
      return iso(number(3), month(1), number(2));
    case 2:  // 27 January 2025
      if (number(1) < 1 || number(1) > 31) return std::nullopt;
      return iso(number(3), month(2), number(1));
    case 3:  // January 2025
      return iso(number(2), month(1), 0);
    default:  // 2025
      return iso(number(1), 0, 0);
  }
}

}  // namespace

namespace {

// The first match of the year form (kYearPattern) in `text`, m[0] the whole match and m[1] the year,
// found with findYearDigits rather than RE2 (most date matches are a year alone, and RE2's search
// with groups cost more than the byte scan): four digits that end a word, at a word's start or after
// "FY" or "FY " at one (RE2's \b: ASCII letters, digits and '_' are word bytes). Four digits that go
// on after a point with digits are a number's ("arxiv:1909.08053", an arXiv id; "2023.5"), not a
// year: the form looks past them.
bool matchYear(std::string_view text, re2::StringPiece* m) {
  auto wordByte = [&](std::size_t k) { return re2WordByte(text[k]); };
  // `prefix` stands right before `at` and opens a word there.
  auto opensWith = [&](std::size_t at, std::string_view prefix) {
    if (at < prefix.size() || text.substr(at - prefix.size(), prefix.size()) != prefix) return false;
    return at == prefix.size() || !wordByte(at - prefix.size() - 1);
  };
  for (std::size_t from = 0;;) {
    const std::size_t found = findYearDigits(text.substr(from), false);
    if (found == std::string_view::npos) return false;
    const std::size_t year = from + found, end = year + 4;
    from = year + 1;
    if (end < text.size() && wordByte(end)) continue;
    // The candidates are met in order of their digits, and no later one can open before this one.
    std::size_t begin = year;
    if (opensWith(year, "FY "))
      begin = year - 3;
    else if (opensWith(year, "FY"))
      begin = year - 2;
    else if (year > 0 && wordByte(year - 1))
      continue;
    if (end + 1 < text.size() && text[end] == '.' && text[end + 1] >= '0' && text[end + 1] <= '9') {
      from = end;  // a decimal
      continue;
    }
    m[0] = re2::StringPiece(text.data() + begin, end - begin);
    m[1] = re2::StringPiece(text.data() + year, 4);
    return true;
  }
}

// The four forms with a month, read by hand as RE2 reads their patterns (kIsoPattern ...
// kMonthYearPattern), at a cost of a few instructions a byte where RE2's search with groups cost
// about 4,900 a match: at each place in turn (the leftmost match wins), each optional part tried
// first with and then without it, each alternative in the pattern's order (the first that leads to
// a whole match wins). RE2's \s is [\t\n\f\r ], its \b the edge of a run of ASCII letters,
// digits and '_'. The whole match goes to m[0], the groups to m[1] ...
class FormScan {
 public:
  explicit FormScan(std::string_view text) : t_(text) {}

  bool match(int form, re2::StringPiece* m) const {
    // Forms 0 and 2 open with a digit, 1 and 3 with a month's capital (A to S).
    const bool digitFirst = form == 0 || form == 2;
    for (std::size_t s = 0; s < t_.size(); ++s) {
      const char c = t_[s];
      if (digitFirst ? !(c >= '0' && c <= '9') : !(c >= 'A' && c <= 'S')) continue;
      if (!(s > 0 && wordByte(s - 1)) && matchAt(form, s, m)) return true;  // \b: a word opens at s
    }
    return false;
  }

 private:
  bool wordByte(std::size_t i) const { return re2WordByte(t_[i]); }
  bool digit(std::size_t i) const { return i < t_.size() && t_[i] >= '0' && t_[i] <= '9'; }
  std::size_t digitsFrom(std::size_t i) const {
    while (digit(i)) ++i;
    return i;
  }
  std::size_t spacesFrom(std::size_t i) const {
    while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\t' || t_[i] == '\n' || t_[i] == '\f' || t_[i] == '\r')) ++i;
    return i;
  }
  bool has(std::size_t i, std::string_view s) const {
    return i <= t_.size() && t_.size() - i >= s.size() && std::string_view(t_.data() + i, s.size()) == s;
  }
  // ((?:18|19|20|21)\d\d) at i, without and with the \b after it.
  bool yearDigits(std::size_t i) const {
    return digit(i + 3) && digit(i + 2) && (has(i, "18") || has(i, "19") || has(i, "20") || has(i, "21"));
  }
  bool yearAt(std::size_t i) const { return yearDigits(i) && (i + 4 == t_.size() || !wordByte(i + 4)); }
  // `\d{1,2}` at i where a digit cannot follow it in a match: the run's end if it is one or two long.
  std::optional<std::size_t> dayDigits(std::size_t i) const {
    const std::size_t end = digitsFrom(i);
    return end > i && end - i <= 2 ? std::optional(end) : std::nullopt;
  }
  // `,?\s+(year)\b` at i: where the year starts.
  std::optional<std::size_t> commaSpacesYear(std::size_t i) const {
    for (const std::size_t from : {has(i, ",") ? i + 1 : t_.size() + 1, i}) {
      if (from > t_.size()) continue;
      const std::size_t year = spacesFrom(from);
      if (year > from && yearAt(year)) return year;
    }
    return std::nullopt;
  }
  // Where CG_MONTH's alternatives that match at a place end, in the pattern's order ("Sept." before "Sept").
  struct Ends {
    std::array<std::size_t, 5> at{};
    std::size_t size = 0;
    [[nodiscard]] const std::size_t* begin() const { return at.data(); }
    [[nodiscard]] const std::size_t* end() const { return at.data() + size; }
  };
  Ends monthEnds(std::size_t i) const {
    static constexpr std::array<std::array<std::string_view, 5>, 12> kEndings{{{"uary", ".", ""},
                                                                               {"ruary", ".", ""},
                                                                               {"ch", ".", ""},
                                                                               {"il", ".", ""},
                                                                               {""},
                                                                               {"e", ".", ""},
                                                                               {"y", ".", ""},
                                                                               {"ust", ".", ""},
                                                                               {"tember", "t.", "t", ".", ""},
                                                                               {"ober", ".", ""},
                                                                               {"ember", ".", ""},
                                                                               {"ember", ".", ""}}};
    Ends ends;
    if (i + 3 > t_.size() || !isMonthStart(threeBytes(t_[i], t_[i + 1], t_[i + 2]))) return ends;
    const std::size_t month = static_cast<std::size_t>(monthNumber(t_.substr(i, 3))) - 1;
    for (std::size_t k = 0; k < kEndings[month].size(); ++k) {
      const std::string_view ending = kEndings[month][k];
      if (has(i + 3, ending)) ends.at[ends.size++] = i + 3 + ending.size();
      if (ending.empty()) break;  // the month's last alternative: its three letters alone
    }
    return ends;
  }

  bool matchAt(int form, std::size_t s, re2::StringPiece* m) const {
    auto piece = [&](std::size_t b, std::size_t e) { return re2::StringPiece(t_.data() + b, e - b); };
    switch (form) {
      case 0: {  // \b((?:18|19|20|21)\d\d)-(\d\d)(?:-(\d\d))?\b
        if (!yearDigits(s) || !has(s + 4, "-") || !digit(s + 5) || !digit(s + 6)) return false;
        std::size_t end = s + 7;
        const bool day =
            has(end, "-") && digit(end + 1) && digit(end + 2) && (end + 3 == t_.size() || !wordByte(end + 3));
        if (day)
          end += 3;
        else if (end < t_.size() && wordByte(end))
          return false;
        m[0] = piece(s, end);
        m[1] = piece(s, s + 4);
        m[2] = piece(s + 5, s + 7);
        m[3] = day ? piece(s + 8, s + 10) : re2::StringPiece();
        return true;
      }
      case 1:  // \bMONTH\s+(\d{1,2})(?:\s*[-\u2013\u2014]\s*\d{1,2})?(?:st|nd|rd|th)?,?\s+(year)\b
        for (const std::size_t monthEnd : monthEnds(s)) {
          const std::size_t dayBegin = spacesFrom(monthEnd);
          const std::optional<std::size_t> dayEnd = dayBegin > monthEnd ? dayDigits(dayBegin) : std::nullopt;
          if (!dayEnd) continue;
          for (const std::optional<std::size_t> afterDay : {rangeEnd(*dayEnd), std::optional(*dayEnd)}) {
            if (!afterDay) continue;
            const bool ordinal =
                has(*afterDay, "st") || has(*afterDay, "nd") || has(*afterDay, "rd") || has(*afterDay, "th");
            for (const std::size_t from : {ordinal ? *afterDay + 2 : t_.size() + 1, *afterDay}) {
              if (from > t_.size()) continue;
              if (const std::optional<std::size_t> year = commaSpacesYear(from)) {
                m[0] = piece(s, *year + 4);
                m[1] = piece(s, monthEnd);
                m[2] = piece(dayBegin, *dayEnd);
                m[3] = piece(*year, *year + 4);
                return true;
              }
            }
          }
        }
        return false;
      case 2: {  // \b(\d{1,2})\s+MONTH,?\s+(year)\b
        const std::optional<std::size_t> dayEnd = dayDigits(s);
        const std::size_t monthBegin = dayEnd ? spacesFrom(*dayEnd) : s;
        if (!dayEnd || monthBegin == *dayEnd) return false;
        for (const std::size_t monthEnd : monthEnds(monthBegin))
          if (const std::optional<std::size_t> year = commaSpacesYear(monthEnd)) {
            m[0] = piece(s, *year + 4);
            m[1] = piece(s, *dayEnd);
            m[2] = piece(monthBegin, monthEnd);
            m[3] = piece(*year, *year + 4);
            return true;
          }
        return false;
      }
      default:  // \bMONTH,?\s+(year)\b
        for (const std::size_t monthEnd : monthEnds(s))
          if (const std::optional<std::size_t> year = commaSpacesYear(monthEnd)) {
            m[0] = piece(s, *year + 4);
            m[1] = piece(s, monthEnd);
            m[2] = piece(*year, *year + 4);
            return true;
          }
        return false;
    }
  }
  // `\s*[-\u2013\u2014]\s*\d{1,2}` at i (a range of days): where it ends.
  std::optional<std::size_t> rangeEnd(std::size_t i) const {
    std::size_t dash = spacesFrom(i);
    if (has(dash, "-"))
      dash += 1;
    else if (has(dash, "\u2013") || has(dash, "\u2014"))
      dash += 3;
    else
      return std::nullopt;
    return dayDigits(spacesFrom(dash));
  }

  std::string_view t_;
};

// The first match of date form `form` in `input`.
bool matchForm(int form, re2::StringPiece input, re2::StringPiece* m) {
  const std::string_view text(input.data(), input.size());
  if (form == kYearForm) return matchYear(text, m);
  return FormScan(text).match(form, m);
}

// findDate's reading; `earliest`: prose, where a year alone before a month's date is a date of its
// own ("founded in 2022 and spun off in December 2023"), so the earliest date wins. A heading's or a
// reference's date is its most precise one ("2025 (November 5, 2025)").
DateMatch firstDate(std::string_view text, bool earliest) {
  // Every date form holds a year of four digits from 18xx to 21xx; most sentences have none
  // (a figure is not a year), and a byte scan costs far less than the RE2 pass below.
  if (!holdsYear(text)) return {};
  // One pass of all five tells which forms occur; only those are matched again for their
  // places (most sentences with a digit hold a figure, not a date).
  re2::StringPiece input(text.data(), text.size());
  std::vector<int> forms;
  bool unsure = false;
  if (!mayHoldMonthOrDay(text)) {
    forms.push_back(kYearForm);  // the set would say the year, or nothing: the year's pattern says which
  } else {
    re2::RE2::Set::ErrorInfo error{};
    const bool any = anyForm().Match(input, &forms, &error);
    unsure = !any && error.kind != re2::RE2::Set::kNoError;  // the DFA ran out of memory: try each form
    if (!any && !unsure) return {};
  }
  // The most precise form at the earliest place wins; each is tried once (RE2: linear). Month
  // and year, or a year alone, only when no day was found, save in prose (`earliest`).
  DateMatch best;
  re2::StringPiece m[5];
  for (int form = 0; form < 5; ++form) {
    if (!earliest && form >= 3 && !best.iso.empty()) break;
    if (!unsure && std::find(forms.begin(), forms.end(), form) == forms.end()) continue;
    if (!matchForm(form, input, m)) continue;
    std::optional<std::string> value = isoOfMatch(form, m);
    const auto begin = static_cast<std::size_t>(m[0].data() - text.data());
    if (value && (best.iso.empty() || begin < best.begin)) best = {std::move(*value), begin, begin + m[0].size()};
  }
  return best;
}

}  // namespace

DateMatch findDate(std::string_view text) { return firstDate(text, false); }

std::string normalizeDate(std::string_view text) { return findDate(text).iso; }

namespace {

// The lexicon's anaphoric time phrases by their first byte, each list in the lexicon's order.
struct TimePhraseIndex {
  std::array<std::vector<std::size_t>, 256> byFirstByte;
  std::array<bool, 256> opens{};  // a phrase begins with this byte, or its upper case
};

const TimePhraseIndex& timePhraseIndex() {
  static const TimePhraseIndex kIndex = [] {
    TimePhraseIndex index;
    const auto& phrases = lexicon().anaphoricTimePhrases;
    for (std::size_t p = 0; p < phrases.size(); ++p) {
      if (phrases[p].words.empty()) continue;
      const auto first = static_cast<unsigned char>(phrases[p].words[0]);
      index.byFirstByte[first].push_back(p);
      for (int c = 0; c < 256; ++c)
        if (static_cast<unsigned char>(graph::lowerAscii(static_cast<char>(c))) == first)
          index.opens[static_cast<std::size_t>(c)] = true;
    }
    return index;
  }();
  return kIndex;
}

}  // namespace

namespace {

// The word start after `at`, itself one: past a byte that is no letter or digit the next byte is
// one; past a word (its letters and digits) the byte that ends it is none, and the byte after it is
// one. (Words are short: a byte at a time costs less here than eight a step.)
std::size_t nextWordStart(std::string_view text, std::size_t at) {
  if (asciiAlnum(text[at]))
    while (++at < text.size() && asciiAlnum(text[at])) {
    }
  return at + 1;
}

}  // namespace

// One pass over the text's word starts (a phrase found inside a word is refused anyway), trying at
// each the phrases its first byte can begin: the phrase earliest in the lexicon wins, at its first
// place that passes the tests, as when each phrase was searched through the whole text in turn.
TimeAnaphor findTimeAnaphor(std::string_view text) {
  const auto& phrases = lexicon().anaphoricTimePhrases;
  const TimePhraseIndex& index = timePhraseIndex();
  std::string lower;  // the text with ASCII letters lowered, made at the first phrase met
  auto passes = [&](const Lexicon::TimeAnaphorPhrase& phrase, std::size_t at) {
    const std::size_t end = at + phrase.words.size();
    if (end < lower.size() && asciiAlnum(lower[end])) return false;
    if (phrase.opening && std::any_of(lower.begin(), lower.begin() + static_cast<std::ptrdiff_t>(at), asciiAlnum))
      return false;
    std::size_t next = end;
    while (next < lower.size() && lower[next] == ' ') ++next;
    const std::string_view rest = std::string_view(lower).substr(next);
    if (phrase.closed && !rest.empty() && std::string_view(",.;:)").find(rest.front()) == std::string_view::npos)
      return false;
    constexpr std::string_view kOwnTime[] = {"of ", "when ", "as ", "that ", "which "};
    return std::none_of(std::begin(kOwnTime), std::end(kOwnTime),
                        [&](std::string_view w) { return rest.starts_with(w); });
  };
  std::size_t best = phrases.size();
  TimeAnaphor found;
  for (std::size_t at = 0; at < text.size(); at = nextWordStart(text, at)) {
    const char c = text[at];
    if (!index.opens[static_cast<unsigned char>(c)]) continue;
    for (const std::size_t p : index.byFirstByte[static_cast<unsigned char>(graph::lowerAscii(c))]) {
      if (p >= best) break;
      const std::string& words = phrases[p].words;
      if (text.size() - at < words.size()) continue;
      if (!std::equal(words.begin(), words.end(), text.begin() + static_cast<std::ptrdiff_t>(at),
                      [](char w, char t) { return w == graph::lowerAscii(t); }))
        continue;
      if (lower.empty()) lower = graph::lowerAscii(text);
      if (!passes(phrases[p], at)) continue;
      best = p;
      found = {at, at + words.size(), phrases[p].keep};
      break;
    }
  }
  return found;
}

DateMatch anaphoricDate(const TimeAnaphor& anaphor, std::string_view earlier) {
  if (anaphor.keep == 0 || earlier.empty() || earlier.find('/') != std::string_view::npos) return {};
  return {std::string(earlier.substr(0, std::min(anaphor.keep, earlier.size()))), anaphor.begin, anaphor.end};
}

namespace {

// The bytes every century findDecadeOrCentury reads holds ("19th century", "21st-Century").
constexpr std::string_view kCenturyCue = "entury";

// A decade ("the 1970s", "1970's") as ISO 8601 writes it, its first three digits ("197"); a century
// ("the 19th century", "19th-century") as its first two ("18": 1800-1899). Prose only: a reference's
// date is a day, a month or a year.
DateMatch findDecadeOrCentury(std::string_view text) {
  DateMatch best;
  // Both forms hold digits ("1970s", "19th century"): a sentence with none (most prose) is passed
  // at once, and "entury" is looked for with a Boyer-Moore-Horspool table made once, where a find
  // stopped at every 'e'. findDates asks this of every sentence.
  if (!graph::hasAsciiDigit(text)) return best;
  static const std::boyer_moore_horspool_searcher kCenturyWord(kCenturyCue.begin(), kCenturyCue.end());
  re2::StringPiece input(text.data(), text.size()), m[2];
  static const RE2& kDecade = pattern("\\b((?:18|19|20|21)\\d)0'?s\\b", "decade");
  static const RE2& kCentury = pattern("(?i)\\b(1[89]|2[012])(?:st|nd|rd|th)[ -]century\\b", "century");
  if (text.find("0s") != std::string_view::npos || text.find("0's") != std::string_view::npos)
    if (kDecade.Match(input, 0, text.size(), RE2::UNANCHORED, m, 2))
      best = {std::string(m[1].data(), m[1].size()), static_cast<std::size_t>(m[0].data() - text.data()),
              static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size()};
  if (std::search(text.begin(), text.end(), kCenturyWord) != text.end() &&
      kCentury.Match(input, 0, text.size(), RE2::UNANCHORED, m, 2)) {
    const auto begin = static_cast<std::size_t>(m[0].data() - text.data());
    if (best.iso.empty() || begin < best.begin)
      best = {fmt::format("{:02}", toInt(std::string_view(m[1].data(), m[1].size())) - 1), begin, begin + m[0].size()};
  }
  return best;
}

// The first date of prose: findDate's, or a decade or a century that stands before it.
DateMatch findProseDate(std::string_view text) {
  DateMatch d = firstDate(text, true);
  // (A decade at the year's place ends at most three bytes after it: "1960's".)
  DateMatch wide = findDecadeOrCentury(d.iso.empty() ? text : text.substr(0, std::min(text.size(), d.end + 3)));
  return !wide.iso.empty() && (d.iso.empty() || wide.begin <= d.begin) ? wide : d;
}

// The words right before `at`, lower case, back to at most `n` words, past the words that narrow a
// date to part of it ("the", "early", "late", "mid", "the end of"): "until" for "until the 1970s".
std::vector<std::string> wordsBefore(std::string_view text, std::size_t at, std::size_t n) {
  std::vector<std::string> words;  // nearest first
  std::string_view rest = text.substr(0, at);
  static const std::set<std::string_view> kNarrowing = {
      "the", "early", "late", "mid", "mid-", "end", "start", "beginning", "middle", "of", "half", "first", "second"};
  bool narrowing = true;
  while (words.size() < n) {
    rest = trim(rest);
    const std::size_t space = rest.find_last_of(" \t(");
    std::string word = graph::lowerAscii(rest.substr(space == std::string_view::npos ? 0 : space + 1));
    if (word.empty()) break;
    rest = rest.substr(0, space == std::string_view::npos ? 0 : space);
    if (narrowing && kNarrowing.count(word)) continue;
    narrowing = false;
    words.push_back(std::move(word));
    if (space == std::string_view::npos) break;
  }
  return words;
}

// What the preposition before a date at `at` says of it (data/temporal_prepositions.tsv): the
// longest phrase that ends right before it (past words that narrow the date).
TimeBound boundBefore(std::string_view text, std::size_t at) {
  const Lexicon& lex = lexicon();
  const std::vector<std::string> words = wordsBefore(text, at, lex.longestTimePreposition);
  for (std::size_t n = words.size(); n > 0; --n) {
    std::string phrase;
    for (std::size_t i = n; i-- > 0;) phrase += (phrase.empty() ? "" : " ") + words[i];
    auto it = lex.timePrepositions.find(phrase);
    if (it == lex.timePrepositions.end()) continue;
    if (it->second != TimeBound::kOpeningStart) return it->second;
    // "From 1889, ...", "In 1990 and from 1995 ...": the phrase opens its clause (nothing before it
    // but a clause's punctuation or conjunction).
    const std::vector<std::string> before = wordsBefore(text, at, n + 1);
    if (before.size() == n) return TimeBound::kStart;
    const std::string& prior = before[n];
    const bool opens = prior == "and" || prior == "but" || prior.ends_with(",") || prior.ends_with(";");
    return opens ? TimeBound::kStart : TimeBound::kPoint;
  }
  return TimeBound::kPoint;
}

}  // namespace

std::string boundedDate(std::string_view iso, TimeBound bound) {
  if (iso.empty() || bound == TimeBound::kPoint) return std::string(iso);
  return bound == TimeBound::kEnd ? "../" + std::string(iso) : std::string(iso) + "/..";
}

std::vector<DateMatch> findDates(std::string_view text) {
  std::vector<DateMatch> out;
  std::vector<TimeBound> bounds;
  for (std::size_t at = 0; at < text.size();) {
    DateMatch d = findProseDate(text.substr(at));
    if (d.iso.empty()) break;
    d.begin += at;
    d.end += at;
    at = d.end;
    bounds.push_back(boundBefore(text, d.begin));
    out.push_back(std::move(d));
  }
  // "from 1914 to 1918", "between 1990 and 2000", "from the 1950s until the 1970s": one span, ISO
  // 8601's interval "1914/1918"; else each date bounded by its preposition ("since 1978": "1978/..").
  static const RE2& kSpanJoin =
      pattern("\\s*(?:to|until|till|through|and|[-\u2013\u2014])\\s*(?:the\\s+)?", "joint of a span of dates");
  std::vector<DateMatch> joined;
  for (std::size_t i = 0; i < out.size(); ++i) {
    // Only "from" and "between" open a span: "since 1998–1999" starts at that season, not a span.
    const std::vector<std::string> lead = wordsBefore(text, out[i].begin, 1);
    const bool opens = lead == std::vector<std::string>{"from"} || lead == std::vector<std::string>{"between"};
    if (opens && i + 1 < out.size() &&
        RE2::FullMatch(text.substr(out[i].end, out[i + 1].begin - out[i].end), kSpanJoin)) {
      joined.push_back({out[i].iso + "/" + out[i + 1].iso, out[i].begin, out[i + 1].end});
      ++i;
      continue;
    }
    joined.push_back({boundedDate(out[i].iso, bounds[i]), out[i].begin, out[i].end});
  }
  return joined;
}

namespace {

std::string sectionDate(const graph::DocumentBundle& bundle, int section) {
  for (int s = section; s != graph::kNone; s = bundle.sections[static_cast<std::size_t>(s)].parent)
    if (std::string iso = normalizeDate(bundle.sections[static_cast<std::size_t>(s)].title); !iso.empty()) return iso;
  return {};
}

std::string earliestSourceYear(const graph::DocumentBundle& bundle, const graph::ClaimRecord& claim) {
  std::string earliest;
  for (int s : claim.sources) {
    std::string_view date = bundle.sources[static_cast<std::size_t>(s)].date;
    if (date.size() >= 4 && (earliest.empty() || date.substr(0, 4) < earliest))
      earliest = std::string(date.substr(0, 4));
  }
  return earliest;
}

}  // namespace

void dateClaims(graph::DocumentBundle& bundle) {
  const std::string documentYear =
      bundle.document.updated.substr(0, std::min<std::size_t>(4, bundle.document.updated.size()));
  for (graph::ClaimRecord& claim : bundle.claims) {
    // An event's year as the figure ("born in 1949") speaks for no period of its own.
    if (!claim.asOf.empty() || (claim.quantity && claim.quantity->unit == "year")) continue;
    auto give = [&claim](std::string date, graph::AsOfFrom from) {
      claim.asOf = std::move(date);
      claim.asOfFrom = claim.asOf.empty() ? graph::AsOfFrom::kNone : from;
      return !claim.asOf.empty();
    };
    give(sectionDate(bundle, claim.section), graph::AsOfFrom::kSection) ||
        give(earliestSourceYear(bundle, claim), graph::AsOfFrom::kSource) ||
        give(documentYear, graph::AsOfFrom::kDocument);
  }
}

namespace {

// Whether `date` follows `figure` with at most a preposition of time between, itself perhaps
// narrowed to part of the period ("$25 million in 2023", "$0.40 per million tokens by 2025", "$20
// in late 2022", "by the end of 2024"), or, where the sentence has other dates to tell apart
// (`brackets`), stands inside a bracket that opens right after the figure and holds no other figure
// ("$100 million (reached April 2025) / $82 million ..., July 2025"). A lone date in a bracket
// often closes a list and is all of its figures' ("21,000+ stars, 1,000+ forks (as of January 2025)").
bool figureOwns(std::string_view text, const Span& figure, const DateMatch& date, const std::vector<Span>& figures,
                bool brackets) {
  if (date.begin < figure.end || date.begin > text.size()) return false;
  const std::string gap = graph::lowerAscii(text.substr(figure.end, date.begin - figure.end));
  static const RE2& kJoin = pattern(
      "\\s*(?:\\(|(?:in|during|as of|for|by|at|through|until)?\\s*(?:\\(\\s*)?"
      "(?:(?:late|early|mid-?|(?:the )?(?:end|start|beginning|middle|first half|second half) of)\\s*)?)",
      "preposition of a figure's date");
  static const RE2& kOwnBracket = pattern("\\s*\\([^()]*", "bracket of a figure's date");
  auto between = [&](const Span& other) { return other.begin >= figure.end && other.begin < date.begin; };
  return RE2::FullMatch(gap, kJoin) ||
         (brackets && RE2::FullMatch(gap, kOwnBracket) && std::none_of(figures.begin(), figures.end(), between));
}

// Whether `figure` is the earlier end of a series, after "from" ("up from 58% in 2024", "from the
// 14.9% of October 2024"): its date is its own and no other figure's.
bool startsSeries(std::string_view text, const Span& figure) {
  std::string_view before = trim(text.substr(0, std::min(figure.begin, text.size())));
  for (int words = 0; words < 3; ++words) {
    const std::size_t space = before.find_last_of(" \t(");
    const std::string word = graph::lowerAscii(before.substr(space == std::string_view::npos ? 0 : space + 1));
    if (word == "from") return true;
    // "from the 14.9%", "from roughly 440 million": an article or an approximator (data/figure_hedges.tsv) between.
    if (word != "the" && !lexicon().isHedge(word, kApproximateHedges)) return false;
    before = trim(before.substr(0, space == std::string_view::npos ? 0 : space));
  }
  return false;
}

// The words before `at` in lower case, nearest first, at most `n`.
std::vector<std::string> lastWords(std::string_view text, std::size_t at, std::size_t n) {
  std::vector<std::string> words;
  std::string_view rest = trim(text.substr(0, std::min(at, text.size())));
  while (words.size() < n && !rest.empty()) {
    const std::size_t space = rest.find_last_of(" \t");
    words.push_back(graph::lowerAscii(rest.substr(space == std::string_view::npos ? 0 : space + 1)));
    rest = trim(rest.substr(0, space == std::string_view::npos ? 0 : space));
  }
  return words;
}

// Whether a passive verb of change (WordNet's verb.change, data/change_verbs.txt) stands right before `at`, an adverb
// perhaps between: "was lowered", "were raised", "has been cut", "was gradually reduced". The passive says a value was
// set anew by someone (a law, a rule, a price), so the new value holds from then on; an intransitive "rose" or "grew"
// says how a measured figure moved, and says nothing of the value after it.
bool passiveChangeBefore(std::string_view text, std::size_t at) {
  const std::vector<std::string> w = lastWords(text, at, 3);
  if (w.size() < 2 || !lexicon().changeVerbs.count(pastVerbLemma(w[0]))) return false;
  return isVerbGroupBe(w[1]) || (w.size() == 3 && w[1].ends_with("ly") && isVerbGroupBe(w[2]));
}

}  // namespace

TimeBound changeBound(std::string_view text, const std::vector<Span>& figures, std::size_t which) {
  if (which >= figures.size()) return TimeBound::kPoint;
  auto joinedByTo = [&](std::size_t a) {
    return a + 1 < figures.size() && figures[a + 1].begin >= figures[a].end &&
           graph::lowerAscii(trim(text.substr(figures[a].end, figures[a + 1].begin - figures[a].end))) == "to";
  };
  auto changeFrom = [&](std::size_t a) {
    if (!startsSeries(text, figures[a])) return false;
    const std::size_t from = text.rfind("from", figures[a].begin);
    return from != std::string_view::npos && passiveChangeBefore(text, from);
  };
  // "was lowered from 21 to 18": the first held until the date, the second from it.
  if (joinedByTo(which) && changeFrom(which)) return TimeBound::kEnd;
  if (which > 0 && joinedByTo(which - 1) && changeFrom(which - 1)) return TimeBound::kStart;
  // "was raised to $9 in 2010": the value set holds from the date on.
  const std::vector<std::string> before = lastWords(text, figures[which].begin, 1);
  if (!before.empty() && before[0] == "to" && (which == 0 || !joinedByTo(which - 1)))
    if (const std::size_t to = text.rfind("to", figures[which].begin); to != std::string_view::npos)
      if (passiveChangeBefore(text, to)) return TimeBound::kStart;
  return TimeBound::kPoint;
}

namespace {

// Whether figure `owner` ends the phrase of figure `which`, one preposition between ("5,000 GPUs
// across 625 nodes by 2022", "$5 million for 200 users in 2023"): a date after the phrase is both's.
bool phraseOf(std::string_view text, const std::vector<Span>& figures, std::size_t which, std::size_t owner) {
  if (owner != which + 1 || figures[owner].begin < figures[which].end) return false;
  const std::string gap =
      graph::lowerAscii(trim(text.substr(figures[which].end, figures[owner].begin - figures[which].end)));
  static constexpr std::string_view kJoins[] = {"across", "of", "on", "over", "with", "for", "at", "in", "among"};
  return std::find(std::begin(kJoins), std::end(kJoins), gap) != std::end(kJoins);
}

std::size_t gapBetween(const DateMatch& d, const Span& f) {
  return d.end <= f.begin ? f.begin - d.end : d.begin >= f.end ? d.begin - f.end : 0;
}

// Whether a relative clause opens between figure `f` and a date after it: "the USAAF ordered 66 initial
// production P-38 Lightnings, 30 of which were delivered to the USAAF in mid-1941" (", which", ", who",
// ", 30 of which", ", most of whom"). The clause tells of a later event of what the figure counts, so its
// date is that event's, not the figure's.
bool relativeClauseBetween(std::string_view text, const Span& f, const DateMatch& d) {
  if (d.begin < f.end || d.begin > text.size()) return false;
  static const RE2& kRelative =
      pattern("(?i),\\s*(?:[\\w-]+\\s+(?:[\\w-]+\\s+)?(?:of|in)\\s+)?(?:which|whom|who|whose)\\b", "relative clause");
  return RE2::PartialMatch(text.substr(f.end, d.begin - f.end), kRelative);
}

const DateMatch* nearest(const std::vector<const DateMatch*>& dates, const Span& f) {
  const DateMatch* best = nullptr;
  for (const DateMatch* d : dates)
    if (!best || gapBetween(*d, f) < gapBetween(*best, f)) best = d;
  return best;
}

}  // namespace

std::string dateOfFigure(std::string_view text, const std::vector<DateMatch>& dates, const std::vector<Span>& figures,
                         std::size_t which) {
  // Each date's owner among the other figures (figures.size() when none).
  std::vector<const DateMatch*> free, ownedOtherwise;
  for (const DateMatch& d : dates) {
    std::size_t owner = 0;
    while (owner < figures.size() && (owner == which || phraseOf(text, figures, which, owner) ||
                                      !figureOwns(text, figures[owner], d, figures, dates.size() > 1)))
      ++owner;
    if (owner == figures.size())
      free.push_back(&d);
    else if (!startsSeries(text, figures[owner]))
      ownedOtherwise.push_back(&d);
  }
  // A free date before a relative clause's own date wins over it (relativeClauseBetween).
  std::vector<const DateMatch*> ownClause;
  for (const DateMatch* d : free)
    if (!relativeClauseBetween(text, figures.at(which), *d)) ownClause.push_back(d);
  if (!ownClause.empty()) free = std::move(ownClause);
  const DateMatch* best = nearest(free.empty() ? ownedOtherwise : free, figures.at(which));
  return best ? best->iso : std::string();
}

std::vector<LetterWord> letterWords(std::string_view text) {
  std::vector<LetterWord> words;
  eachWord(text, kLetterRuns, [&](const WordSpan& w) {
    words.push_back({w.begin, w.end, graph::lowerAscii(text.substr(w.begin, w.end - w.begin))});
  });
  return words;
}

namespace {

// Each word's place in a count of words where an agent's name counts as one (unitOf[k], and
// unitOf[words.size()] past the last): a run of capitalised words with only blanks or an initial's
// dot between, in the names after "by" ("introduced by Yann LeCun, Corinna Cortes, and Christopher
// J.C. Burges in 1998" is as near as "introduced by three authors in 1998"). Other names count word
// by word ("in 1955, only after Joseph Stalin died").
std::vector<std::size_t> agentNameUnits(std::string_view text, const std::vector<LetterWord>& words) {
  auto capital = [&](std::size_t k) { return std::isupper(static_cast<unsigned char>(text[words[k].begin])) != 0; };
  std::vector<bool> agent(words.size(), false);
  for (std::size_t k = 1; k < words.size(); ++k)
    agent[k] = (words[k - 1].lower == "by" || agent[k - 1]) && (capital(k) || words[k].lower == "and");
  std::vector<std::size_t> unitOf(words.size() + 1, 0);
  for (std::size_t k = 1; k <= words.size(); ++k) {
    const bool continues = k < words.size() && agent[k] && agent[k - 1] && capital(k) && capital(k - 1) &&
                           text.substr(words[k - 1].end, words[k].begin - words[k - 1].end).find_first_not_of(" .") ==
                               std::string_view::npos;
    unitOf[k] = unitOf[k - 1] + (continues ? 0 : 1);
  }
  return unitOf;
}

// Whether a year other than the date's stands between a verb and the date: "Founded in 2022 and
// spun off from X in December 2023" gives "spun off" the later date, "founded" its own year.
bool otherYearBetween(std::string_view text, const LetterWord& verb, const DateMatch& d) {
  const bool verbFirst = verb.end <= d.begin;
  const std::size_t gapBegin = verbFirst ? verb.end : d.end, gapEnd = verbFirst ? d.begin : verb.begin;
  if (gapEnd <= gapBegin) return false;
  const std::string_view gap = text.substr(gapBegin, gapEnd - gapBegin);
  const std::size_t year = findYearDigits(gap, true);
  return year != std::string_view::npos && !d.iso.starts_with(gap.substr(year, 4));
}

// The event verb nearest the date, apart by at most ten name units (agentNameUnits), with no ';' and no
// other year between them; a verb of two words ("came out") where they stand together, else of one.
// Sets out.measure; returns the verb's word (words.size() when none) and its key in event_years.tsv.
std::pair<std::size_t, std::string> nearestEventVerb(std::string_view text, const std::vector<LetterWord>& words,
                                                     const DateMatch& d, const std::set<std::size_t>& used,
                                                     const std::vector<std::size_t>& unitOf, EventVerb& out) {
  const Lexicon& lex = lexicon();
  std::size_t dateWord = 0;  // the first word at or after the date
  while (dateWord < words.size() && words[dateWord].end <= d.begin) ++dateWord;
  auto apartOf = [&](std::size_t k) {
    return k < dateWord ? unitOf[dateWord] - unitOf[k] : unitOf[k] - unitOf[dateWord];
  };
  std::size_t best = words.size();
  std::string bestKey;
  for (std::size_t k = 0; k < words.size(); ++k) {
    // A verb of two words ("came out") where they stand together, else of one.
    std::string key = words[k].lower;
    auto it = lex.eventYears.end();
    if (k + 1 < words.size() && words[k + 1].begin == words[k].end + 1 && text[words[k].end] == ' ')
      it = lex.eventYears.find(key + " " + words[k + 1].lower);
    if (it != lex.eventYears.end())
      key += " " + words[k + 1].lower;
    else
      it = lex.eventYears.find(key);
    if (it == lex.eventYears.end() || used.count(k)) continue;
    const std::size_t lo = std::min(words[k].begin, d.begin), hi = std::max(words[k].end, d.end);
    if (apartOf(k) > 10 || text.substr(lo, hi - lo).find(';') != std::string_view::npos) continue;
    if (otherYearBetween(text, words[k], d)) continue;
    if (best == words.size() || apartOf(k) < apartOf(best)) {
      best = k;
      out.measure = it->second;
      bestKey = key;
    }
  }
  return {best, bestKey};
}

// "has been the official beverage ... since 1978": with no event verb, "has been" before a date of
// "since" starts what it says.
void startOfHasBeen(const std::vector<LetterWord>& words, EventVerb& out) {
  for (std::size_t k = 0; k + 1 < words.size(); ++k)
    if ((words[k].lower == "has" || words[k].lower == "have" || words[k].lower == "had") &&
        words[k + 1].lower == "been") {
      out.verbAt = words[k].begin;
      out.measure = "start year";
      break;
    }
}

// The verb's voice: passive for an event that has no object (a birth, a start), after a form of "be"
// one or two words before it ("was first introduced"), or after a comma.
void readVoice(std::string_view text, const std::vector<LetterWord>& words, std::size_t best,
               const std::string& bestKey, EventVerb& out) {
  const Lexicon& lex = lexicon();
  const bool intransitive = out.measure == "birth year" || out.measure == "death year" || out.measure == "start year" ||
                            lex.intransitiveEventVerbs.count(bestKey);
  out.groupWord = best;
  out.beWord = words.size();
  if (best > 0 && best < words.size() && isVerbGroupBe(words[best - 1].lower))
    out.beWord = best - 1;
  else if (best > 1 && best < words.size() && isVerbGroupBe(words[best - 2].lower))  // "was first introduced"
    out.beWord = best - 2;
  out.passive = intransitive || out.beWord < words.size() ||
                (best > 0 && best < words.size() && trim(text.substr(0, words[best].begin)).ends_with(","));
}

// "It was developed by François Chollet and released in March 2015": a participle after "and"
// shares the passive "was" of a participle (a word in -ed) a few words back in its clause, its
// agent's name between them.
void sharedPassive(std::string_view text, const std::vector<LetterWord>& words, const std::vector<std::size_t>& unitOf,
                   std::size_t best, EventVerb& out) {
  constexpr std::size_t kJoinedReach = 6;
  if (!out.passive && best > 2 && best < words.size() && words[best - 1].lower == "and")
    for (std::size_t k = best - 2; k > 0 && unitOf[best] - unitOf[k] <= kJoinedReach; --k) {
      if (text.substr(words[k].begin, words[best].begin - words[k].begin).find_first_of(",;:()") !=
          std::string_view::npos)
        break;
      if (isVerbGroupBe(words[k - 1].lower) && words[k].lower.ends_with("ed") && words[k].lower.size() > 4) {
        out.passive = true;
        out.groupWord = k;
        out.beWord = k - 1;
        out.verbAt = words[k].begin;
        break;
      }
    }
}

}  // namespace

EventVerb eventVerbOf(std::string_view text, const std::vector<LetterWord>& words, const DateMatch& d,
                      const std::set<std::size_t>& used) {
  EventVerb out;
  const bool since = d.iso.ends_with("/..");
  const std::vector<std::size_t> unitOf = agentNameUnits(text, words);
  const auto [best, bestKey] = nearestEventVerb(text, words, d, used, unitOf, out);
  out.word = best;
  out.verbAt = best < words.size() ? words[best].begin : std::string_view::npos;
  out.lastWord = bestKey.find(' ') != std::string::npos ? best + 1 : best;
  out.adjacent = lexicon().adjacentEventVerbs.count(bestKey) > 0;
  if (best == words.size() && since) startOfHasBeen(words, out);
  readVoice(text, words, best, bestKey, out);
  sharedPassive(text, words, unitOf, best, out);
  return out;
}

std::size_t frontedParticipleEnd(std::string_view text, const std::vector<LetterWord>& words, const EventVerb& verb,
                                 const DateMatch& d) {
  constexpr auto kNone = std::string_view::npos;
  if (verb.passive || verb.word >= words.size()) return kNone;
  // Only adverbs before the verb ("Originally", "First"), and nothing but letters and blanks.
  for (std::size_t k = 0; k < verb.word; ++k)
    if (!words[k].lower.ends_with("ly") && words[k].lower != "first") return kNone;
  if (text.substr(0, words[verb.word].begin)
          .find_first_not_of(" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != kNone)
    return kNone;
  // The clause runs to the first comma after the date that no list of names runs on past: "by
  // Jacobs, Jordan, Nowlan, and Hinton, the MoE paradigm", "by researchers from Stanford University,
  // SambaNova Systems, and UC Berkeley, ACE addresses": a piece between two commas that opens with
  // "and" or "or", or whose words are all capitalised, is an item of such a list.
  auto listed = [](std::string_view piece) {
    piece = trim(piece);
    if (piece.starts_with("and ") || piece.starts_with("or ")) return true;
    for (std::size_t at = 0; at < piece.size(); at = piece.find(' ', at) + 1) {
      if (!std::isupper(static_cast<unsigned char>(piece[at])) && piece[at] != '&') return false;
      if (piece.find(' ', at) == kNone) break;
    }
    return !piece.empty();
  };
  std::size_t at = std::max(d.end, words[verb.word].end);
  for (std::size_t comma = text.find(',', at); comma != kNone; comma = text.find(',', at)) {
    if (text.substr(at, comma - at).find_first_of(";:()") != kNone) return kNone;
    at = comma + 1;
    const std::size_t next = text.find(',', at);
    if (next == kNone || !listed(text.substr(at, next - at))) return at;
  }
  return kNone;
}

bool citedYear(std::string_view text, const DateMatch& d) {
  if (d.iso.size() != 4 || d.end - d.begin != 4 || d.end >= text.size() || text[d.end] != ')') return false;
  static const RE2& kAfterName =
      pattern("(?:(?i:according to) [A-Z][a-z][A-Za-z'-]*(?: (?:and|&) [A-Z][a-z][A-Za-z'-]*)?|\\bet al\\.?) \\($",
              "author before a cited year");
  static const RE2& kInside = pattern("\\([A-Z][a-z][A-Za-z'-]*(?: et al\\.?| (?:and|&) [A-Z][a-z][A-Za-z'-]*)?, $",
                                      "author inside a citation's bracket");
  const std::string_view before = text.substr(0, d.begin);
  const std::string_view near = before.substr(before.size() - std::min<std::size_t>(before.size(), 60));
  return RE2::PartialMatch(near, kAfterName) || RE2::PartialMatch(near, kInside);
}

std::optional<graph::Quantity> yearFigure(const DateMatch& d) {
  if (d.iso.size() < 4 || !std::all_of(d.iso.begin(), d.iso.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const std::string year = d.iso.substr(0, 4);
  return graph::Quantity{std::stod(year), std::nullopt, std::nullopt, "year", false, graph::Bound::kExact, year};
}

std::optional<int> originYearOfCategory(std::string_view category) {
  static const RE2& kYearFirst = pattern("((?:1[5-9]|20)\\d\\d) (\\w+)\\b.*", "category by year");
  static const RE2& kYearLast =
      pattern("(?i).*\\b(?:established|founded|introduced|launched|released) in ((?:1[5-9]|20)\\d\\d)",
              "category of a beginning");
  int year = 0;
  std::string kind;
  if (RE2::FullMatch(category, kYearLast, &year)) return year;
  if (!RE2::FullMatch(category, kYearFirst, &year, &kind)) return std::nullopt;
  kind = graph::lowerAscii(kind);
  if (kind == "in" || kind == "deaths" || kind.starts_with("disestablish")) return std::nullopt;
  return year;
}

}  // namespace cg::ingest
