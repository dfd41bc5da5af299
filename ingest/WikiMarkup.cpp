#include "ingest/WikiMarkup.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "ingest/Text.h"

namespace cg::ingest {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::size_t countLineBreaks(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == kPhantomNewline; }));
}

std::string withoutPhantoms(std::string_view s) {
  if (s.find(kPhantomNewline) == std::string_view::npos) return std::string(trim(s));  // most parameters: one copy
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != kPhantomNewline) out.push_back(c);
  return std::string(trim(out));
}

// Splits a template body at the '|' that are not inside [[...]] (link labels hold '|').
std::vector<std::string_view> splitParams(std::string_view body) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '[' && i + 1 < body.size() && body[i + 1] == '[') {
      ++depth, ++i;
    } else if (body[i] == ']' && i + 1 < body.size() && body[i + 1] == ']' && depth > 0) {
      --depth, ++i;
    } else if (body[i] == '|' && depth == 0) {
      out.push_back(body.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(body.substr(start));
  return out;
}

std::string foldName(std::string_view raw) {
  std::string name = lowerAscii(withoutPhantoms(raw));
  std::replace(name.begin(), name.end(), '_', ' ');
  if (name.rfind("template:", 0) == 0) name = std::string(trim(std::string_view(name).substr(9)));
  if (name.rfind("vorlage:", 0) == 0) name = std::string(trim(std::string_view(name).substr(8)));
  std::string out;
  for (char c : name)
    if (c != ' ' || (!out.empty() && out.back() != ' ')) out.push_back(c);
  return out;
}

TemplateCall parseCall(std::string_view body) {
  std::vector<std::string_view> parts = splitParams(body);
  TemplateCall call;
  std::string_view head = parts[0];
  std::size_t colon = head.find(':');
  // A parser function ("formatnum:1234", "#if:x") carries its first argument after ':'.
  if (colon != std::string_view::npos &&
      (head.substr(0, 1) == "#" || lowerAscii(head.substr(0, colon)) == "formatnum" ||
       lowerAscii(trim(head.substr(0, colon))) == "displaytitle")) {
    call.name = foldName(head.substr(0, colon));
    call.params.emplace_back("", withoutPhantoms(head.substr(colon + 1)));
  } else {
    call.name = foldName(head);
  }
  for (std::size_t i = 1; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    std::size_t eq = p.find('=');
    std::size_t link = p.find("[[");
    // MediaWiki strips white space, new lines too, around a named parameter's name: "{{Starbox character |\n
    // b-v=0.40 |" writes its pipes at the ends of lines. A name with a new line inside is no name.
    const std::size_t keyAt = eq == std::string_view::npos ? 0 : std::min(p.find_first_not_of(" \t\r\n"), eq);
    bool named = eq != std::string_view::npos && eq < 80 && (link == std::string_view::npos || eq < link) &&
                 p.substr(keyAt, eq - keyAt).find('\n') == std::string_view::npos;
    if (named)
      call.params.emplace_back(lowerAscii(withoutPhantoms(p.substr(keyAt, eq - keyAt))),
                               withoutPhantoms(p.substr(eq + 1)));
    else
      call.params.emplace_back("", withoutPhantoms(p));
  }
  return call;
}

constexpr std::array<std::string_view, 12> kMonths = {"January",   "February", "March",    "April",
                                                      "May",       "June",     "July",     "August",
                                                      "September", "October",  "November", "December"};

bool allDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), isDigit); }

// y, m, d as written in {{start date|2001|3|15}}; month and day may be missing.
std::string renderDate(std::string_view y, std::string_view m, std::string_view d, bool dayFirst) {
  if (!allDigits(y)) return std::string(y);
  int month = allDigits(m) && m.size() <= 2 ? std::stoi(std::string(m)) : 0;
  if (month < 1 || month > 12) return std::string(y);
  std::string monthName(kMonths[static_cast<std::size_t>(month - 1)]);
  if (!allDigits(d) || d.size() > 2) return monthName + " " + std::string(y);
  std::string day = std::to_string(std::stoi(std::string(d)));
  return dayFirst ? day + " " + monthName + " " + std::string(y) : monthName + " " + day + ", " + std::string(y);
}

