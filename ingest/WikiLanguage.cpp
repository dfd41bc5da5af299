// Page language and number style (WikiLanguage.h), from data/wiki_languages.tsv.

#include "ingest/WikiLanguage.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Cardinals.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace data {
extern const char* const kWikiLanguages;  // data/wiki_languages.tsv, built in (ingest/CMakeLists.txt)
}

namespace {

struct LanguageRow {
  std::string code;
  NumberStyle style = NumberStyle::kDecimalPoint;
  std::vector<std::string> categoryNamespaces;
};

const std::vector<LanguageRow>& languageRows() {
  static const std::vector<LanguageRow> rows = [] {
    std::vector<LanguageRow> out;
    for (const std::vector<std::string_view>& cols : tsvRows(data::kWikiLanguages)) {
      if (cols.size() < 3) continue;
      LanguageRow row{
          std::string(cols[0]), cols[1] == "comma" ? NumberStyle::kDecimalComma : NumberStyle::kDecimalPoint, {}};
      for (std::string_view ns : splitOn(cols[2], '|')) row.categoryNamespaces.emplace_back(ns);
      out.push_back(std::move(row));
    }
    return out;
  }();
  return rows;
}

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The end of the run of digits, dots and commas starting at b whose every separator stands
// between two digits ("112.790" in "112.790 Exemplare", "1960" in "1960, bis").
std::size_t numberRunEnd(std::string_view s, std::size_t b) {
  std::size_t e = b;
  while (e < s.size()) {
    if (isDigit(s[e])) {
      ++e;
    } else if ((s[e] == '.' || s[e] == ',') && e + 1 < s.size() && isDigit(s[e + 1])) {
      ++e;
    } else {
      break;
    }
  }
  return e;
}

// "112.790", "1.240.000", "1.240,5": groups of three after a dot, and at most one comma, last.
bool dotGrouped(std::string_view run) {
  const std::size_t comma = run.find(',');
  const std::string_view whole = run.substr(0, comma);
  if (comma != std::string_view::npos && run.find_first_of(".,", comma + 1) != std::string_view::npos) return false;
  const std::size_t firstDot = whole.find('.');
  if (firstDot == std::string_view::npos || firstDot == 0 || firstDot > 3) return false;
  for (std::size_t dot = firstDot; dot != std::string_view::npos; dot = whole.find('.', dot + 1)) {
    const std::size_t next = whole.find('.', dot + 1);
    const std::size_t group = (next == std::string_view::npos ? whole.size() : next) - dot - 1;
    if (group != 3) return false;
  }
  return true;
}

// Rewrites one run in place when it is a decimal-comma number.
void rewriteRun(std::string& out, std::size_t b, std::size_t e) {
  const std::string_view run(out.data() + b, e - b);
  const bool grouped = dotGrouped(run);
  const bool decimal = !grouped && run.find('.') == std::string_view::npos && run.find(',') != std::string_view::npos &&
                       run.find(',') == run.rfind(',');
  if (!grouped && !decimal) return;
  for (std::size_t i = b; i < e; ++i) {
    if (out[i] == '.')
      out[i] = ',';
    else if (out[i] == ',')
      out[i] = '.';
  }
}

}  // namespace

std::string languageOfCategoryNamespace(std::string_view ns) {
  const std::string folded = graph::lowerAscii(trim(ns));
  for (const LanguageRow& row : languageRows())
    for (const std::string& name : row.categoryNamespaces)
      if (folded == graph::lowerAscii(name)) return row.code;
  return {};
}

std::string pageLanguage(std::string_view wikitext) {
  for (std::size_t at = wikitext.find("[["); at != std::string_view::npos; at = wikitext.find("[[", at + 2)) {
    const std::string_view rest = wikitext.substr(at + 2, 40);
    const std::size_t colon = rest.find(':');
    if (colon == std::string_view::npos || rest.substr(0, colon).find_first_of("[]|") != std::string_view::npos)
      continue;
    std::string language = languageOfCategoryNamespace(rest.substr(0, colon));
    if (!language.empty()) return language;
  }
  return {};
}

NumberStyle numberStyleOf(std::string_view language) {
  const std::string_view base = language.substr(0, language.find_first_of("-_"));
  const std::string folded = graph::lowerAscii(base);
  for (const LanguageRow& row : languageRows())
    if (row.code == folded) return row.style;
  return NumberStyle::kDecimalPoint;
}

bool capitalisesNouns(std::string_view language) {
  const std::string folded = graph::lowerAscii(language.substr(0, language.find_first_of("-_")));
  return folded == "de" || folded == "lb";
}

