#include "reason/ClaimValues.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"

#include "ingest/Entities.h"
#include "ingest/ListCounts.h"
#include "ingest/OneQuantityMeasures.h"
#include "ingest/Quantity.h"
#include "ingest/Scores.h"

namespace cg::reason {

using graph::Claim;
using graph::ClaimExtra;
using graph::ClaimId;
using graph::EntityId;
using graph::EntityType;

double claimPoint(const graph::ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (c.hasValue) return c.value;
  const ClaimExtra& x = g.extra(claim);
  return (x.low + x.high) / 2;
}

std::pair<double, double> claimInterval(const graph::ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (c.hasRange) {
    const ClaimExtra& range = g.extra(claim);
    return {range.low, range.high};
  }
  double v = c.value;
  if (c.bound == graph::Bound::kAtLeast) return {v, INFINITY};
  if (c.bound == graph::Bound::kAtMost) return {-INFINITY, v};
  double slack = std::fabs(v) * (c.approximate ? 0.02 : 0.0005);
  return {v - slack, v + slack};
}

namespace {

// The first number a figure's words write, as written: its value, the half unit of its last
// significant digit, and the multiple a K or M right after it may stand for when binary.
struct WrittenNumber {
  double number = 0, halfUnit = 0, binary = 1;
};

std::optional<WrittenNumber> firstWrittenNumber(std::string_view text, bool hedged) {
  std::size_t at = text.find_first_of("0123456789");
  if (at == std::string_view::npos) return std::nullopt;
  std::string digits;
  std::size_t end = at;
  for (; end < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == ',' ||
          (text[end] == '.' && end + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[end + 1]))));
       ++end)
    if (text[end] != ',') digits.push_back(text[end]);
  WrittenNumber n;
  n.number = std::stod(digits);
  std::size_t dot = digits.find('.');
  int decimals = dot == std::string::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
  int trailingZeros = 0;  // not significant in a hedged whole number ("about 600")
  for (auto it = digits.rbegin(); hedged && decimals == 0 && it + 1 != digits.rend() && *it == '0'; ++it)
    ++trailingZeros;
  n.halfUnit = std::pow(10.0, trailingZeros - decimals) / 2;
  bool letterAfter = end + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[end + 1]));
  if (end < text.size() && !letterAfter) {
    if (text[end] == 'K' || text[end] == 'k') n.binary = 1.024;
    if (text[end] == 'M') n.binary = 1.048576;
  }
  return n;
}

// Whether `x` is a power of ten (the scale a figure's words multiply by: 1, thousand, billion, ...).
bool isPowerOfTen(double x) {
  if (!(x > 0)) return false;
  double exponent = std::log10(x);
  return std::fabs(exponent - std::round(exponent)) < 1e-6;
}

// Money ("USD", "EUR/month") is never counted in binary thousands.
bool isMoneyUnit(std::string_view unit) {
  return unit.size() >= 3 && std::all_of(unit.begin(), unit.begin() + 3, graph::isUpperAscii) &&
         (unit.size() == 3 || unit[3] == '/');
}

// The multiple a round count may stand for in binary: a thousands or millions count of a few
// thousand at most ("128,000" tokens for 131,072, "2,000,000" for 2,097,152).
double binaryMultiple(double value, std::string_view unit) {
  if (isMoneyUnit(unit) || value <= 0) return 1;
  auto roundIn = [&](double scale) { return std::fmod(value, scale) == 0 && value / scale < 10000; };
  return roundIn(1e6) ? 1.048576 : roundIn(1e3) ? 1.024 : 1;
}

}  // namespace

std::pair<double, double> writtenInterval(const graph::ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (!c.hasValue && !c.hasRange) return {-INFINITY, INFINITY};
  double low = c.hasRange ? g.extra(claim).low : c.value;
  double high = c.hasRange ? g.extra(claim).high : c.value;
  auto written = firstWrittenNumber(g.str(c.quantityText), c.approximate);
  double scale = written && written->number != 0 ? std::fabs(low) / written->number : 0;
  // Words that do not write the figure as its digits ("4-6 problems correct per 15"): 0.05%.
  double half = isPowerOfTen(scale) ? written->halfUnit * scale : std::fabs(high) * 0.0005;
  double binary = std::max(written && isPowerOfTen(scale) ? written->binary : 1, binaryMultiple(high, g.str(c.unit)));
  if (c.bound == graph::Bound::kAtLeast) return {low - half, INFINITY};
  return {low - half, (high + half) * binary};
}