bool yes(std::string_view v) {
  std::string l = lowerAscii(v);
  return l == "y" || l == "yes" || l == "true" || l == "1";
}

std::string formatNumber(std::string_view raw) {
  std::string s(trim(raw));
  std::size_t start = s.empty() || (s[0] != '-' && s[0] != '+') ? 0 : 1;
  std::size_t end = start;
  while (end < s.size() && isDigit(s[end])) ++end;
  if (end - start <= 3) return s;
  std::string out = s.substr(0, start);
  for (std::size_t i = start; i < end; ++i) {
    out.push_back(s[i]);
    std::size_t left = end - i - 1;
    if (left > 0 && left % 3 == 0) out.push_back(',');
  }
  return out + s.substr(end);
}

std::string joinPositional(const TemplateCall& call, std::string_view separator) {
  std::string out;
  for (const auto& [key, value] : call.params) {
    if (!key.empty() || value.empty()) continue;
    if (!out.empty()) out += separator;
    out += value;
  }
  return out;
}

}  // namespace

namespace data {
extern const char* const kConvertUnits;  // data/convert_units.tsv, built in (ingest/CMakeLists.txt)
}  // namespace data

namespace {

// A unit code of {{convert}} (data/convert_units.tsv): what convert shows for it written out,
// how the conversion in brackets shows it, what it measures (L length, A area, M mass, D per
// area; '-' for a code only named), its size in m, m2, kg or 1/m2, and what convert converts it
// to when the call names no unit.
struct ConvertUnit {
  std::string_view code, name, shown;
  char dimension = '-';
  double size = 0;
  std::string_view defaultTarget;
};

// The table is built into the binary and checked by its tests, so a malformed row is a bug of
// ours, not bad input: it is skipped.
const std::vector<ConvertUnit>& convertUnits() {
  static const std::vector<ConvertUnit> table = [] {
    std::vector<ConvertUnit> t;
    for (const std::vector<std::string_view>& row : tsvRows(data::kConvertUnits)) {
      if (row.size() < 6 || row[3].empty()) continue;
      const double size = row[4] == "-" ? 0 : std::strtod(std::string(row[4]).c_str(), nullptr);
      t.push_back({row[0], row[1], row[2], row[3][0], size, row[5] == "-" ? std::string_view() : row[5]});
    }
    return t;
  }();
  return table;
}

const ConvertUnit* convertUnit(std::string_view code) {
  for (const ConvertUnit& unit : convertUnits())
    if (unit.code == code) return &unit;
  return nullptr;
}

}  // namespace

std::string convertUnitName(std::string_view code) {
  // What {{convert}} shows by default (abbr=off) for its unit codes. Written out even where the
  // page abbreviates: "524 m" reads as 524 million, "524 metres" as a length.
  if (const ConvertUnit* unit = convertUnit(code)) return std::string(unit->name);
  return std::string(code);
}

namespace {

// "1,600" -> 1600; nullopt for what is no plain number ("2.5e6", "about 5") or has more digits
// than a double holds (so that no conversion is out of range).
std::optional<double> plainNumber(std::string_view text) {
  std::string digits;
  for (char c : trim(text))
    if (c != ',') digits.push_back(c);
  if (digits.empty() || digits.size() > 15 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return isDigit(c) || c == '.'; }))
    return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);
}

// 1765.16 -> "1,765", 650.32 -> "650.3": four significant digits, so that the conversion stays
// within a thousandth of what the page's own figure says (convert itself rounds coarser).
std::string significantFigure(double value) {
  if (!(value > 0)) return "0";
  const int digits = static_cast<int>(std::floor(std::log10(value))) + 1;
  const double scale = std::pow(10.0, digits - 4);
  const double rounded = std::round(value / scale) * scale;
  std::string out(64, '\0');
  out.resize(static_cast<std::size_t>(std::snprintf(out.data(), out.size(), "%.*f", std::max(0, 4 - digits), rounded)));
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return formatNumber(out);
}

