#include "ingest/Text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "graph/AsciiRun.h"
#include "graph/Error.h"
#include "graph/Fold.h"
#include "ingest/Lexicon.h"

namespace cg::ingest {
namespace {

// Eight bytes of s from i (the caller checks that there are eight).
std::uint64_t eightBytes(std::string_view s, std::size_t i) {
  std::uint64_t x = 0;
  std::memcpy(&x, s.data() + i, 8);
  return x;
}

// Text in the Unicode encoding `charset` (its byte-order mark already dropped) as UTF-8.
// Ill-formed sequences become U+FFFD, as ICU's converters do by default.
std::string toUtf8(std::string_view bytes, const char* charset, const std::string& path) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(charset, &status), ucnv_close);
  icu::UnicodeString text;
  if (U_SUCCESS(status))
    text = icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
  if (U_FAILURE(status) || text.isBogus())
    throw Error(path, 0, std::string("cannot decode ") + charset + " text (" + u_errorName(status) + ")");
  std::string out;
  text.toUTF8String(out);
  return out;
}

// The Unicode encoding a byte-order mark at the start of `bytes` names (ICU knows them all),
// and the mark's length; no charset when there is none. UTF-7's mark is plain ASCII ("+/v8")
// that an article may well start with, so it is not taken for one.
struct Signature {
  const char* charset = nullptr;
  std::size_t length = 0;
};

Signature unicodeSignature(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const auto size = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 4));  // no mark is longer
  const char* charset = ucnv_detectUnicodeSignature(bytes.data(), size, &length, &status);
  if (U_FAILURE(status) || charset == nullptr || std::string_view(charset) == "UTF-7") return {};
  return {charset, static_cast<std::size_t>(length)};
}

std::size_t lineOfOffset(std::string_view text, std::size_t offset) {
  return 1 +
         static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

bool endsWithAbbreviation(std::string_view text, std::size_t periodPos) {
  // The word that the period at periodPos closes.
  std::size_t start = periodPos;
  while (start > 0) {
    unsigned char c = static_cast<unsigned char>(text[start - 1]);
    if (c == ' ' || c == '(' || c == '"' || c == '\n') break;
    --start;
  }
  std::string_view word = text.substr(start, periodPos - start);
  if (word.empty()) return false;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;  // an initial: "J. Smith"
  // Initials written together: "Christopher J.C. Burges", "J.R.R. Tolkien" (capitals, each but the last
  // closed by its period).
  bool initials = word.size() >= 3 && word.size() <= 5;
  for (std::size_t k = 0; k < word.size() && initials; ++k)
    initials = k % 2 == 0 ? word[k] >= 'A' && word[k] <= 'Z' : word[k] == '.';
  if (initials && word.size() % 2 == 1) return true;
  return containsLower(lexicon().abbreviations, word);  // data/abbreviations.txt
}

}  // namespace

namespace {

std::unique_ptr<RE2> compiled(std::string_view regex, std::string_view what, bool latin1) {
  RE2::Options options;
  if (latin1) {
    options.set_encoding(RE2::Options::EncodingLatin1);
    options.set_log_errors(false);
  }
  auto re = std::make_unique<RE2>(re2::StringPiece(regex.data(), regex.size()), options);
  if (!re->ok()) throw Error("internal error: the " + std::string(what) + " pattern does not compile: " + re->error());
  return re;
}

}  // namespace

const re2::RE2& pattern(std::string_view regex, std::string_view what, bool latin1) {
  return *compiled(regex, what, latin1).release();  // kept for the life of the program, like any static pattern
}