bool accountsVary(const graph::ClaimGraph& g, ClaimId claim) {
  // Each cue's Boyer-Moore-Horspool table made once: a search steps by up to the cue's length, where
  // a find stops at every byte that opens it ('e', 's', 'o': most words hold one). Contested-set
  // finding asks this of every figure claim.
  using Searcher = std::boyer_moore_horspool_searcher<std::string_view::const_iterator>;
  static const std::vector<Searcher> kCues = [] {
    std::vector<Searcher> cues;
    for (std::string_view cue : {"estimates vary", "estimates range", "estimates differ", "reports vary",
                                 "reports differ", "figures vary", "some sources", "other sources", "others report"})
      cues.emplace_back(cue.begin(), cue.end());
    return cues;
  }();
  const std::string text = graph::lowerAscii(g.str(g.claims()[claim].text));
  const std::string_view view = text;
  return std::any_of(kCues.begin(), kCues.end(),
                     [&](const Searcher& cue) { return std::search(view.begin(), view.end(), cue) != view.end(); });
}

std::vector<std::pair<double, double>> writtenReadings(const graph::ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  if (!c.hasRange || !accountsVary(g, claim)) return {writtenInterval(g, claim)};
  // Each end is one account's figure, as precise as the words write it ("700": 699.5-700.5).
  auto [low, high] = writtenInterval(g, claim);
  const ClaimExtra& range = g.extra(claim);
  double half = range.low - low;
  return {{range.low - half, range.low + half}, {range.high - half, high}};
}

std::string_view periodOf(const graph::ClaimGraph& g, ClaimId claim) {
  const Claim& c = g.claims()[claim];
  // A document's own date says when it was written, not what its figures speak for: two articles
  // updated in different years would make every value they share a series.
  // (String 0 is the empty one: most claims have no date, and reading it would measure it.)
  return c.asOfFrom == graph::AsOfFrom::kDocument || c.asOf == 0 ? std::string_view() : g.str(c.asOf);
}

bool isCostMeasure(std::string_view measure) {
  for (std::string_view k : {"cost", "capital expenditure", "spending", "investment"})
    if (measure.find(k) != std::string_view::npos) return true;
  return false;
}

std::string_view calendarPeriod(std::string_view period) {
  if (period.size() > 2 && period.starts_with("FY") && std::isdigit(static_cast<unsigned char>(period[2])))
    period.remove_prefix(2);
  return period;
}

namespace {

// Whether a period is more than a calendar date: an interval ("1978/..", "1914/1918") or a decade
// or century ("197", "18"), which the month arithmetic below does not read.
bool isWidePeriod(std::string_view p) { return p.find('/') != std::string_view::npos || (!p.empty() && p.size() < 4); }

// The first and last month (year * 12 + month - 1) of a calendar date as ISO 8601 writes it at any
// precision: a century "18", a decade "197", a year, a month, a day; nullopt for anything else.
std::optional<std::pair<long, long>> dateMonths(std::string_view d) {
  d = calendarPeriod(d);
  const std::size_t digits = std::min<std::size_t>(d.size(), 4);
  long lead = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return std::nullopt;
    lead = lead * 10 + (d[i] - '0');
  }
  if (d.size() < 2) return std::nullopt;
  if (d.size() < 4) {  // a century or a decade: every year that starts with its digits
    const long scale = d.size() == 2 ? 100 : 10;
    return std::pair(lead * scale * 12, (lead * scale + scale - 1) * 12 + 11);
  }
  long month = -1;
  if (d.size() >= 7 && d[4] == '-' && std::isdigit(static_cast<unsigned char>(d[5])) &&
      std::isdigit(static_cast<unsigned char>(d[6])))
    month = (d[5] - '0') * 10 + (d[6] - '0') - 1;
  if (month < 0) return std::pair(lead * 12, lead * 12 + 11);
  return std::pair(lead * 12 + month, lead * 12 + month);
}

}  // namespace

std::optional<std::pair<long, long>> periodMonths(std::string_view p) {
  constexpr long kOpen = 1L << 40;
  const std::size_t slash = p.find('/');
  if (slash == std::string_view::npos) return dateMonths(p);
  const std::string_view from = p.substr(0, slash), to = p.substr(slash + 1);
  std::pair<long, long> out{-kOpen, kOpen};
  if (from != "..") {
    auto f = dateMonths(from);
    if (!f) return std::nullopt;
    out.first = f->first;
  }
  if (to != "..") {
    auto t = dateMonths(to);
    if (!t) return std::nullopt;
    out.second = t->second;
  }
  return out;
}