// " (1,765 m2)": what the page shows after the figure, the numbers converted to the unit the
// call names after `from` (or convert's default for `from`); "" when a number or unit is not
// one of those listed, or when disp= shows the figures otherwise.
std::string convertedPart(const TemplateCall& call, const std::vector<std::string_view>& numbers, std::string_view word,
                          std::size_t unitAt) {
  const std::string_view disp = call.named({"disp"});
  const ConvertUnit* from = convertUnit(call.positional(unitAt));
  if ((!disp.empty() && disp != "b") || from == nullptr) return {};
  const std::string_view named = call.positional(unitAt + 1);
  const ConvertUnit* to = convertUnit(named.empty() ? from->defaultTarget : named);
  if (to == nullptr || to->dimension != from->dimension || from->dimension == '-') return {};
  std::string out;
  for (std::string_view number : numbers) {
    const std::optional<double> value = plainNumber(number);
    if (!value) return {};
    out += (out.empty() ? "" : " " + std::string(word) + " ") + significantFigure(*value * from->size / to->size);
  }
  return " (" + out + " " + std::string(to->shown) + ")";
}

std::string renderConvert(const TemplateCall& call) {
  static constexpr std::array<std::string_view, 9> kRangeWords = {"to", "-", "–",   "and",  "or",
                                                                  "by", "x", "+/-", "to(-)"};
  std::string_view second = call.positional(1);
  if (std::find(kRangeWords.begin(), kRangeWords.end(), second) != kRangeWords.end() && call.positionalCount() >= 4) {
    std::string word = second == "-" ? "–" : std::string(second);
    return std::string(call.positional(0)) + " " + word + " " + std::string(call.positional(2)) + " " +
           convertUnitName(call.positional(3)) + convertedPart(call, {call.positional(0), call.positional(2)}, word, 3);
  }
  if (second.empty()) return std::string(call.positional(0));
  return std::string(call.positional(0)) + " " + convertUnitName(second) +
         convertedPart(call, {call.positional(0)}, "", 1);
}

std::string renderAsOf(const TemplateCall& call) {
  if (!call.named({"alt"}).empty()) return std::string(call.named({"alt"}));
  std::string date = renderDate(call.positional(0), call.positional(1), call.positional(2), yes(call.named({"df"})));
  return (yes(call.named({"lc"})) ? "as of " : "As of ") + date;
}

std::optional<std::string> currency(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kSymbols[] = {
      {"us$", "US$"}, {"usd", "US$"}, {"a$", "A$"},   {"aud", "A$"},   {"ca$", "CA$"},  {"cad", "CA$"}, {"£", "£"},
      {"gbp", "£"},   {"€", "€"},     {"eur", "€"},   {"euro", "€"},   {"¥", "¥"},      {"jpy", "¥"},   {"inr", "₹"},
      {"₹", "₹"},     {"cny", "CN¥"}, {"rmb", "CN¥"}, {"chf", "CHF "}, {"nok", "NOK "}, {"sek", "SEK "}};
  for (const auto& [n, symbol] : kSymbols)
    if (name == n) return std::string(symbol);
  return std::nullopt;
}

bool oneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::optional<std::string> renderDateTemplate(const TemplateCall& call) {
  if (!oneOf(call.name, {"start date", "start date and age", "end date", "end date and age", "birth date",
                         "birth date and age", "death date", "death date and age", "film date", "release date", "dts",
                         "date", "start and end dates", "birth year and age", "death year and age"}))
    return std::nullopt;
  bool dayFirst = yes(call.named({"df"}));
  return renderDate(call.positional(0), call.positional(1), call.positional(2), dayFirst);
}

}  // namespace