namespace {

// The Latin-1 stand-in of a character beyond ASCII, by RE2's own \p{Lu}, \p{Ll} and \p{L}:
// 'À' (Lu), 'à' (Ll), 'ª' (Lo: another letter) or '×' (Sm: no letter).
char letterStandIn(std::string_view character) {
  static const RE2& kUpper = pattern(R"(\p{Lu})", "upper-case letter");
  static const RE2& kLower = pattern(R"(\p{Ll})", "lower-case letter");
  static const RE2& kLetter = pattern(R"(\p{L})", "letter");
  const re2::StringPiece c(character.data(), character.size());
  if (RE2::FullMatch(c, kUpper)) return '\xC0';
  if (RE2::FullMatch(c, kLower)) return '\xE0';
  return RE2::FullMatch(c, kLetter) ? '\xAA' : '\xD7';
}

// \p{L}, \p{Lu} or \p{Ll} at the start of a pattern's text, and its Latin-1 ranges as RE2's own
// tables give them (U+00AA, U+00B5, U+00BA are letters; U+00D7 and U+00F7 are not): RE2 parses
// \p{L} into all of Unicode's letters before the Latin-1 program drops what lies beyond, which
// costs far more than these ranges. Length 0 for anything else.
struct LetterClass {
  std::size_t length = 0;
  std::string_view ranges;
};
LetterClass latin1LetterClass(std::string_view regex) {
  if (regex.starts_with("\\p{L}"))
    return {5, "A-Za-z\\x{AA}\\x{B5}\\x{BA}\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}"};
  if (regex.starts_with("\\p{Lu}")) return {6, "A-Z\\x{C0}-\\x{D6}\\x{D8}-\\x{DE}"};
  if (regex.starts_with("\\p{Ll}")) return {6, "a-z\\x{B5}\\x{DF}-\\x{F6}\\x{F8}-\\x{FF}"};
  return {};
}

// How many bytes of the pattern from regex[i] to copy as they are (an escape is two; "[:alpha:]"
// inside a class is whole), keeping track of whether they open or close a class: a ']' right
// after "[" or "[^" is a member.
std::size_t classStepAt(std::string_view regex, std::size_t i, bool& inClass, std::size_t& classFirst) {
  if (regex[i] == '\\') return i + 1 < regex.size() ? 2 : 1;  // "\\x{" is no escape
  if (!inClass && regex[i] == '[') {
    inClass = true;
    classFirst = i + 1 < regex.size() && regex[i + 1] == '^' ? i + 2 : i + 1;
    return classFirst - i;
  }
  if (inClass && regex.compare(i, 2, "[:") == 0) {
    const std::size_t close = regex.find(":]", i + 2);
    return close == std::string_view::npos ? 1 : close + 2 - i;
  }
  if (inClass && regex[i] == ']' && i != classFirst) inClass = false;
  return 1;
}

// RE2's case folding on UTF-8 gives an ASCII letter its other case, and 's' and 'k' one more
// each: 'ſ' (U+017F) and the Kelvin sign 'K' (U+212A); on Latin-1 only the other case.
constexpr int32_t kLongS = 0x017F, kKelvin = 0x212A;

// Whether regex[i] opens flags that turn on case folding other than a "(?i:" group: "(?i)", "(?si:".
bool foldsWithFlags(std::string_view regex, std::size_t i) {
  if (regex.compare(i, 2, "(?") != 0) return false;
  std::size_t end = i + 2;
  while (end < regex.size() &&
         ((graph::lowerAscii(regex[end]) >= 'a' && graph::lowerAscii(regex[end]) <= 'z') || regex[end] == '-'))
    ++end;
  return regex.substr(i + 2, end - i - 2).find('i') != std::string_view::npos;
}

// One step of a "(?i:...)" group spelled out for the Latin-1 pattern, from regex[i]: "(?i:" opens
// it as "(?:", each ASCII letter becomes the class of its case folding on UTF-8 ("[sS\x{..}]", the
// stand-in of 'ſ' included), an escape or other ASCII byte stays as it is, and the group's ')'
// closes it. A class, \p, \Q or a character beyond ASCII inside would need folding of its own:
// refused. Returns where the next step starts; `depth` counts the groups open inside.
template <typename StandInClass, typename Fail>
std::size_t appendFolded(std::string_view regex, std::size_t i, int& depth, std::string& out,
                         const StandInClass& standInClass, const Fail& fail) {
  if (depth == 0) {
    depth = 1;
    out += "(?:";
    return i + 4;
  }
  const char c = regex[i];
  if (c == '[' || static_cast<unsigned char>(c) >= 0x80) throw fail("a class or a character beyond ASCII in (?i:...)");
  if (c == '\\') {
    const char e = i + 1 < regex.size() ? regex[i + 1] : '\0';
    if (e == 'p' || e == 'P' || e == 'Q' || e == 'x') throw fail("\\p, \\Q or \\x in (?i:...)");
    out.append(regex.substr(i, 2));
    return i + 2;
  }
  if (c == '(') {
    if (regex.compare(i, 2, "(?") == 0 && regex.compare(i, 3, "(?:") != 0) throw fail("flags or a name in (?i:...)");
    ++depth;
  }
  if (c == ')') --depth;
  const char lower = graph::lowerAscii(c);
  if (lower < 'a' || lower > 'z') {
    out += c;
    return i + 1;
  }
  out += '[';
  out += lower;
  out += static_cast<char>(lower - ('a' - 'A'));
  if (lower == 's') out += standInClass(kLongS);
  if (lower == 'k') out += standInClass(kKelvin);
  out += ']';
  return i + 1;
}

// Why a pattern cannot be a letter pattern (LetterPattern): a mistake in our own patterns, not the input's.
Error letterPatternError(std::string_view what, const std::string& why) {
  return Error("internal error: the " + std::string(what) + " pattern cannot be a letter pattern: " + why);
}

// The Latin-1 characters that stand in for the characters beyond ASCII a pattern writes, each of the
// same class as the character it stands for, handed out in order within a class; `literals` gets each
// character and its stand-in, and a character asked for again gets the same one.
class Latin1StandIns {
 public:
  Latin1StandIns(std::string_view what, std::vector<std::pair<int32_t, char>>& literals)
      : what_(what), literals_(literals) {}

  // The stand-in of `c`; throws cg::Error when its class has none left.
  char standIn(int32_t c) {
    for (const auto& [character, byte] : literals_)
      if (character == c) return byte;
    std::string utf8;
    icu::UnicodeString(c).toUTF8String(utf8);
    const char kind = letterStandIn(utf8);
    int next = 0;
    if (kind == '\xC0' && upper_ <= 0xDE) {
      next = upper_++;  // Á..Þ
      if (next == 0xD7) next = upper_++;
    } else if (kind == '\xE0' && lower_ <= 0xFE) {
      next = lower_++;  // á..þ
      if (next == 0xF7) next = lower_++;
    } else if (kind == '\xD7' && nonLetter_ < static_cast<int>(kNonLetters.size())) {
      next = static_cast<unsigned char>(kNonLetters[static_cast<std::size_t>(nonLetter_++)]);
    } else if (kind == '\xAA' && !otherLetter_) {
      otherLetter_ = true;
      next = 0xBA;  // 'º', the other Lo of Latin-1
    }
    if (next == 0 || (kind == '\xC0' && next > 0xDE) || (kind == '\xE0' && next > 0xFE))
      throw letterPatternError(what_, "no Latin-1 stand-in left for U+" + std::to_string(c));
    literals_.emplace_back(c, static_cast<char>(next));
    return static_cast<char>(next);
  }

  // The stand-in of `c` written as RE2 reads it: "\x{C9}".
  std::string standInClass(int32_t c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(standIn(c));
    return std::string("\\x{") + kHex[byte >> 4] + kHex[byte & 15] + '}';
  }