bool samePeriod(std::string_view a, std::string_view b) {
  a = calendarPeriod(a);
  b = calendarPeriod(b);
  if (a.empty() || b.empty()) return true;
  // An interval, a decade or a century is one period with any date it overlaps ("../1979" with
  // 1960, "1978/.." with 2025): the statement may speak of a time it held.
  if (isWidePeriod(a) || isWidePeriod(b)) {
    auto x = periodMonths(a), y = periodMonths(b);
    return !x || !y || (x->first <= y->second && y->first <= x->second);
  }
  std::string_view shorter = a.size() <= b.size() ? a : b;
  std::string_view longer = a.size() <= b.size() ? b : a;
  return longer.starts_with(shorter) && (longer.size() == shorter.size() || longer[shorter.size()] == '-');
}

namespace {

// A period's year and month (0 when it gives none), or nullopt when it is no ISO date.
std::optional<std::pair<int, int>> yearMonth(std::string_view period) {
  period = calendarPeriod(period);
  auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (i >= period.size() || !std::isdigit(static_cast<unsigned char>(period[i]))) return -1;
      v = v * 10 + (period[i] - '0');
    }
    return v;
  };
  const int year = number(0, 4);
  if (year < 0) return std::nullopt;
  const int month = period.size() >= 7 && period[4] == '-' ? number(5, 2) : 0;
  return std::pair(year, std::max(month, 0));
}

}  // namespace

bool laterPeriod(std::string_view a, std::string_view b) {
  a = calendarPeriod(a);
  b = calendarPeriod(b);
  if (!isWidePeriod(a) && !isWidePeriod(b)) return a > b;
  auto x = periodMonths(a), y = periodMonths(b);
  if (!x || !y) return a > b;
  return x->second != y->second ? x->second > y->second : x->first > y->first;
}

bool clearlyDifferentPeriods(std::string_view a, std::string_view b) {
  if (!a.empty() && !b.empty() && (isWidePeriod(calendarPeriod(a)) || isWidePeriod(calendarPeriod(b)))) {
    auto x = periodMonths(calendarPeriod(a)), y = periodMonths(calendarPeriod(b));
    return x && y && (x->second < y->first || y->second < x->first);
  }
  auto x = yearMonth(a), y = yearMonth(b);
  if (!x || !y || samePeriod(a, b)) return false;
  if (x->second == 0 || y->second == 0) return x->first != y->first;
  return std::abs((x->first * 12 + x->second) - (y->first * 12 + y->second)) >= kClearlyApartMonths;
}

// The classes are data/one_quantity_measures.tsv, and the kinds of a thing.
std::vector<std::string_view> measuresOfOneQuantity(std::string_view measure) {
  // How many kinds a thing comes in, whichever noun names the kinds ("two main categories", "comes in
  // two flavours", "## Types of X"; ingest::kindNouns).
  static const std::vector<std::string> kKinds = [] {
    std::vector<std::string> out;
    for (std::string_view noun : ingest::kindNouns()) out.push_back("number of " + std::string(noun));
    return out;
  }();
  if (std::find(kKinds.begin(), kKinds.end(), measure) != kKinds.end()) return {kKinds.begin(), kKinds.end()};
  // The other classes are data (data/one_quantity_measures.tsv): "valuation" and "market value", ...
  for (const std::vector<std::string>& measures : ingest::oneQuantityMeasures())
    if (std::find(measures.begin(), measures.end(), measure) != measures.end())
      return {measures.begin(), measures.end()};
  return {measure};
}

std::vector<std::string> countedNounForms(std::string_view measure) {
  std::vector<std::string> forms{std::string(measure)};
  constexpr std::string_view kCountOf = "number of ";
  if (!measure.starts_with(kCountOf)) return forms;
  const std::string_view noun = measure.substr(kCountOf.size());
  if (noun.find(' ') != std::string_view::npos) return forms;
  if (std::string other = ingest::otherGrammaticalNumber(noun); !other.empty())
    forms.push_back(std::string(kCountOf) + other);
  return forms;
}