std::string placeholder(char kind, std::size_t index) {
  std::string out(1, kPlaceholderOpen);
  out.push_back(kind);
  out += std::to_string(index);
  out.push_back(kPlaceholderClose);
  return out;
}

std::string_view TemplateCall::named(std::initializer_list<std::string_view> keys) const {
  for (std::string_view key : keys)
    for (const auto& [k, v] : params)
      if (k == key && !v.empty()) return v;
  return {};
}

std::string_view TemplateCall::positional(std::size_t i) const {
  for (const auto& [k, v] : params)
    if (k.empty() && i-- == 0) return v;
  return {};
}

std::size_t TemplateCall::positionalCount() const {
  return static_cast<std::size_t>(
      std::count_if(params.begin(), params.end(), [](const auto& p) { return p.first.empty(); }));
}

Expansion expandTemplates(std::string_view text, const TemplateRenderer& render) {
  Expansion out;
  // stack[0] is the text outside every template; stack[k] the body of the k-th open one.
  std::vector<std::string> stack(1);
  stack[0].reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool pair = i + 1 < text.size() && text[i + 1] == text[i];
    if (pair && text[i] == '{') {
      stack.emplace_back();
      ++i;
    } else if (pair && text[i] == '}' && stack.size() > 1) {
      std::string body = std::move(stack.back());
      stack.pop_back();
      std::string rendered;
      if (stack.size() > kMaxTemplateDepth)
        ++out.tooDeep;
      else
        rendered = render(parseCall(body));
      // Line breaks the template took away are kept as phantoms, so later lines keep their number.
      std::size_t before = countLineBreaks(body), after = countLineBreaks(rendered);
      stack.back() += rendered;
      if (before > after) stack.back().append(before - after, kPhantomNewline);
      ++i;
    } else if (pair && text[i] == '}') {
      ++out.unopened;
      ++i;
    } else {
      // The run up to the next brace at once: most of a page is text between templates.
      std::size_t next = text.find_first_of("{}", i + 1);
      if (next == std::string_view::npos) next = text.size();
      stack.back().append(text.substr(i, next - i));
      i = next - 1;
    }
  }
  // Braces never closed are dropped and their text kept: the open bodies follow each other
  // in text order, so joining them is linear however many there are.
  out.unclosed = stack.size() - 1;
  out.text = std::move(stack[0]);
  for (std::size_t k = 1; k < stack.size(); ++k) out.text += stack[k];
  return out;
}

namespace {

// A parameter given by one of `keys` or at 1-based `position` ("|2=Name" is position 2 too).
std::string_view quoteSlot(const TemplateCall& call, std::initializer_list<std::string_view> keys,
                           std::size_t position) {
  if (std::string_view v = call.named(keys); !v.empty()) return v;
  if (position == 0) return {};
  if (std::string_view v = call.named({std::to_string(position)}); !v.empty()) return v;
  return call.positional(position - 1);
}

// The reference placeholders a parameter holds, bound where the template stands.
std::string referencesIn(std::string_view value) {
  std::string kept;
  for (std::size_t at = value.find(kPlaceholderOpen); at != std::string_view::npos;
       at = value.find(kPlaceholderOpen, at + 1)) {
    const std::size_t close = value.find(kPlaceholderClose, at);
    if (close == std::string_view::npos) break;
    if (close > at + 1 && value[at + 1] == 'R') kept += value.substr(at, close - at + 1);
  }
  return kept;
}

}  // namespace

