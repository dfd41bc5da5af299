#include "graph/Fold.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "graph/AsciiRun.h"

namespace cg::graph {
namespace {

// The length of the ASCII run that starts `s`: eight bytes a step while no high bit is set.
std::size_t asciiPrefix(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

bool isAscii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8)
    if (loadUpTo8(s.data() + i, 8) & kHighBits) return false;
  return (loadUpTo8(s.data() + i, s.size() - i) & kHighBits) == 0;
}

// The white space foldKey collapses: tab, line feed, carriage return and space (a vertical tab or a
// form feed is kept as written).
constexpr bool isFoldBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The high bit of each byte of `bytes` (ASCII: no high bit set) that isFoldBlank.
constexpr std::uint64_t foldBlankBytes(std::uint64_t bytes) {
  return asciiBytesInRange(bytes, '\t', '\n') | asciiBytesInRange(bytes, '\r', '\r') |
         asciiBytesInRange(bytes, ' ', ' ');
}

// Copies the run of bytes that are not white space starting at text[from], lowered, to `to`; returns
// where the run ends. Eight bytes a step: a letter 'A'..'Z' gets its 0x20 bit (the high bit of
// asciiBytesInRange shifted right by two). A step may write up to seven bytes past the run's end,
// within the 8 bytes read, which the caller's next writes overwrite or its final size drops.
std::size_t copyLoweredRun(std::string_view text, std::size_t from, char* to) {
  std::size_t k = from;
  if constexpr (std::endian::native == std::endian::little) {
    for (; k + 8 <= text.size(); k += 8) {
      std::uint64_t x = 0;
      std::memcpy(&x, text.data() + k, 8);
      const std::uint64_t lowered = x | asciiBytesInRange(x, 'A', 'Z') >> 2;
      std::memcpy(to + (k - from), &lowered, 8);
      if (const std::uint64_t blanks = foldBlankBytes(x); blanks != 0)
        return k + static_cast<std::size_t>(std::countr_zero(blanks)) / 8;
    }
  }
  for (; k < text.size() && !isFoldBlank(text[k]); ++k) to[k - from] = lowerAscii(text[k]);
  return k;
}

// foldKey() of ASCII text: lower case, runs of white space to one space, trimmed; written into `out`,
// sized once (the result is never longer than the input), a run of other bytes at a time.
void foldAsciiKey(std::string_view text, std::string& out) {
  out.resize(text.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t word = i;
    while (i < text.size() && isFoldBlank(text[i])) ++i;
    if (i == text.size()) break;
    if (i > word && n > 0) out[n++] = ' ';
    const std::size_t end = copyLoweredRun(text, i, out.data() + n);
    n += end - i;
    i = end;
  }
  out.resize(n);
}

// foldKey()'s common case, tested and lowered in one pass over `key`, a copy of the text: whether
// foldKey() of it is its lowering (ASCII without tab, line feed or carriage return, and no space at
// either end or beside another: the white space foldKey collapses or trims), lowering each step's
// bytes once they pass. Most names and words folded are so. Eight bytes a step, the last 0 to 7
// bytes as one word with zeros above them (a zero byte is no blank). On false some first bytes may be
// lowered already: the caller folds the text anew. Little-endian: "beside" is the next byte's place
// in the word.
bool lowerIfFoldIsLowering(std::string& key) {
  if constexpr (std::endian::native != std::endian::little) return false;
  const std::size_t n = key.size();
  if (n > 0 && (key.front() == ' ' || key.back() == ' ')) return false;
  char* p = key.data();
  bool spaceBefore = false;  // the last byte of the word before is a space
  for (std::size_t k = 0; k < n; k += 8) {
    const std::size_t count = std::min<std::size_t>(8, n - k);
    const std::uint64_t x = loadUpTo8(p + k, count);
    if (x & kHighBits) return false;
    const std::uint64_t spaces = asciiBytesInRange(x, ' ', ' ');
    if (foldBlankBytes(x) != spaces) return false;  // a tab, line feed or carriage return
    if ((spaces & (spaces << 8)) != 0 || (spaceBefore && (spaces & 0x80) != 0)) return false;  // two spaces
    spaceBefore = ((spaces >> (8 * count - 1)) & 1) != 0;
    if (count == 8) {
      const std::uint64_t lowered = x | asciiBytesInRange(x, 'A', 'Z') >> 2;
      std::memcpy(p + k, &lowered, 8);
    } else {
      lowerAsciiInPlace(p + k, count);
    }
  }
  return true;
}

// Maps typographic punctuation to the ASCII a user types; applied after folding.
char32_t plainPunctuation(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
      return U'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
      return U'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return U'-';
    case 0x00A0:
    case 0x2009:
    case 0x202F:
    case 0x2007:
      return U' ';
    default:
      return c;
  }
}