std::string decimalPointForm(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size();) {
    const bool starts = isDigit(out[i]) && (i == 0 || !(isDigit(out[i - 1]) || out[i - 1] == '.' || out[i - 1] == ','));
    if (!starts) {
      ++i;
      continue;
    }
    const std::size_t e = numberRunEnd(out, i);
    rewriteRun(out, i, e);
    i = e;
  }
  return out;
}

namespace {

// A run of words of capitals: where it stands and how many words it has.
struct CapitalRun {
  std::size_t begin = 0, end = 0, words = 0;
};

// The words of capitals from `at`, one space apart, each of two letters or more standing alone (no
// letter, digit or hyphen beside it); `at` is moved past the run, or one byte on where none starts.
CapitalRun capitalRunAt(std::string_view text, std::size_t& at) {
  CapitalRun run{at, at, 0};
  const auto alnum = [&](std::size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
  if (!graph::isUpperAscii(text[at]) || (at > 0 && alnum(at - 1))) {
    ++at;
    return run;
  }
  std::size_t from = at;
  for (;;) {
    std::size_t end = from;
    while (end < text.size() && graph::isUpperAscii(text[end])) ++end;
    const bool alone = end == text.size() || !(alnum(end) || text[end] == '-');
    if (end - from < 2 || !alone) break;
    run.end = end;
    ++run.words;
    if (end + 2 >= text.size() || text[end] != ' ' || !graph::isUpperAscii(text[end + 1])) break;
    from = end + 1;
  }
  at = std::max(run.end, at + 1);
  return run;
}

// Whether `run` is a phrase in capitals (unshoutedForm): four or more English words, a function word and
// a cardinal word among them.
bool shouted(std::string_view text, const CapitalRun& run) {
  constexpr std::size_t kFewestWords = 4;
  if (run.words < kFewestWords) return false;
  bool function = false, cardinal = false;
  for (std::size_t at = run.begin; at < run.end;) {
    const std::size_t end = std::min(text.find(' ', at), run.end);
    const std::string lower = graph::lowerAscii(text.substr(at, end - at));
    if (!lexicon().isEnglishWord(lower)) return false;
    function = function || lexicon().isFunctionWord(lower);
    cardinal = cardinal || cardinalWordValue(lower) >= 0;
    at = end + 1;
  }
  return function && cardinal;
}

// The first place from `from` where two capitals stand side by side (the text's size when none),
// eight bytes a step: a run of shouted words starts at such a pair, and at no other byte
// (capitalRunAt reads a run of no word everywhere else).
std::size_t capitalPairFrom(std::string_view text, std::size_t from) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t i = from;
  if constexpr (std::endian::native == std::endian::little) {
    for (; i + 8 <= text.size(); i += 7) {  // seven: a pair may straddle two steps
      std::uint64_t x = 0;
      std::memcpy(&x, text.data() + i, 8);
      const std::uint64_t capitals = graph::asciiBytesInRange(x & ~kHigh, 'A', 'Z') & ~x;
      if (const std::uint64_t pairs = capitals & (capitals >> 8); pairs != 0)
        return i + static_cast<std::size_t>(std::countr_zero(pairs)) / 8;
    }
  }
  for (; i + 1 < text.size(); ++i)
    if (graph::isUpperAscii(text[i]) && graph::isUpperAscii(text[i + 1])) return i;
  return text.size();
}

}  // namespace

std::optional<std::string> unshoutedForm(std::string_view text) {
  std::optional<std::string> out;
  for (std::size_t at = capitalPairFrom(text, 0); at < text.size(); at = capitalPairFrom(text, at)) {
    const CapitalRun run = capitalRunAt(text, at);
    if (!shouted(text, run)) continue;
    if (!out) out = std::string(text);
    for (std::size_t k = run.begin; k < run.end; ++k) (*out)[k] = graph::lowerAscii(text[k]);
  }
  return out;
}

std::vector<Figure> findFigures(std::string_view text, NumberStyle style) {
  const std::optional<std::string> unshouted = unshoutedForm(text);
  if (style == NumberStyle::kDecimalPoint && !unshouted) return findFigures(text);
  // Same length: its spans are text's.
  const std::string english =
      style == NumberStyle::kDecimalPoint ? *unshouted : decimalPointForm(unshouted ? *unshouted : text);
  std::vector<Figure> figures = findFigures(english);
  for (Figure& f : figures) {  // the surface text as the page writes it ("112.790", not "112,790")
    const std::size_t at = std::string_view(english).substr(f.begin, f.end - f.begin).find(f.quantity.text);
    if (at != std::string_view::npos) f.quantity.text = std::string(text.substr(f.begin + at, f.quantity.text.size()));
  }
  return figures;
}

}  // namespace cg::ingest