 private:
  static constexpr std::string_view kNonLetters = "\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAB\xAC\xAE\xAF\xB0\xB1";
  std::string_view what_;
  std::vector<std::pair<int32_t, char>>& literals_;
  int upper_ = 0xC1, lower_ = 0xE1, nonLetter_ = 0;  // 'Á'.., 'á'.. (never 'À', 'à', '×', '÷')
  bool otherLetter_ = false;
};

// The pattern for the Latin-1 image: each character beyond ASCII the pattern writes (as UTF-8 or as
// \x{...}) becomes \x{..} of a Latin-1 character of its own, of the same class as it (a non-letter
// for '’', an upper-case letter for 'É'), which the image gives that character and no other;
// `literals` gets each character and its stand-in. Throws cg::Error where a range would need
// the characters between (a literal beside '-' inside a class) or the stand-ins run out.
std::string latin1Regex(std::string_view regex, std::string_view what,
                        std::vector<std::pair<int32_t, char>>& literals) {
  std::string out;
  out.reserve(regex.size());
  Latin1StandIns standIns(what, literals);
  auto fail = [&](const std::string& why) { return letterPatternError(what, why); };
  auto standInClass = [&](int32_t c) { return standIns.standInClass(c); };
  int foldDepth = 0;           // groups open since the "(?i:" being spelled out, that one included
  bool inClass = false;        // inside [...]
  std::size_t classFirst = 0;  // where the class's first member stands (a ']' there is one)
  for (std::size_t i = 0; i < regex.size();) {
    if (foldDepth > 0 || regex.compare(i, 4, "(?i:") == 0) {
      i = appendFolded(regex, i, foldDepth, out, standInClass, fail);
      continue;
    }
    if (foldsWithFlags(regex, i)) throw fail("(?i) outside a group of its own: write (?i:...)");
    int32_t c = -1;
    const std::size_t begin = i;
    if (static_cast<unsigned char>(regex[i]) >= 0x80) {
      auto at = static_cast<int32_t>(i);
      U8_NEXT(reinterpret_cast<const uint8_t*>(regex.data()), at, static_cast<int32_t>(regex.size()), c);
      if (c < 0) throw fail("not UTF-8");
      i = static_cast<std::size_t>(at);
    } else if (regex.compare(i, 3, "\\x{") == 0) {
      const std::size_t close = regex.find('}', i);
      if (close == std::string_view::npos) throw fail("an unclosed \\x{");
      c = static_cast<int32_t>(std::stol(std::string(regex.substr(i + 3, close - i - 3)), nullptr, 16));
      i = close + 1;
      if (c < 0x80) {
        out.append(regex.substr(begin, i - begin));
        continue;
      }
    } else if (const LetterClass letters = latin1LetterClass(regex.substr(i)); letters.length > 0) {
      out += inClass ? letters.ranges : "[" + std::string(letters.ranges) + "]";
      i += letters.length;
      continue;
    } else {
      const std::size_t step = classStepAt(regex, i, inClass, classFirst);
      out.append(regex.substr(i, step));
      i += step;
      continue;
    }
    const bool afterDash = !out.empty() && out.back() == '-' && out.size() >= 2 && out[out.size() - 2] != '[';
    const bool beforeDash = i + 1 < regex.size() && regex[i] == '-' && regex[i + 1] != ']';
    if (afterDash || beforeDash) throw fail("a range of characters beyond ASCII");
    out += standInClass(c);
  }
  return out;
}

}  // namespace

LetterPattern::LetterPattern(std::string_view regex, std::string_view what)
    : regex_(regex), what_(what), latin1_(compiled(latin1Regex(regex, what, literals_), what, true)) {}

LetterPattern::~LetterPattern() = default;

char LetterPattern::standIn(int32_t c, std::string_view character) const {
  for (const auto& [literal, byte] : literals_)
    if (literal == c) return byte;
  return letterStandIn(character);
}

bool LetterPattern::match(std::string_view text, bool whole, std::vector<std::string_view>& groups) const {
  // One byte a character, and where each character starts in `text` (the end last).
  std::string image;
  std::vector<std::size_t> starts;
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  bool valid = true;
  if (!ascii) {
    image.reserve(text.size());
    starts.reserve(text.size() + 1);
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
      const int32_t begin = i;
      UChar32 c = 0;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
      if (c < 0) {  // not UTF-8: RE2 on UTF-8 matches no class there; leave it to that pattern
        valid = false;
        break;
      }
      starts.push_back(static_cast<std::size_t>(begin));
      image.push_back(
          c < 0x80 ? static_cast<char>(c)
                   : standIn(c, text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(i - begin))));
    }
    starts.push_back(text.size());
  }
  const re2::RE2* re = latin1_.get();
  std::string_view read = ascii ? text : std::string_view(image);
  if (!valid) {
    std::call_once(utf8Made_, [this] { utf8_ = compiled(regex_, what_, false); });
    re = utf8_.get();
    read = text;
  }
  const int n = static_cast<int>(groups.size());
  std::vector<re2::StringPiece> found(groups.size() + 1);
  const re2::StringPiece input(read.data(), read.size());
  const RE2::Anchor anchor = whole ? RE2::ANCHOR_BOTH : RE2::UNANCHORED;
  // Whether it matches, first, without groups: RE2 asked for groups of a small pattern skips its
  // DFA for a backtracker, which costs several times more where most texts do not match.
  if (!re->Match(input, 0, input.size(), anchor, nullptr, 0)) return false;
  if (groups.empty()) return true;  // yes or no: the second run would only find where the match lies
  if (!re->Match(input, 0, input.size(), anchor, found.data(), n + 1)) return false;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const re2::StringPiece& piece = found[g + 1];
    if (piece.data() == nullptr) {
      groups[g] = std::string_view();
      continue;
    }
    const auto begin = static_cast<std::size_t>(piece.data() - read.data());
    const std::size_t end = begin + piece.size();
    groups[g] =
        ascii || !valid ? text.substr(begin, end - begin) : text.substr(starts[begin], starts[end] - starts[begin]);
  }
  return true;
}