void appendUtf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(buf, static_cast<std::size_t>(len));
}

// Appends `c` collapsing white space: no leading space, at most one in a row.
void appendFolded(std::string& out, char32_t c, bool& pendingSpace) {
  if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') {
    pendingSpace = !out.empty();
    return;
  }
  if (pendingSpace) out.push_back(' ');
  pendingSpace = false;
  if (c < 0x80)
    out.push_back(static_cast<char>(c));
  else
    appendUtf8(out, c);
}

// ASCII with typographic quotes, dashes and spaces (most of an English article) folds without
// ICU: those characters neither decompose under NFKC into anything plainPunctuation() would not
// give, nor combine with their neighbours, so the result is the same. False (and `out` left
// empty) when the text holds any other character.
bool foldPunctuatedAscii(std::string_view utf8, std::string& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  bool pendingSpace = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
      c = static_cast<unsigned char>(lowerAscii(static_cast<char>(c)));
    } else {
      U8_NEXT(s, i, length, c);
      // U+2011 (non-breaking hyphen) is NFKC U+2010; the spaces are NFKC U+0020.
      bool plain = c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2032 || c == 0x201C || c == 0x201D ||
                   c == 0x201E || (c >= 0x2010 && c <= 0x2014) || c == 0x2212 || c == 0x00A0 || c == 0x2009 ||
                   c == 0x202F || c == 0x2007;
      if (!plain) {
        out.clear();
        return false;
      }
      c = static_cast<UChar32>(plainPunctuation(static_cast<char32_t>(c)));
    }
    appendFolded(out, static_cast<char32_t>(c), pendingSpace);
  }
  return true;
}

// Whether NFKC_Casefold has a boundary before every ASCII character (none joins what stands
// before it) and folds each to its ASCII lowering: then a text may be folded piece by piece at its
// ASCII characters. Asked of ICU's data once.
bool asciiStandsAlone(const icu::Normalizer2& nfkcCasefold) {
  static const bool kAlone = [&] {
    for (UChar32 c = 0; c < 0x80; ++c) {
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString folded = nfkcCasefold.normalize(icu::UnicodeString(c), status);
      const auto lowered = static_cast<UChar32>(static_cast<unsigned char>(lowerAscii(static_cast<char>(c))));
      if (U_FAILURE(status) || !nfkcCasefold.hasBoundaryBefore(c) || folded.length() != 1 ||
          folded.charAt(0) != lowered)
        return false;
    }
    return true;
  }();
  return kAlone;
}

}  // namespace