// A quotation template as MediaWiki shows it: the quoted text, then "— author" when the template
// names one (Template:Blockquote, Quotation, Quote frame, Pull quote: text|quote|1, author|sign|
// cite|2, title|3, source|4; Cquote: author|4, source|5, its 2 a width; Quote box: named only;
// Rquote: 1 the side, 2 the text, 3 the author, 4 the source). The <ref>s of the title and source
// stay where the template stands, so the quotation's sentence cites them.
std::string renderQuoteTemplate(const TemplateCall& call) {
  const std::string& n = call.name;
  const bool named = n == "quote box" || n == "quotebox";
  const bool side = n == "rquote";
  const bool wide = n == "cquote";
  const std::string_view text = quoteSlot(call, {"text", "quote"}, named ? 0 : side ? 2 : 1);
  const std::string_view author = quoteSlot(call, {"author", "sign", "cite"}, named ? 0 : side ? 3 : wide ? 4 : 2);
  const std::string_view title = quoteSlot(call, {"title"}, named || side || wide ? 0 : 3);
  const std::string_view source = quoteSlot(call, {"source"}, named ? 0 : side ? 4 : wide ? 5 : 4);
  std::string out = blockQuotation(text);
  if (!trim(author).empty()) {
    // The attribution line is a line of its own on the page: what follows the template starts a
    // sentence of its own, so the line ends with a full stop unless its words already end one.
    out += " \u2014 " + std::string(trim(author));
    std::size_t end = out.size();
    while (end > 0 && out[end - 1] == kPlaceholderClose) end = out.rfind(kPlaceholderOpen, end - 1);
    if (end != std::string::npos && end > 0 && std::string_view(".!?").find(out[end - 1]) == std::string_view::npos)
      out.insert(end, ".");
  }
  return out + referencesIn(title) + referencesIn(source);
}

// {{val}} as MediaWiki shows it: the number grouped in threes, its uncertainty ("± 0.1" for
// {{val|1.7|0.1}}; "+0.2 −0.1" for {{val|1.7|+0.2|-0.1}}), "×10^e" for e=, then the unit of u= or
// ul= (ul= links it), with p= before and s= after (Template:Val's documented parameters). With no
// number, e= alone shows the power of ten itself ({{val|e=10}} is "10^10", no "×").
std::string renderVal(const TemplateCall& call) {
  std::string out(call.named({"p"}));
  const std::string_view number = call.positional(0), exponent = call.named({"e"});
  if (number.empty() && !exponent.empty()) {
    out += "10^" + std::string(exponent);
  } else {
    out += formatNumber(number);
  }
  const std::string_view plus = call.positional(1), minus = call.positional(2);
  if (!plus.empty() && minus.empty()) {
    out += " \u00B1 " + std::string(plus);
  } else if (!plus.empty()) {
    out += " " + std::string(plus) + " " + std::string(minus);
  }
  if (!number.empty() && !exponent.empty()) out += "\u00D710^" + std::string(exponent);
  if (const std::string_view unit = call.named({"u", "ul"}); !unit.empty()) out += " " + std::string(unit);
  return out + std::string(call.named({"s"}));
}

// Astronomy's unit templates, as they show: {{Solar mass}} "M☉", {{Solar radius}} "R☉",
// {{Solar luminosity}} "L☉" (data/units.tsv reads the symbols).
std::optional<std::string> renderUnitTemplate(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kSymbols[] = {
      {"solar mass", "M\u2609"}, {"solar radius", "R\u2609"}, {"solar luminosity", "L\u2609"}};
  for (const auto& [n, symbol] : kSymbols)
    if (name == n) return std::string(symbol);
  return std::nullopt;
}