std::vector<std::string_view> splitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t b = 0;;) {
    const std::size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) return out;
    b = e + 1;
  }
}

std::vector<std::vector<std::string_view>> tsvRows(std::string_view text) {
  // Each line read in place and each row's cells counted before they are kept: one allocation a
  // row (the tables are read once a process, data/proper_noun_kinds.tsv's 12,000 rows among them).
  std::vector<std::vector<std::string_view>> rows;
  rows.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  for (std::size_t b = 0; b <= text.size();) {
    const std::size_t e = std::min(text.find('\n', b), text.size());
    const std::string_view line = text.substr(b, e - b);
    b = e + 1;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view>& row = rows.emplace_back();
    row.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
    for (std::size_t c = 0;;) {
      const std::size_t tab = line.find('\t', c);
      row.push_back(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
  }
  return rows;
}

namespace {

// Invalid UTF-8 replaced by U+FFFD, one diagnostic for the first place; cg::Error when so
// much is undecodable that the file is no UTF-8 text at all.
void replaceInvalidUtf8(std::string& text, std::size_t firstBad, const std::string& path,
                        std::vector<Diagnostic>& diagnostics) {
  std::size_t badCount = 0;
  std::string fixed;
  fixed.reserve(text.size() + 16);
  std::string_view rest = text;
  while (auto at = graph::findInvalidUtf8(rest)) {
    fixed.append(rest.substr(0, *at));
    fixed.append("\xEF\xBF\xBD");
    ++badCount;
    rest.remove_prefix(*at + 1);
  }
  fixed.append(rest);
  const auto line = static_cast<std::uint32_t>(lineOfOffset(text, firstBad));
  if (badCount * 4 > text.size() / 4 + 16)
    throw Error(path, line, "not UTF-8 text (" + std::to_string(badCount) + " undecodable bytes); convert it to UTF-8");
  diagnostics.push_back({Severity::kWarning, "invalid-utf8", path, line,
                         "invalid UTF-8 (" + std::to_string(badCount) + " bytes) replaced by U+FFFD"});
  text = std::move(fixed);
}

// CRLF and CR to LF, so byte spans and lines mean the same for every file.
void unixNewlines(std::string& text) {
  if (text.find('\r') == std::string::npos) return;
  std::string unix;
  unix.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      unix.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      unix.push_back(text[i]);
    }
  }
  text = std::move(unix);
}

}  // namespace

std::string decodeText(std::string_view bytes, const std::string& path, std::vector<Diagnostic>& diagnostics) {
  if (trim(bytes).empty()) throw Error(path, 0, "the file is empty");
  const Signature bom = unicodeSignature(bytes);
  const std::string_view body = bytes.substr(bom.length);
  std::string text =
      bom.charset && std::string_view(bom.charset) != "UTF-8" ? toUtf8(body, bom.charset, path) : std::string(body);
  if (const std::size_t at = text.find('\0'); at != std::string::npos)
    throw Error(path, static_cast<std::uint32_t>(lineOfOffset(text, at)),
                "binary data (a NUL byte) where an article should be text; UTF-16 needs a byte-order mark");
  if (auto bad = graph::findInvalidUtf8(text)) replaceInvalidUtf8(text, *bad, path, diagnostics);
  unixNewlines(text);
  // A byte-order mark and white space alone (in any encoding) is still an empty file.
  if (trim(text).empty()) throw Error(path, 0, "the file is empty");
  return text;
}

namespace {

// "#91", "#x5B": the character a numeric entity names, appended to `out`; false when the
// digits are bad or name no character (a surrogate, beyond U+10FFFF, zero).
bool appendNumericEntity(std::string_view name, std::string& out) {
  long code = 0;
  const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return false;
  for (char c : digits) {
    int d = (c >= '0' && c <= '9')          ? c - '0'
            : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10
                                            : -1;
    if (d < 0 || code > 0x10FFFF) return false;
    code = code * (hex ? 16 : 10) + d;
  }
  if (code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
  icu::UnicodeString(static_cast<UChar32>(code)).toUTF8String(out);
  return true;
}

// "amp", "nbsp", ...: the text of a named entity appended to `out`; false for an unknown one.
bool appendNamedEntity(std::string_view name, std::string& out) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},         {"lt", "<"},         {"gt", ">"},         {"quot", "\""},
      {"apos", "'"},        {"nbsp", "\u00A0"},  {"ndash", "\u2013"}, {"mdash", "\u2014"},
      {"hellip", "\u2026"}, {"rsquo", "\u2019"}, {"lsquo", "\u2018"}, {"ldquo", "\u201C"},
      {"rdquo", "\u201D"},  {"euro", "\u20AC"},  {"pound", "\u00A3"}, {"yen", "\u00A5"}};
  for (const auto& [entity, text] : kNamed)
    if (name == entity) {
      out.append(text);
      return true;
    }
  return false;
}

}  // namespace