std::vector<std::string> benchmarkWords(std::string_view name) {
  std::vector<std::string> words = graph::foldTokens(name);
  static const std::set<std::string> kKindWords = {"benchmark", "dataset", "test", "exam", "leaderboard"};
  while (words.size() > 1 && kKindWords.count(words.back())) words.pop_back();
  static const std::set<std::string> kReportedSubsets = {"diamond", "verified"};
  if (words.size() > 1 && kReportedSubsets.count(words.back())) words.pop_back();
  return words;
}

bool isStateMeasure(std::string_view measure) {
  for (std::string_view state : {"valuation", "total funding", "revenue", "users", "employees", "market share",
                                 "market value", "context window", "price", "assets", "market size"})
    if (measure == state) return true;
  // A count of what something has (a benchmark's problems, a model's layers) is a state too: a
  // statement without a date speaks of its latest value.
  return measure.starts_with("number of ");
}

bool isStateReading(std::string_view measure, std::string_view unit) {
  return isStateMeasure(measure) || ingest::isCountPerPeriod(unit);
}

bool isMovingMeasure(std::string_view measure) {
  for (std::string_view m :
       {"valuation", "market value", "revenue", "users", "employees", "total funding", "assets", "market size"})
    if (measure == m) return true;
  return false;
}

std::vector<bool> placedInSeries(const graph::ClaimGraph& g, const std::vector<ClaimId>& claims) {
  std::vector<bool> placed(claims.size(), false);
  std::set<std::string_view> periods;
  double low = INFINITY, high = -INFINITY;
  for (ClaimId c : claims)
    if (!periodOf(g, c).empty()) {
      periods.insert(periodOf(g, c));
      auto [a, b] = writtenInterval(g, c);
      low = std::min(low, a);
      high = std::max(high, b);
    }
  if (periods.size() < 2) return placed;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    auto [a, b] = writtenInterval(g, claims[i]);
    placed[i] = periodOf(g, claims[i]).empty() && a < high && low < b;
  }
  return placed;
}

std::optional<std::string> withoutMaker(const graph::ClaimGraph& g, EntityId e) {
  const std::string_view name = g.str(g.entities()[e].name);
  // The maker's name is one to three words ("OpenAI o3", "Tallis Labs Wren 2").
  std::size_t space = 0;
  for (int words = 0; words < 3; ++words) {
    space = name.find(' ', space + (words > 0));
    if (space == std::string_view::npos) return std::nullopt;
    const auto maker = g.findEntity(name.substr(0, space));
    if (!maker || *maker == e || g.entities()[*maker].type != graph::EntityType::kOrganization) continue;
    // The rest must name a product of its own: "Together AI" is no maker "Together" and a thing "AI".
    const std::string rest(name.substr(space + 1));
    // "Claude 2", "Llama 2": a bare version is the name's number, no product's name ("2" would key
    // both models alike).
    if (std::none_of(rest.begin(), rest.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      return std::nullopt;
    const auto product = g.findEntity(rest);
    const bool numbered = std::any_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (product && (g.entities()[*product].type == graph::EntityType::kProduct || numbered)) return rest;
  }
  return std::nullopt;
}

EntityId familyOf(const graph::ClaimGraph& g, EntityId e) {
  if (!e.isValid() || g.entities()[e].type != EntityType::kProduct) return e;
  auto organization = [&](std::string_view name) -> std::optional<EntityId> {
    auto found = g.findEntity(name);
    if (found && g.entities()[*found].type == EntityType::kOrganization) return found;
    return std::nullopt;
  };
  return ingest::makerNamedIn(g.str(g.entities()[e].name), organization).value_or(e);
}

std::string formatValue(double v, std::string_view unit) {
  const double a = std::fabs(v);
  std::string out;
  if (a >= 1e12) {
    out = fmt::format("{:.4g} trillion", v / 1e12);
  } else if (a >= 1e9) {
    out = fmt::format("{:.4g} billion", v / 1e9);
  } else if (a >= 1e6) {
    out = fmt::format("{:.4g} million", v / 1e6);
  } else if (unit == "year") {  // a calendar year as written: "1985"
    out = fmt::format("{}", static_cast<long long>(v));
  } else if (a >= 1000 && a == std::floor(a)) {
    // "294,000": thousands separated, as a reader writes them.
    std::string digits = std::to_string(static_cast<long long>(a));
    if (v < 0) out.push_back('-');
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
      out.push_back(digits[i]);
    }
  } else {
    out = fmt::format("{:.6g}", v);
  }
  if (!unit.empty()) out.append(" ").append(unit);
  return out;
}

}  // namespace cg::reason