std::optional<std::string> renderFormatting(const TemplateCall& call) {
  const std::string& n = call.name;
  if (n == "convert" || n == "cvt") return renderConvert(call);
  if (n == "val") return renderVal(call);
  // {{e|30}}: "×10^30", the power of ten scientific notation multiplies by.
  if (n == "e") return "\u00D710^" + std::string(call.positional(0));
  if (auto symbol = renderUnitTemplate(n)) return symbol;
  if (auto symbol = currency(n)) return *symbol + std::string(call.positional(0));
  if (n == "formatnum") return formatNumber(call.positional(0));
  if (n == "as of") return renderAsOf(call);
  if (auto date = renderDateTemplate(call)) return date;
  if (oneOf(n, {"nowrap",
                "nobr",
                "small",
                "big",
                "smaller",
                "larger",
                "abbr",
                "sic",
                "ill",
                "interlanguage link",
                "flag",
                "flagcountry",
                "flagu",
                "nihongo",
                "em",
                "strong",
                "var",
                "smallcaps",
                "tooltip",
                "marriage",
                "lang-en",
                "keypress",
                "visible anchor",
                "anchor"}))
    return n == "anchor" ? std::string() : std::string(call.positional(0));
  // Program text in monospace (Template:Code, Mono, Codett, Kbd, Samp, Pre, Tt): code is not prose,
  // so its words give no figure, name or quotation; the sentence around it reads on (ProgramText.h).
  if (oneOf(n, {"code", "codett", "mono", "monospace", "kbd", "samp", "pre", "tt", "syntaxhighlight", "source"}))
    return std::string();
  if (n == "lang" || n == "transl") return std::string(call.positional(call.positionalCount() > 2 ? 2 : 1));
  if (n.rfind("lang-", 0) == 0) return std::string(call.positional(0));
  if (oneOf(n, {"ubl", "unbulleted list", "plainlist", "plain list", "flatlist", "hlist", "bulleted list", "ublist",
                "ordered list", "collapsible list"}))
    return joinPositional(call, ", ");
  if (oneOf(n, {"quote", "blockquote", "quotation", "quote frame", "cquote", "quote box", "quotebox", "rquote",
                "pull quote", "pullquote"}))
    return renderQuoteTemplate(call);
  if (n == "val")
    return std::string(call.positional(0)) + (call.named({"u"}).empty() ? "" : " " + std::string(call.named({"u"})));
  if (n == "circa" || n == "c.") return "c. " + std::string(call.positional(0));
  if (n == "nbsp" || n == "sp") return " ";
  if (n == "ndash" || n == "en dash") return "–";
  if (n == "mdash" || n == "em dash") return "—";
  if (n == "snd" || n == "spaced ndash" || n == "spnd") return " – ";
  if (n == "!") return "&#124;";  // a literal '|': kept out of table and template syntax
  if (n == "=") return "=";
  return std::nullopt;
}

std::string blockQuotation(std::string_view text) {
  text = trim(text);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""}, {"\u201c", "\u201d"}})
    if (text.size() >= open.size() + close.size() && text.substr(0, open.size()) == open &&
        text.substr(text.size() - close.size()) == close &&
        text.substr(open.size()).find(open) == std::string_view::npos)
      text = trim(text.substr(open.size(), text.size() - open.size() - close.size()));
  std::string out(kBlockQuoteMark);
  out += "\u201c";
  NestedQuotes nested;
  for (std::size_t i = 0; i < text.size(); ++i) i += nested.append(out, text.substr(i));
  nested.close(out);
  return out;
}

std::size_t NestedQuotes::append(std::string& out, std::string_view rest) {
  if (!started_ && (rest.front() == '\n' || rest.front() == ' ' || rest.front() == '\t')) {
    if (rest.front() == '\n') out.push_back(kPhantomNewline);  // the quotation opens on its first word
    return 0;
  }
  started_ = true;
  if (rest.front() == '\n') {
    out += ' ';
    out.push_back(kPhantomNewline);
  } else if (rest.front() == '"') {
    out += open_ ? "\u2019" : "\u2018";
    open_ = !open_;
  } else if (rest.substr(0, 3) == "\u201c" || rest.substr(0, 3) == "\u201d") {
    out += rest.substr(0, 3) == "\u201c" ? "\u2018" : "\u2019";
    return 2;
  } else {
    out.push_back(rest.front());
  }
  return 0;
}