void appendPlainText(std::string& text, std::vector<std::size_t>& lineBreaks, std::string_view raw) {
  std::string decoded;  // a copy only when there is an entity to decode
  if (raw.find('&') != std::string_view::npos) {
    decoded = decodeEntities(raw);
    raw = decoded;
  }
  // Written into room made once (the text grows by at most raw's size), not a push_back a byte.
  std::size_t n = text.size();
  text.resize(n + raw.size());
  char* out = text.data();
  auto put = [&](char c) {
    if (c == '\n') {
      lineBreaks.push_back(n + 1);
      c = ' ';
    }
    if (c == ' ' && n > 0 && out[n - 1] == ' ') return;
    out[n++] = c;
  };
  // Eight bytes are copied as they are when none is a line break and no space follows a space
  // (within them, or the last byte written); else they go one by one.
  std::size_t i = 0;
  for (; i + 8 <= raw.size(); i += 8) {
    const std::uint64_t x = eightBytes(raw, i);
    const std::uint64_t spaces = bytesEqual(x, ' ');
    if (bytesEqual(x, '\n') || (spaces & (spaces << 8)) || ((spaces & 0x80) && n > 0 && out[n - 1] == ' ')) {
      for (std::size_t k = i; k < i + 8; ++k) put(raw[k]);
      continue;
    }
    std::memcpy(out + n, &x, 8);
    n += 8;
  }
  for (; i < raw.size(); ++i) put(raw[i]);
  text.resize(n);
}

std::string decodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    // Only the next 10 bytes can hold the ';' of an entity: looking further would make
    // a run of '&' quadratic.
    std::size_t semi = s.substr(i + 1, 10).find(';');
    if (semi == std::string_view::npos) {
      out.push_back('&');
      continue;
    }
    semi += i + 1;
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    const bool done = !name.empty() && name[0] == '#' ? appendNumericEntity(name, out) : appendNamedEntity(name, out);
    if (done)
      i = semi;
    else
      out.push_back('&');
  }
  return out;
}

namespace {

// This thread's sentence break iterator: creating one costs far more than splitting a
// paragraph. Throws cg::Error when ICU cannot make one (its data missing).
icu::BreakIterator& sentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator;
  if (!iterator) {
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) {
      iterator.reset();
      throw Error(std::string("ICU cannot split sentences (") + u_errorName(status) + "): is its data installed?");
    }
  }
  return *iterator;
}

// The UAX #29 Sentence_Break class of each ASCII byte, as this ICU has it (Unicode moves a mark
// now and then: ';' became SContinue in Unicode 15.1).
std::array<USentenceBreak, 128> asciiSentenceClasses() {
  std::array<USentenceBreak, 128> classes{};
  for (UChar32 c = 0; c < 128; ++c)
    classes[static_cast<std::size_t>(c)] = static_cast<USentenceBreak>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  return classes;
}
USentenceBreak sentenceClass(char c) {
  static const std::array<USentenceBreak, 128> classes = asciiSentenceClasses();
  return classes[static_cast<unsigned char>(c) & 0x7F];
}
bool sentenceClose(char c) { return sentenceClass(c) == U_SB_CLOSE; }
bool sentenceSp(char c) { return sentenceClass(c) == U_SB_SP; }
bool sentenceTerm(char c) { return sentenceClass(c) == U_SB_ATERM || sentenceClass(c) == U_SB_STERM; }
bool sentenceContinue(char c) { return sentenceClass(c) == U_SB_SCONTINUE; }
bool sentenceLower(char c) { return sentenceClass(c) == U_SB_LOWER; }
bool sentenceUpper(char c) { return sentenceClass(c) == U_SB_UPPER; }
bool sentenceNumeric(char c) { return sentenceClass(c) == U_SB_NUMERIC; }

// ICU's English exceptions to sentence breaks ("Mr.", "U.S.", "Ph.D."), read from ICU's data and
// put in the two tables its filtered iterator (filteredbrk.cpp) builds from them, in its order:
// `backward` holds the strings a break may not follow (true), and for the strings with an inner
// '.' the part up to it (false: "Ph." of "Ph.D."), which holds only when a string of `forward`
// reads on from there. `usable` is false when the data is missing or not as expected (all ASCII,
// each ending in '.'); then every text goes to ICU.
struct BreakExceptions {
  std::vector<std::string> strings;
  std::unordered_map<std::string_view, bool> backward;
  std::unordered_set<std::string_view> forward, forwardPrefixes;  // and the proper prefixes of `forward`
  std::size_t longest = 0;
  bool usable = false;
};

std::vector<std::string> icuSentenceExceptions() {
  std::vector<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UResourceBundle, void (*)(UResourceBundle*)> bundle(
      ures_open(U_ICUDATA_NAME "-brkitr", "en", &status), ures_close);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return {};
  std::unique_ptr<UResourceBundle, void (*)(UResourceBundle*)> exceptions(
      ures_getByKey(bundle.get(), "exceptions", nullptr, &status), ures_close);
  std::unique_ptr<UResourceBundle, void (*)(UResourceBundle*)> sentence(
      ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status), ures_close);
  if (U_FAILURE(status)) return {};
  while (ures_hasNext(sentence.get())) {
    int32_t length = 0;
    const UChar* s = ures_getNextString(sentence.get(), &length, nullptr, &status);
    if (U_FAILURE(status)) return {};
    std::string utf8;
    icu::UnicodeString(s, length).toUTF8String(utf8);
    out.push_back(std::move(utf8));
  }
  return out;
}

bool asciiClassesRead();