std::string foldKey(std::string_view utf8) {
  // One allocation for every path: the copy is the key when it folds by lowering, else the buffer
  // the other paths write into.
  std::string out(utf8);
  if (lowerIfFoldIsLowering(out)) return out;
  if (isAscii(utf8)) {
    foldAsciiKey(utf8, out);
    return out;
  }
  out.clear();
  bool pendingSpace = false;
  if (foldPunctuatedAscii(utf8, out)) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  // One piece of the text through ICU, its characters appended as folded.
  auto foldPiece = [&](std::string_view piece) {
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(piece.data(), static_cast<int32_t>(piece.size())));
    icu::UnicodeString folded;
    UErrorCode pieceStatus = status;
    if (U_SUCCESS(pieceStatus)) folded = nfkcCasefold->normalize(text, pieceStatus);
    if (U_FAILURE(pieceStatus)) folded = text.foldCase();  // ICU data missing: still case-insensitive
    for (int32_t i = 0; i < folded.length();) {
      UChar32 c = folded.char32At(i);
      i += U16_LENGTH(c);
      appendFolded(out, plainPunctuation(static_cast<char32_t>(c)), pendingSpace);
    }
  };
  if (U_FAILURE(status) || !asciiStandsAlone(*nfkcCasefold)) {
    foldPiece(utf8);
    return out;
  }
  // Only the characters beyond ASCII, each with the ASCII character before it (which a combining mark
  // after it may join), go through ICU: normalizing a string piece by piece at places where the form
  // has a boundary (before every ASCII character, asciiStandsAlone) gives the string's normal form, and
  // NFKC_Casefold of ASCII is its lowering. A piece ends at a run of kAsciiRun ASCII bytes or the end,
  // so that text with many characters beyond ASCII makes few pieces.
  constexpr std::size_t kAsciiRun = 8;
  const std::size_t n = utf8.size();
  auto ascii = [&](std::size_t k) { return static_cast<unsigned char>(utf8[k]) < 0x80; };
  for (std::size_t i = 0; i < n;) {
    std::size_t run = i;
    while (run < n && ascii(run)) ++run;
    const std::size_t pieceBegin = run < n && run > i ? run - 1 : run;
    for (std::size_t k = i; k < pieceBegin; ++k) appendFolded(out, lowerAscii(utf8[k]), pendingSpace);
    if (pieceBegin == n) break;
    std::size_t pieceEnd = run;
    while (pieceEnd < n) {
      if (!ascii(pieceEnd)) {
        ++pieceEnd;
        continue;
      }
      std::size_t asciiEnd = pieceEnd;
      while (asciiEnd < n && asciiEnd - pieceEnd < kAsciiRun && ascii(asciiEnd)) ++asciiEnd;
      if (asciiEnd == n || asciiEnd - pieceEnd == kAsciiRun) break;
      pieceEnd = asciiEnd;
    }
    foldPiece(utf8.substr(pieceBegin, pieceEnd - pieceBegin));
    i = pieceEnd;
  }
  return out;
}

namespace {

constexpr bool isAsciiAlnum(unsigned char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26 || static_cast<unsigned char>(c - '0') < 10;
}
constexpr bool isAsciiAlpha(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }

// Room for the tokens of a text of `bytes` bytes, made once: a word and its space take about six
// bytes in English prose, five in names; growing the vector one doubling at a time cost a malloc,
// a move of every token and a free per step.
std::size_t tokenCapacity(std::size_t bytes) { return bytes / 5 + 1; }

// Whether a byte opens or goes on with a token: an ASCII letter or digit, or '_'.
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> word{};
  for (int c = 0; c < 256; ++c)
    word[static_cast<std::size_t>(c)] = c == '_' || isAsciiAlnum(static_cast<unsigned char>(c));
  return word;
}();