std::string joinIntroducedQuotes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // The text between quotation marks is copied as one run; only a mark's neighbourhood is looked at.
  for (std::size_t i = 0, at = text.find(kBlockQuoteMark); i < text.size();
       i = at + 1, at = text.find(kBlockQuoteMark, i)) {
    out.append(text.substr(i, at == std::string_view::npos ? at : at - i));
    if (at == std::string_view::npos) break;
    std::size_t gap = out.size();
    while (gap > 0 && std::string_view(" \t\n\x05").find(out[gap - 1]) != std::string_view::npos) --gap;
    bool introduced = gap > 0 && out[gap - 1] == ':';
    if (introduced)
      for (std::size_t k = gap; k < out.size(); ++k)
        if (out[k] == '\n') out[k] = kPhantomNewline;
    // The quotation is words of its own: a space before it where nothing else parts them.
    bool parted = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(gap), out.end(),
                              [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
    if (gap > 0 && !parted) out.push_back(' ');
    out.push_back(text[at]);
  }
  return out;
}

void NestedQuotes::close(std::string& out) {
  std::size_t end = out.size();
  while (end > 0 && (out[end - 1] == ' ' || out[end - 1] == kPhantomNewline)) --end;
  std::size_t phantoms =
      static_cast<std::size_t>(std::count(out.begin() + static_cast<std::ptrdiff_t>(end), out.end(), kPhantomNewline));
  out.resize(end);
  out += "\u201d";
  out.append(phantoms, kPhantomNewline);
}

std::string firstUrl(std::string_view text) {
  std::size_t at = std::string_view::npos;
  for (std::string_view scheme : {"https://", "http://"}) at = std::min(at, text.find(scheme));
  if (at == std::string_view::npos) return {};
  std::size_t end = text.find_first_of(" \t\n]|<\"", at);
  std::string_view url = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
  // A bracketed link ("[http://x.org/a: Label]") is the URL as written, up to its space.
  if (at > 0 && text[at - 1] == '[') return std::string(url);
  // As MediaWiki links a free URL: punctuation that ends it belongs to the sentence, and so does a
  // closing parenthesis when the URL opens none ("(see http://x.org/a)").
  const bool opensParen = url.find('(') != std::string_view::npos;
  while (!url.empty() &&
         (std::string_view(",;.:!?").find(url.back()) != std::string_view::npos || (url.back() == ')' && !opensParen)))
    url.remove_suffix(1);
  return std::string(url);
}

std::string domainOf(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.rfind("www.", 0) == 0) host.remove_prefix(4);
  return lowerAscii(host);
}

std::string stripMarkup(std::string_view s) {
  // Closing brackets are looked for only this far, so a run of '[' stays linear.
  auto within = [&](auto needle, std::size_t from) {
    std::size_t at = s.substr(from, 2000).find(needle);
    return at == std::string_view::npos ? at : at + from;
  };
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == kPhantomNewline) continue;
    if (c == kPlaceholderOpen) {
      std::size_t close = within(kPlaceholderClose, i);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    if (c == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
      while (i + 1 < s.size() && s[i + 1] == '\'') ++i;
      continue;
    }
    if (c == '[' && i + 1 < s.size() && s[i + 1] == '[') {  // [[target|label]]: the label stays
      std::size_t close = within("]]", i + 2);
      std::size_t bar = within('|', i + 2);
      if (close != std::string_view::npos && bar < close)
        i = bar;
      else
        ++i;
      continue;
    }
    if (c == '[') {  // [url label]: the label stays
      std::size_t close = within(']', i);
      std::size_t space = within(' ', i);
      if (close != std::string_view::npos && space < close && s.substr(i + 1, 4) == "http")
        i = space;
      else if (close != std::string_view::npos && s.substr(i + 1, 4) == "http")
        i = close;
      continue;
    }
    if (c == ']') continue;
    if (c == '<') {
      std::size_t close = s.substr(i, 200).find('>');
      if (close != std::string_view::npos && i + 1 < s.size() &&
          (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
        i += close;
        out.push_back(' ');
        continue;
      }
    }
    if (c == '\n') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return std::string(trim(decodeEntities(out)));
}

}  // namespace cg::ingest
