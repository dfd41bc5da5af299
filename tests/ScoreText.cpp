#include "ScoreText.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "graph/Error.h"

namespace cg::test::py {
namespace {

// Python's str.isspace() (what str.split() splits on), _PyUnicode_IsWhitespace.
bool isPythonSpace(UChar32 c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

void appendUtf8(std::string& out, UChar32 c) {
  icu::UnicodeString one(c);
  one.toUTF8String(out);
}

// " ".join(s.split()): runs of Python white space to one space, none at either end.
std::string collapseSpace(std::string_view utf8) {
  std::string out;
  bool pending = false;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT_OR_FFFD(s, i, length, c);
    if (isPythonSpace(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.append(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

bool isAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::string fold(std::string_view utf8) {
  if (isAscii(utf8)) {  // NFKC and the replacements leave ASCII alone; casefold is lower()
    std::string lower(utf8);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return collapseSpace(lower);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString normal = nfkc->normalize(text, status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFKC failed: ") + u_errorName(status));
  normal.findAndReplace(u"\u2019", u"'").findAndReplace(u"\u2018", u"'");
  normal.findAndReplace(u"\u201c", u"\"").findAndReplace(u"\u201d", u"\"");
  normal.findAndReplace(u"\u2013", u"-").findAndReplace(u"\u2014", u"-");
  normal.foldCase(U_FOLD_CASE_DEFAULT);  // full case folding, as str.casefold()
  std::string out;
  normal.toUTF8String(out);
  return collapseSpace(out);
}

std::string fold(const rapidjson::Value* v) {
  if (v == nullptr || v->IsNull()) return "";
  if (v->IsString()) return fold(std::string_view(v->GetString(), v->GetStringLength()));
  return fold(str(*v));
}

bool truthy(const rapidjson::Value* v) {
  if (v == nullptr || v->IsNull()) return false;
  if (v->IsBool()) return v->GetBool();
  if (v->IsString()) return v->GetStringLength() > 0;
  if (v->IsArray()) return !v->Empty();
  if (v->IsObject()) return v->MemberCount() > 0;
  return v->GetDouble() != 0;
}

std::optional<double> toFloat(const rapidjson::Value& v) {
  if (v.IsNumber()) return v.GetDouble();
  if (v.IsBool()) return v.GetBool() ? 1.0 : 0.0;
  if (!v.IsString()) return std::nullopt;
  std::string s(collapseSpace(std::string_view(v.GetString(), v.GetStringLength())));
  if (s.empty() || s.find(' ') != std::string::npos) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || s.find_first_of("xXpP") != std::string::npos) return std::nullopt;
  return d;
}

std::optional<long long> toInt(const rapidjson::Value& v) {
  if (v.IsInt64()) return v.GetInt64();
  if (v.IsNumber()) {
    double d = v.GetDouble();
    if (!std::isfinite(d) || std::fabs(d) > 9.2e18) return std::nullopt;
    return static_cast<long long>(std::trunc(d));
  }
  if (v.IsBool()) return v.GetBool() ? 1 : 0;
  if (!v.IsString()) return std::nullopt;
  std::string s(collapseSpace(std::string_view(v.GetString(), v.GetStringLength())));
  std::size_t skip = !s.empty() && s[0] == '+' ? 1 : 0;
  long long n = 0;
  auto [end, ec] = std::from_chars(s.data() + skip, s.data() + s.size(), n);
  if (s.size() == skip || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

std::string hashKey(const rapidjson::Value& v) {
  if (v.IsString()) return "$" + std::string(v.GetString(), v.GetStringLength());
  if (v.IsNull()) return "~";
  if (v.IsArray() || v.IsObject()) throw Error("unhashable JSON value used as a key: " + repr(v));
  double d = *toFloat(v);
  if (v.IsInt64()) return "#" + std::to_string(v.GetInt64());
  if (std::trunc(d) == d && std::fabs(d) < 9.2e18) return "#" + std::to_string(static_cast<long long>(d));
  return "#" + floatRepr(d);
}

std::string floatRepr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);  // shortest, as repr()
  std::string sci(buf, result.ptr);
  std::string sign = sci[0] == '-' ? "-" : "";
  std::size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(sign.size(), e - sign.size()))
    if (c != '.') digits.push_back(c);
  int exponent = std::atoi(sci.c_str() + e + 1);
  int point = exponent + 1;  // digits are 0.DDD x 10^point
  auto count = static_cast<int>(digits.size());
  if (point <= -4 || point > 16) {  // float_repr_style 'short': exponent form outside these
    std::string out = digits.substr(0, 1) + (count > 1 ? "." + digits.substr(1) : "");
    char tail[16];
    std::snprintf(tail, sizeof tail, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return sign + out + tail;
  }
  if (point <= 0) return sign + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  if (point >= count) return sign + digits + std::string(static_cast<std::size_t>(point - count), '0') + ".0";
  return sign + digits.substr(0, static_cast<std::size_t>(point)) + "." +
         digits.substr(static_cast<std::size_t>(point));
}

namespace {

// str.isprintable() of one character: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than ' '.
bool isPrintable(UChar32 c) {
  if (c == ' ') return true;
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}

void appendEscaped(std::string& out, UChar32 c, char quote) {
  char buf[16];
  if (c == quote || c == '\\') {
    out.push_back('\\');
    out.push_back(static_cast<char>(c));
  } else if (c == '\t' || c == '\n' || c == '\r') {
    out += c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
  } else if (c < ' ' || c == 0x7F || (c > 0x7F && c <= 0xFF && !isPrintable(c))) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
    out += buf;
  } else if (c > 0xFF && !isPrintable(c)) {
    std::snprintf(buf, sizeof buf, c <= 0xFFFF ? "\\u%04x" : "\\U%08x", static_cast<unsigned>(c));
    out += buf;
  } else {
    appendUtf8(out, c);
  }
}

// repr(str): single quotes unless the text holds ' and no ".
std::string reprString(std::string_view utf8) {
  char quote = utf8.find('\'') != std::string_view::npos && utf8.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out(1, quote);
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT_OR_FFFD(s, i, length, c);
    appendEscaped(out, c, quote);
  }
  out.push_back(quote);
  return out;
}

std::string viewOf(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

}  // namespace

std::string str(const rapidjson::Value& v) {
  if (v.IsString()) return viewOf(v);
  if (v.IsNull()) return "None";
  if (v.IsBool()) return v.GetBool() ? "True" : "False";
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  if (v.IsNumber()) return floatRepr(v.GetDouble());
  std::string out;
  if (v.IsArray()) {
    for (const auto& item : v.GetArray()) out += (out.empty() ? "" : ", ") + repr(item);
    return "[" + out + "]";
  }
  for (const auto& m : v.GetObject()) out += (out.empty() ? "" : ", ") + repr(m.name) + ": " + repr(m.value);
  return "{" + out + "}";
}

std::string repr(const rapidjson::Value& v) {
  return v.IsString() ? reprString(std::string_view(v.GetString(), v.GetStringLength())) : str(v);
}

std::string unquote(std::string_view s) {
  if (s.find('%') == std::string_view::npos) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) {  // outside an ASCII run: kept as it is
      out.push_back(s[i++]);
      continue;
    }
    std::string bytes;  // unquote_to_bytes of the ASCII run
    for (; i < s.size() && static_cast<unsigned char>(s[i]) < 0x80; ++i) {
      auto hex = [&](std::size_t k) { return k < s.size() && std::isxdigit(static_cast<unsigned char>(s[k])); };
      if (s[i] == '%' && hex(i + 1) && hex(i + 2)) {
        bytes.push_back(static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
        i += 2;
      } else {
        bytes.push_back(s[i]);
      }
    }
    const auto* b = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    for (int32_t k = 0; k < length;) {  // .decode("utf-8", "replace"): U+FFFD per maximal bad part
      UChar32 c = 0;
      U8_NEXT_OR_FFFD(b, k, length, c);
      appendUtf8(out, c);
    }
  }
  return out;
}

namespace {

// The names HTML5 reads even without a ';' (html.entities.html5 keys without one): the
// Latin-1 letters and signs U+00A0..U+00FF in order, and ten more.
constexpr std::string_view kLatin1Names[] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

const std::map<std::string, UChar32, std::less<>>& legacyNames() {
  static const auto* names = [] {
    auto* m = new std::map<std::string, UChar32, std::less<>>{
        {"amp", '&'}, {"AMP", '&'},  {"lt", '<'},   {"LT", '<'},    {"gt", '>'},
        {"GT", '>'},  {"quot", '"'}, {"QUOT", '"'}, {"COPY", 0xA9}, {"REG", 0xAE}};
    for (UChar32 c = 0xA0; c <= 0xFF; ++c) (*m)[std::string(kLatin1Names[c - 0xA0])] = c;
    return m;
  }();
  return *names;
}

// Names that need their ';', the common ones in news and encyclopedia text.
const std::map<std::string_view, UChar32, std::less<>> kSemicolonNames = {
    {"apos", '\''},     {"ndash", 0x2013},  {"mdash", 0x2014},  {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"sbquo", 0x201A},  {"bdquo", 0x201E},
    {"euro", 0x20AC},   {"trade", 0x2122},  {"bull", 0x2022},   {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"thinsp", 0x2009}, {"ensp", 0x2002},
    {"emsp", 0x2003},   {"zwj", 0x200D},    {"zwnj", 0x200C},   {"lrm", 0x200E},    {"rlm", 0x200F},
    {"minus", 0x2212},  {"prime", 0x2032},  {"Prime", 0x2033},  {"hyphen", 0x2010}, {"sol", '/'},
    {"lowbar", '_'},    {"num", '#'},       {"percnt", '%'},    {"lpar", '('},      {"rpar", ')'},
    {"ast", '*'},       {"plus", '+'},      {"comma", ','},     {"period", '.'},    {"colon", ':'},
    {"semi", ';'},      {"equals", '='},    {"quest", '?'},     {"commat", '@'},    {"lsqb", '['},
    {"rsqb", ']'},      {"lcub", '{'},      {"rcub", '}'},      {"verbar", '|'},    {"excl", '!'},
    {"dollar", '$'}};

// Windows-1252 for &#128; .. &#159;, html._invalid_charrefs.
constexpr UChar32 kCp1252[32] = {0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
                                 0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                 0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};

// html._replace_charref for "#123" / "#x7b": what the number stands for.
std::string numericReference(std::string_view digits, bool hex) {
  unsigned long long num = 0;
  for (char c : digits) {
    num = num * (hex ? 16 : 10) + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(c))
                                                            ? c - '0'
                                                            : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
    if (num > 0x10FFFF) num = 0x110000;  // too big is too big, however many digits follow
  }
  std::string out;
  if (num == 0) return "\uFFFD";
  if (num == 0x0D) return "\r";
  if (num >= 0x80 && num <= 0x9F) {
    appendUtf8(out, kCp1252[num - 0x80]);
    return out;
  }
  if ((num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF) return "\uFFFD";
  bool invalid = (num >= 0x1 && num <= 0x8) || num == 0xB || (num >= 0xE && num <= 0x1F) || num == 0x7F ||
                 (num >= 0xFDD0 && num <= 0xFDEF) || (num & 0xFFFE) == 0xFFFE;
  if (!invalid) appendUtf8(out, static_cast<UChar32>(num));
  return out;
}

std::optional<UChar32> entity(std::string_view name) {
  if (!name.empty() && name.back() == ';') {
    name.remove_suffix(1);
    if (auto it = kSemicolonNames.find(name); it != kSemicolonNames.end()) return it->second;
  } else if (name.find(';') != std::string_view::npos) {
    return std::nullopt;
  }
  if (auto it = legacyNames().find(name); it != legacyNames().end()) return it->second;
  return std::nullopt;
}

// html._replace_charref for a name: itself, else its longest known prefix (>= 2 characters)
// and the rest as written, else "&" and the name.
std::string namedReference(std::string_view name) {
  std::string out;
  if (auto c = entity(name)) {
    appendUtf8(out, *c);
    return out;
  }
  for (std::size_t x = name.size() - 1; x >= 2; --x)
    if (auto c = entity(name.substr(0, x))) {
      appendUtf8(out, *c);
      return out.append(name.substr(x));
    }
  return "&" + std::string(name);
}

// The length in bytes of what html._charref matches after an '&' at s[0], 0 for no match:
// #digits;? | #x hex;? | 1..32 characters other than \t \n \f space < & # ; then ;?
std::size_t referenceLength(std::string_view s, bool& numeric, bool& hex) {
  auto digitsFrom = [&](std::size_t k, bool inHex) {
    std::size_t j = k;
    while (j < s.size() &&
           (inHex ? std::isxdigit(static_cast<unsigned char>(s[j])) : std::isdigit(static_cast<unsigned char>(s[j]))))
      ++j;
    return j;
  };
  numeric = s.size() > 1 && s[1] == '#';
  if (numeric) {
    hex = s.size() > 2 && (s[2] == 'x' || s[2] == 'X') && !std::isdigit(static_cast<unsigned char>(s[2]));
    std::size_t start = hex ? 3 : 2, end = digitsFrom(start, hex);
    if (end == start) return 0;
    return end + (end < s.size() && s[end] == ';') - 1;
  }
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  int32_t i = 1;
  for (int count = 0; count < 32 && i < length; ++count) {
    int32_t before = i;
    UChar32 c = 0;
    U8_NEXT_OR_FFFD(b, i, length, c);
    if (c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&' || c == '#' || c == ';') {
      i = before;
      break;
    }
  }
  if (i == 1) return 0;
  return static_cast<std::size_t>(i) + (i < length && s[static_cast<std::size_t>(i)] == ';') - 1;
}

}  // namespace

std::string htmlUnescape(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool numeric = false, hex = false;
    std::size_t length = s[i] == '&' ? referenceLength(s.substr(i), numeric, hex) : 0;
    if (length == 0) {
      out.push_back(s[i++]);
      continue;
    }
    std::string_view body = s.substr(i + 1, length);
    if (numeric) {
      std::string_view digits = body.substr(hex ? 2 : 1);
      if (!digits.empty() && digits.back() == ';') digits.remove_suffix(1);
      out += numericReference(digits, hex);
    } else {
      out += namedReference(body);
    }
    i += 1 + length;
  }
  return out;
}

std::string normUrl(const rapidjson::Value* u) {
  if (!truthy(u)) return "";
  if (!u->IsString()) throw Error("a url that is not a string: " + repr(*u));
  std::string url = fold(unquote(htmlUnescape(viewOf(*u))));
  for (std::string_view prefix : {"https://", "http://", "//"})
    if (url.rfind(prefix, 0) == 0) {
      url.erase(0, prefix.size());
      break;
    }
  if (url.rfind("www.", 0) == 0) url.erase(0, 4);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

}  // namespace cg::test::py