BreakExceptions makeBreakExceptions() {
  BreakExceptions ex;
  ex.strings = icuSentenceExceptions();
  std::vector<std::string>& s = ex.strings;
  if (s.empty()) return ex;
  for (const std::string& w : s)
    if (w.back() != '.' || !std::all_of(w.begin(), w.end(), [](char c) { return c > 0x20 && c < 0x7F; })) return ex;
  std::sort(s.begin(), s.end());  // ICU's set, sorted by code unit
  s.erase(std::unique(s.begin(), s.end()), s.end());
  std::vector<bool> partial(s.size(), false);
  std::vector<std::pair<std::string_view, bool>> backward;
  for (std::size_t i = 0; i < s.size(); ++i) {  // ICU's first pass: the strings with an inner '.'
    const std::size_t dot = s[i].find('.');
    if (dot == std::string::npos || dot + 1 == s[i].size()) continue;
    bool sameAs = false;
    for (std::size_t j = 0; j < s.size(); ++j) {
      if (j == i || s[i].compare(0, dot + 1, s[j], 0, dot + 1) != 0) continue;
      if (!partial[j])
        partial[j] = true;
      else
        sameAs = true;
    }
    if (!sameAs && !partial[i]) {
      backward.emplace_back(std::string_view(s[i]).substr(0, dot + 1), false);
      partial[i] = true;
    }
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!partial[i]) {
      backward.emplace_back(s[i], true);
      continue;
    }
    ex.forward.insert(s[i]);
    for (std::size_t k = 1; k < s[i].size(); ++k) ex.forwardPrefixes.insert(std::string_view(s[i]).substr(0, k));
  }
  for (const auto& [w, whole] : backward) {
    if (!ex.backward.emplace(w, whole).second) return ex;  // ICU's trie takes no string twice
    ex.longest = std::max(ex.longest, w.size());
  }
  ex.usable = asciiClassesRead();
  return ex;
}

const BreakExceptions& breakExceptions() {
  static const BreakExceptions exceptions = makeBreakExceptions();
  return exceptions;
}

// Whether ICU's English exceptions take back its break at `n` (0 < n < the text's size), as its
// filtered iterator decides: one space before `n` is stepped over; the longest string of the
// backward table that ends there decides; a first part ("Ph.") holds when the text from its start
// reads as far as a string of the forward table goes ("Ph.D."), running on while one could go on.
bool breakTakenBack(std::string_view text, std::size_t n, const BreakExceptions& ex) {
  const std::size_t at = text[n - 1] == ' ' ? n - 1 : n;
  if (at == 0 || text[at - 1] != '.') return false;  // every string ends in '.'
  std::size_t best = 0;
  bool whole = false;
  for (std::size_t length = 1; length <= std::min(ex.longest, at); ++length)
    if (auto it = ex.backward.find(text.substr(at - length, length)); it != ex.backward.end()) {
      best = length;
      whole = it->second;
    }
  if (best == 0) return false;
  if (whole) return true;
  const std::size_t from = at - best;
  bool matches = true;  // the trie's state before reading a character
  for (std::size_t length = 1; from + length <= text.size(); ++length) {
    const std::string_view read = text.substr(from, length);
    matches = ex.forward.count(read) > 0;
    if (ex.forwardPrefixes.count(read) == 0) break;
  }
  return matches;
}

// Whether sentenceBreaks reads `text` itself: printable ASCII and tabs only (no line break, no
// character beyond ASCII), and ICU's exceptions read.
bool plainAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 0x20 && c < 0x7F) || c == '\t'; });
}

// Whether every byte plainAscii lets through has a class asciiSentenceBreaks reads (no OLetter,
// Format, Extend, Sep, CR or LF among them), so that its rules are all the rules that apply, and
// the terminators are the three it looks for ('.' the only ATerm).
bool asciiClassesRead() {
  for (int c = 0x20; c <= 0x7F; ++c) {
    const char ch = c == 0x7F ? '\t' : static_cast<char>(c);
    const USentenceBreak k = sentenceClass(ch);
    if (k != U_SB_OTHER && k != U_SB_CLOSE && k != U_SB_SP && k != U_SB_ATERM && k != U_SB_STERM &&
        k != U_SB_SCONTINUE && k != U_SB_LOWER && k != U_SB_UPPER && k != U_SB_NUMERIC)
      return false;
    if (sentenceTerm(ch) != (ch == '.' || ch == '!' || ch == '?') || (k == U_SB_ATERM) != (ch == '.')) return false;
  }
  return true;
}

// UAX #29's sentence breaks of plain ASCII text, less ICU's English exceptions: a break
// follows a terminator ('.', '!', '?') and the run of closing marks and spaces after it (SB9,
// SB10, SB11), except where
//  - the run reaches the end of the text (the break there is the text's end), or stands before
//    another terminator or a ',', '-', ':' or ';' (SB8a);
//  - '.' stands right before a digit ("3.5": SB6) or between a letter and a capital ("U.S": SB7);
//  - '.' and its run stand before a lower-case letter, with no letter or terminator between
//    ("e.g. the", "approx. 5 km": SB8).
std::vector<std::size_t> asciiSentenceBreaks(std::string_view text, const BreakExceptions& ex) {
  std::vector<std::size_t> cuts;
  const std::size_t n = text.size();
  for (std::size_t i = nextByteOf(text, 0, '.', '!', '?'); i < n; i = nextByteOf(text, i + 1, '.', '!', '?')) {
    std::size_t k = i + 1;
    while (k < n && sentenceClose(text[k])) ++k;
    while (k < n && sentenceSp(text[k])) ++k;
    if (k == n || sentenceTerm(text[k]) || sentenceContinue(text[k])) continue;
    if (text[i] == '.') {
      if (k == i + 1 &&
          (sentenceNumeric(text[k]) ||
           (i > 0 && (sentenceLower(text[i - 1]) || sentenceUpper(text[i - 1])) && sentenceUpper(text[k]))))
        continue;
      std::size_t j = k;
      while (j < n && !sentenceLower(text[j]) && !sentenceUpper(text[j]) && !sentenceTerm(text[j])) ++j;
      if (j < n && sentenceLower(text[j])) continue;
    }
    if (!breakTakenBack(text, k, ex)) cuts.push_back(k);
  }
  if (n > 0) cuts.push_back(n);
  return cuts;
}

}  // namespace