// The tokens foldTokens() gives of ASCII text, read in place: the same tokens without the folded copy
// or a decoder call per byte. Folding ASCII lowers letters and collapses white space, and white space
// only ever separates tokens, so each test below reads the byte foldTokens() would (and reads it alike
// in the text and in its lowering). A token is a run of the text's bytes (a letter, a digit or '_'
// opens it; an inner '.' or '\'' stays in it), read a byte at a time through a table (the tokens
// folded are short: 5.7 bytes on average, where eight bytes a step cost more); `emit(begin, end)` is
// called for each, in order. A token ends with a word byte, so it has no trailing dot to cut. False,
// at the first byte beyond ASCII, when the text is not ASCII: each byte is read by one test below, so
// no pass of its own asks first; the caller drops the tokens emitted and folds the text.
template <class Emit>
bool asciiTokenSpans(std::string_view text, Emit emit) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (!kWordBytes[s[i]]) {
      if (s[i] >= 0x80) return false;
      ++i;
      continue;
    }
    const std::size_t start = i;
    bool possessive = false;
    for (;;) {
      while (i < n && kWordBytes[s[i]]) ++i;
      if (i + 1 >= n) break;
      const unsigned char next = s[i + 1];
      if (s[i] == '.' && isAsciiAlnum(next)) {
        ++i;
      } else if (s[i] == '\'' && isAsciiAlpha(next)) {
        // "deepseek's" -> "deepseek": the possessive is not a word of its own.
        possessive = (next | 0x20) == 's' && (i + 2 >= n || !isAsciiAlnum(s[i + 2]));
        if (possessive) break;
        ++i;
      } else {
        break;
      }
    }
    emit(start, i);
    if (possessive) i += 2;  // past the "'s"
  }
  return true;
}

// The tokens of a text foldKey has folded (any UTF-8), reported as asciiTokenSpans reports them: a
// token is a run of the folded text's characters.
template <class Emit>
void foldedTokenSpans(std::string_view folded, Emit emit) {
  std::size_t start = 0, length = 0;
  auto flush = [&] {
    while (length > 0 && folded[start + length - 1] == '.') --length;
    if (length > 0) emit(start, start + length);
    length = 0;
  };
  for (std::size_t i = 0; i < folded.size();) {
    UChar32 c = 0;
    int32_t pos = static_cast<int32_t>(i);
    U8_NEXT(reinterpret_cast<const uint8_t*>(folded.data()), pos, static_cast<int32_t>(folded.size()), c);
    std::size_t next = static_cast<std::size_t>(pos);
    // ASCII without a call into ICU (the same answer for it).
    bool word =
        c == '_' || (c >= 0 && (c < 0x80 ? std::isalnum(static_cast<unsigned char>(c)) != 0 : u_isalnum(c) != 0));
    // Keep "u.s." and "3.1" whole: a dot between two word characters stays in the token.
    bool innerDot =
        c == '.' && length > 0 && next < folded.size() && u_isalnum(static_cast<unsigned char>(folded[next]));
    bool apostrophe =
        c == '\'' && length > 0 && next < folded.size() && u_isalpha(static_cast<unsigned char>(folded[next]));
    if (word || innerDot || apostrophe) {
      // "deepseek's" -> "deepseek": the possessive is not a word of its own.
      if (apostrophe && folded.compare(next, 1, "s") == 0 &&
          (next + 1 >= folded.size() || !u_isalnum(static_cast<unsigned char>(folded[next + 1])))) {
        flush();
        i = next + 1;
        continue;
      }
      if (length == 0) start = i;
      length += next - i;
    } else {
      flush();
    }
    i = next;
  }
  flush();
}

}  // namespace

std::vector<std::string> foldTokens(std::string_view utf8) {
  std::vector<std::string> tokens;
  if (utf8.empty()) return tokens;
  // Each token made once and lowered as a whole, not a byte at a time.
  tokens.reserve(tokenCapacity(utf8.size()));
  const bool ascii = asciiTokenSpans(utf8, [&](std::size_t begin, std::size_t end) {
    std::string& token = tokens.emplace_back(utf8.data() + begin, end - begin);
    lowerAsciiInPlace(token.data(), token.size());
  });
  if (ascii) return tokens;
  tokens.clear();
  const std::string folded = foldKey(utf8);
  foldedTokenSpans(folded,
                   [&](std::size_t begin, std::size_t end) { tokens.emplace_back(folded, begin, end - begin); });
  return tokens;
}

void foldTokenViews(std::string_view utf8, std::string& folded, std::vector<std::string_view>& tokens) {
  tokens.clear();
  auto view = [&](std::size_t begin, std::size_t end) {
    tokens.push_back(std::string_view(folded).substr(begin, end - begin));
  };
  // The whole text lowered once; its tokens are read from the lowering as from the text.
  folded.assign(utf8);
  lowerAsciiInPlace(folded.data(), folded.size());
  if (asciiTokenSpans(folded, view)) return;
  tokens.clear();
  folded = foldKey(utf8);
  foldedTokenSpans(folded, view);
}

