#include "ingest/Dates.h"

#include <algorithm>

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "graph/Error.h"
#include "graph/Fold.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};

std::string iso(int year, int month, int day) {
  if (day > 0) return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (month > 0) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}", year);
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
constexpr const char* kYearPattern = "\\b((?:18|19|20|21)\\d\\d)\\b";

// True when four digits in a row start with 18, 19, 20 or 21 (a candidate year).
bool holdsYear(std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') {
      run = 0;
      continue;
    }
    if (++run < 4) continue;
    std::string_view century = text.substr(i - 3, 2);
    if (century == "18" || century == "19" || century == "20" || century == "21") return true;
  }
  return false;
}

}  // namespace

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

DateMatch findDate(std::string_view text) {
  // Every date form holds a year of four digits from 18xx to 21xx; most sentences have none
  // (a figure is not a year), and a byte scan costs far less than the RE2 pass below.
  if (!holdsYear(text)) return {};
  static const RE2& kIso = pattern(kIsoPattern, "ISO date");
  static const RE2& kMonthDayYear = pattern(kMonthDayYearPattern, "month-day-year date");
  static const RE2& kDayMonthYear = pattern(kDayMonthYearPattern, "day-month-year date");
  static const RE2& kMonthYear = pattern(kMonthYearPattern, "month-year date");
  static const RE2& kYear = pattern(kYearPattern, "year");
  // One pass of all five tells which forms occur; only those are matched again for their
  // places (most sentences with a digit hold a figure, not a date).
  static const re2::RE2::Set kAny = [] {
    re2::RE2::Set set(RE2::DefaultOptions, RE2::UNANCHORED);
    for (const char* form : {kIsoPattern, kMonthDayYearPattern, kDayMonthYearPattern, kMonthYearPattern, kYearPattern})
      if (set.Add(form, nullptr) < 0)
        throw Error(std::string("internal error: a date pattern does not compile: ") + form);
    if (!set.Compile()) throw Error("internal error: the date patterns do not compile together (RE2 out of memory)");
    return set;
  }();
  re2::StringPiece input(text.data(), text.size());
  std::vector<int> forms;
  re2::RE2::Set::ErrorInfo error{};
  bool any = kAny.Match(input, &forms, &error);
  bool unsure = !any && error.kind != re2::RE2::Set::kNoError;  // the DFA ran out of memory: try each form
  if (!any && !unsure) return {};
  auto has = [&](int form) { return unsure || std::find(forms.begin(), forms.end(), form) != forms.end(); };
  re2::StringPiece m[5];
  DateMatch best;
  auto take = [&](const re2::StringPiece& whole, std::string value) {
    std::size_t begin = static_cast<std::size_t>(whole.data() - text.data());
    if (best.iso.empty() || begin < best.begin) {
      best.iso = std::move(value);
      best.begin = begin;
      best.end = begin + whole.size();
    }
  };
  // The most precise form at the earliest place wins; each is tried once (RE2: linear).
  if (has(0) && kIso.Match(input, 0, text.size(), RE2::UNANCHORED, m, 4)) {
    int month = toInt(std::string_view(m[2].data(), m[2].size()));
    int day = m[3].empty() ? 0 : toInt(std::string_view(m[3].data(), m[3].size()));
    if (month >= 1 && month <= 12 && day <= 31)
      take(m[0], iso(toInt(std::string_view(m[1].data(), m[1].size())), month, day));
  }
  if (has(1) && kMonthDayYear.Match(input, 0, text.size(), RE2::UNANCHORED, m, 4)) {
    int day = toInt(std::string_view(m[2].data(), m[2].size()));
    if (day >= 1 && day <= 31)
      take(m[0], iso(toInt(std::string_view(m[3].data(), m[3].size())),
                     monthNumber(std::string_view(m[1].data(), m[1].size())), day));
  }
  if (has(2) && kDayMonthYear.Match(input, 0, text.size(), RE2::UNANCHORED, m, 4)) {
    int day = toInt(std::string_view(m[1].data(), m[1].size()));
    if (day >= 1 && day <= 31)
      take(m[0], iso(toInt(std::string_view(m[3].data(), m[3].size())),
                     monthNumber(std::string_view(m[2].data(), m[2].size())), day));
  }
  if (best.iso.empty() && has(3) && kMonthYear.Match(input, 0, text.size(), RE2::UNANCHORED, m, 3))
    take(m[0], iso(toInt(std::string_view(m[2].data(), m[2].size())),
                   monthNumber(std::string_view(m[1].data(), m[1].size())), 0));
  if (best.iso.empty() && has(4) && kYear.Match(input, 0, text.size(), RE2::UNANCHORED, m, 2))
    take(m[0], iso(toInt(std::string_view(m[1].data(), m[1].size())), 0, 0));
  return best;
}

std::string normalizeDate(std::string_view text) { return findDate(text).iso; }

}  // namespace cg::ingest