// Where ICU's sentence rules break `text`, asked of ICU.
// ASCII text goes to ICU as UTF-16, one code unit a byte, so that its offsets are the bytes': ICU
// reads UTF-16 in place, while UTF-8 it converts chunk by chunk as it moves (a third of its time on
// the AI Wiki). The same code points either way, so the same breaks.
std::vector<std::size_t> icuSentenceBreaks(std::string_view text) {
  icu::BreakIterator& iterator = sentenceIterator();
  UErrorCode status = U_ZERO_ERROR;
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::u16string wide;
  if (ascii) wide.assign(text.begin(), text.end());
  std::unique_ptr<UText, UText* (*)(UText*)> ut(
      ascii ? utext_openUChars(nullptr, wide.data(), static_cast<int64_t>(wide.size()), &status)
            : utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status),
      utext_close);
  if (U_SUCCESS(status)) iterator.setText(ut.get(), status);
  if (U_FAILURE(status))
    throw Error(std::string("ICU cannot split this text into sentences (") + u_errorName(status) + ")");
  std::vector<std::size_t> cuts;
  for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE; b = iterator.next())
    cuts.push_back(static_cast<std::size_t>(b));
  return cuts;
}

std::vector<std::size_t> sentenceBreaks(std::string_view text) {
  const BreakExceptions& exceptions = breakExceptions();
  if (exceptions.usable && plainAscii(text)) return asciiSentenceBreaks(text, exceptions);
  return icuSentenceBreaks(text);
}

std::vector<std::pair<std::size_t, std::size_t>> splitSentences(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  const std::string_view trimmed = trim(text);
  if (trimmed.empty()) return spans;
  std::vector<std::size_t> cuts = sentenceBreaks(text);
  if (cuts.empty() || cuts.back() != text.size()) cuts.push_back(text.size());
  std::size_t begin = 0;
  for (std::size_t cut : cuts) {
    std::string_view piece = trim(text.substr(begin, cut - begin));
    if (cut != text.size()) {
      // Keep going past "U.S." or "Inc." or an initial, and when the next word is lowercase.
      std::size_t end = begin + static_cast<std::size_t>(piece.data() - (text.data() + begin)) + piece.size();
      bool abbreviation = !piece.empty() && piece.back() == '.' && endsWithAbbreviation(text, end - 1);
      std::size_t next = cut;
      while (next < text.size() && text[next] == ' ') ++next;
      bool lowerNext = next < text.size() && text[next] >= 'a' && text[next] <= 'z';
      // '“…” — Author': a quotation's attribution line, after a dash, is part of its sentence.
      bool attributionNext = (piece.ends_with("\u201D") || piece.ends_with("\"")) &&
                             (text.compare(next, 3, "\u2014") == 0 || text.compare(next, 3, "\u2015") == 0);
      if (abbreviation || lowerNext || attributionNext) continue;
    }
    if (!piece.empty()) {
      std::size_t start = static_cast<std::size_t>(piece.data() - text.data());
      spans.emplace_back(start, start + piece.size());
    }
    begin = cut;
  }
  return spans;
}

namespace {

// What a byte is to tokenize(): neither part of a word nor inside one; a mark that stays inside
// a word between two word bytes ('\'', '-', '.'); a word byte (letters, digits, '&', any other
// byte of a UTF-8 character); or 0xE2, a word byte that may open a typographic quote or dash,
// which ends a word. One table load per byte.
enum : unsigned char { kOtherByte = 0, kInnerByte = 1, kWordByte = 2, kLeadE2Byte = 3 };
constexpr std::array<unsigned char, 256> kTokenBytes = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = kWordByte;
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = kWordByte;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = kWordByte;
  for (std::size_t c = 0x80; c < 0x100; ++c) table[c] = kWordByte;
  table['&'] = kWordByte;
  table[0xE2] = kLeadE2Byte;
  table['\''] = table['-'] = table['.'] = kInnerByte;
  return table;
}();

// tokenize's scan; `kLimited`: it stops after `most` words. A template, so that tokenize(text) tests
// no count: the count tested in the loop cost it 37 M instructions on the snapshot, more than the
// windows saved.
template <bool kLimited>
std::vector<Token> scanTokens(std::string_view text, std::size_t most) {
  std::vector<Token> tokens;
  const std::size_t n = text.size();
  auto byteClass = [&](std::size_t k) { return kTokenBytes[static_cast<unsigned char>(text[k])]; };
  // Typographic quotes and dashes (U+201C, U+201D, U+2013, U+2014) end a word; all four
  // start with 0xE2 0x80 (the caller has seen the 0xE2).
  auto isBreak = [&](std::size_t k) {
    if (k + 2 >= n || static_cast<unsigned char>(text[k + 1]) != 0x80) return false;
    unsigned char c = static_cast<unsigned char>(text[k + 2]);
    return c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94;
  };
  // Room for a token every four bytes, made once (a word and its space take about six in prose):
  // growing past a smaller guess cost a malloc, a copy and a free, on most texts.
  if (n > 0) tokens.reserve(kLimited ? std::min(n / 4 + 1, most) : n / 4 + 1);
  std::size_t i = 0;
  while (i < n) {
    const unsigned char first = byteClass(i);
    if (first == kLeadE2Byte && isBreak(i)) {  // the whole character: its other two bytes would start a word
      i += 3;
      continue;
    }
    if (first < kWordByte) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < n) {
      i = graph::asciiAlnumEnd(text, i);  // most of a word, eight bytes a step
      if (i >= n) break;
      const unsigned char c = byteClass(i);
      if (c == kWordByte || (c == kLeadE2Byte && !isBreak(i))) {
        ++i;
        continue;
      }
      // Inner apostrophes, hyphens and dots stay in the word: "DeepSeek's", "GPT-4", "U.S".
      if (c == kInnerByte && i + 1 < n && byteClass(i + 1) >= kWordByte) {
        ++i;
        continue;
      }
      break;
    }
    tokens.push_back({start, i});
    if constexpr (kLimited)
      if (tokens.size() == most) break;
  }
  return tokens;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return scanTokens<false>(text, 0); }