std::size_t foldTokenCount(std::string_view utf8) {
  std::size_t count = 0;
  auto tally = [&](std::size_t, std::size_t) { ++count; };
  if (asciiTokenSpans(utf8, tally)) return count;
  count = 0;
  foldedTokenSpans(foldKey(utf8), tally);
  return count;
}

LetterCase letterCase(char32_t c) {
  const auto point = static_cast<UChar32>(c);
  if (!u_isalpha(point)) return LetterCase::kNone;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(point, &status);
  if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN)
    return LetterCase::kNone;
  return uscript_isCased(script) ? LetterCase::kCased : LetterCase::kCaseless;
}

bool hasCaselessLetter(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && letterCase(static_cast<char32_t>(c)) == LetterCase::kCaseless) return true;
  }
  return false;
}

std::optional<std::size_t> findInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {
      i += static_cast<int32_t>(asciiPrefix(bytes.substr(static_cast<std::size_t>(i))));
      continue;
    }
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

namespace {
constexpr std::uint64_t kFnvOffset = 1469598103934665603ull, kFnvPrime = 1099511628211ull;
}  // namespace

std::uint64_t stableHash(std::string_view bytes) {
  std::uint64_t h = kFnvOffset;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

void stableHashPrefixes(std::string_view bytes, std::vector<std::uint64_t>& out) {
  out.resize(bytes.size() + 1);
  std::uint64_t h = kFnvOffset;
  out[0] = h;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    h ^= static_cast<unsigned char>(bytes[i]);
    h *= kFnvPrime;
    out[i + 1] = h;
  }
}

std::string pageKey(std::string_view title) {
  std::string key = lowerAscii(title);
  std::replace(key.begin(), key.end(), ' ', '_');
  return key;
}

std::string slugify(std::string_view name) { return slugifyFolded(foldKey(name)); }

std::string slugifyFolded(std::string_view folded) {
  std::string slug;
  slug.reserve(folded.size());
  bool gap = false;
  for (unsigned char c : folded) {
    if (keptInSlug(c)) {
      if (gap && !slug.empty()) slug.push_back('_');
      gap = false;
      slug.push_back(static_cast<char>(c));
    } else {
      gap = true;
    }
  }
  return slug;
}

SpanKeys::SpanKeys(std::string_view text, bool (*keep)(unsigned char))
    : keptFrom_(text.size() + 1), keptUntil_(text.size() + 1) {
  // The key is no longer than the text (a '_' stands for one dropped byte at least): written in
  // place, then cut to its size. keptFrom_[i] of a dropped byte is marked here and filled below:
  // `keep` is asked once a byte.
  key_.resize(text.size());
  constexpr std::uint32_t kDropped = UINT32_MAX;
  std::uint32_t size = 0;
  bool gap = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(lowerAscii(text[i]));
    keptUntil_[i] = size;
    if (!keep(c)) {
      gap = true;
      keptFrom_[i] = kDropped;
      continue;
    }
    if (gap && size > 0) key_[size++] = '_';
    gap = false;
    keptFrom_[i] = size;
    key_[size++] = static_cast<char>(c);
  }
  key_.resize(size);
  keptUntil_[text.size()] = keptFrom_[text.size()] = size;
  // A dropped byte's first kept byte is the next kept one's (a '_' before it is not the span's).
  for (std::size_t i = text.size(); i-- > 0;)
    if (keptFrom_[i] == kDropped) keptFrom_[i] = keptFrom_[i + 1];
}

std::string_view SpanKeys::of(std::size_t begin, std::size_t end) const {
  const std::uint32_t from = keptFrom_[begin], until = keptUntil_[end];
  return until > from ? std::string_view(key_).substr(from, until - from) : std::string_view();
}

}  // namespace cg::graph