std::vector<Token> tokenize(std::string_view text, std::size_t most) {
  return most == 0 ? std::vector<Token>{} : scanTokens<true>(text, most);
}

std::vector<Token> BlockTokens::within(std::size_t begin, std::size_t end) const {
  // The piece text.substr(begin, end - begin) takes (which throws past the text's end).
  if (begin > text_.size()) return tokenize(text_.substr(begin));
  end = begin + std::min(end - begin, text_.size() - begin);
  if (begin == end) return {};
  // A byte that continues a UTF-8 character: an edge there would split it.
  auto insideCharacter = [&](std::size_t at) {
    return at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80;
  };
  // The first word ending after `begin`; then the words ending by `end`.
  auto first = std::partition_point(tokens_.begin(), tokens_.end(), [&](const Token& t) { return t.end <= begin; });
  auto last = std::partition_point(first, tokens_.end(), [&](const Token& t) { return t.end <= end; });
  const bool crossesBegin = first != tokens_.end() && first->begin < begin;
  const bool crossesEnd = last != tokens_.end() && last->begin < end;
  if (crossesBegin || crossesEnd || insideCharacter(begin) || insideCharacter(end))
    return tokenize(text_.substr(begin, end - begin));
  std::vector<Token> out;
  out.reserve(static_cast<std::size_t>(last - first));
  for (auto t = first; t != last; ++t) out.push_back({t->begin - begin, t->end - begin});
  return out;
}

std::string_view BlockTokens::folded(std::size_t begin, std::size_t end) const {
  const std::string_view piece = text_.substr(begin, end - begin);
  end = begin + piece.size();
  // The lowered copy is written piece by piece as pieces are asked for: a byte's lowering is the
  // same whichever piece writes it, so a view handed out earlier never changes.
  if (lowered_.size() != text_.size()) lowered_.resize(text_.size());
  // Plain: ASCII, no tab or line break, no two spaces in a row. Then foldKey lowers the letters,
  // drops the spaces at either edge and keeps the single ones inside.
  char previous = 0;
  std::size_t i = begin;
  // Eight bytes a step while they are plain: no high bit, no control byte (tab, line break), no
  // two spaces in a row; upper-case letters lowered by setting their 0x20 bit.
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, text_.data() + i, 8);
    if ((x & kHigh) || ((x - 0x20 * kOnes) & ~x & kHigh)) break;  // a byte >= 0x80 or < 0x20
    const std::uint64_t spaceBits = x ^ (0x20 * kOnes);           // a zero byte where x has a space
    const std::uint64_t spaces = ~(((spaceBits & 0x7F7F7F7F7F7F7F7Full) + 0x7F7F7F7F7F7F7F7Full) | spaceBits) & kHigh;
    if ((spaces & (spaces << 8)) || (previous == ' ' && (spaces & 0x80))) break;
    const std::uint64_t upper = (x + (0x80 - 'A') * kOnes) & ~(x + (0x80 - 'Z' - 1) * kOnes) & kHigh;
    x |= upper >> 2;
    std::memcpy(lowered_.data() + i, &x, 8);
    previous = text_[i + 7];
  }
  for (; i < end; ++i) {
    const char c = text_[i];
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\t' || c == '\n' || c == '\r' || (c == ' ' && previous == ' '))
      return foldedAside_.emplace_front(graph::foldKey(piece));
    lowered_[i] = lowerAscii(c);
    previous = c;
  }
  std::size_t from = begin, to = end;
  while (from < to && lowered_[from] == ' ') ++from;
  while (to > from && lowered_[to - 1] == ' ') --to;
  return {lowered_.data() + from, to - from};  // within lowered_: substr's test and call are spared
}

const BlockTokens& ArticleTokens::of(std::size_t block) {
  if (!blocks_[block]) blocks_[block].emplace(article_.blocks[block].text);
  return *blocks_[block];
}

std::vector<Quote> quoteSpans(std::string_view text) {
  std::vector<Quote> out;
  std::size_t open = std::string_view::npos;
  // Only '"' and 0xE2 (a curly quote's lead byte) can open or close one.
  for (std::size_t i = nextByteOf(text, 0, '"', '\xE2'); i < text.size(); i = nextByteOf(text, i + 1, '"', '\xE2')) {
    bool straight = text[i] == '"';
    bool lead = static_cast<unsigned char>(text[i]) == 0xE2;
    if (!straight && !lead) continue;
    bool curlyOpen = lead && text.compare(i, 3, "\u201C") == 0;
    bool curlyClose = lead && text.compare(i, 3, "\u201D") == 0;
    if (open == std::string_view::npos && (curlyOpen || straight)) {
      open = i + (curlyOpen ? 3 : 1);
    } else if (open != std::string_view::npos && (curlyClose || straight)) {
      if (i > open) out.push_back({open, i});
      open = std::string_view::npos;
    }
  }
  return out;
}

}  // namespace cg::ingest
