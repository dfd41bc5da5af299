#pragma once
// Text-level helpers of the reader: decoding whatever bytes arrive into UTF-8, HTML
// entities, and sentence boundaries (ICU's BreakIterator with fixes for abbreviations).

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <forward_list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "graph/Fold.h"
#include "ingest/Article.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace cg::ingest {

// Bytes to UTF-8: a UTF-8 BOM is dropped; UTF-16/32 with a BOM are converted with ICU;
// CRLF and lone CR become LF; invalid UTF-8 sequences are replaced by U+FFFD with one
// diagnostic naming the first bad line (rejecting would lose a whole article for one
// stray byte). Throws cg::Error for empty input and for binary data (NUL bytes or
// mostly undecodable), naming `path`.
[[nodiscard]] std::string decodeText(std::string_view bytes, const std::string& path,
                                     std::vector<Diagnostic>& diagnostics);

// "&#91;" -> "[", "&amp;" -> "&", "&nbsp;" -> NBSP, ...; unknown entities stay as written.
[[nodiscard]] std::string decodeEntities(std::string_view s);

// Appends the plain text of `raw` (entities decoded, runs of spaces collapsed, a line
// break read as a space) to `text`, noting in `lineBreaks` where each new line begins.
void appendPlainText(std::string& text, std::vector<std::size_t>& lineBreaks, std::string_view raw);

// Sentence spans [begin, end) of a plain UTF-8 text, trimmed of white space. Robust to
// "U.S.", "Inc.", "e.g.", initials and decimals.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> splitSentences(std::string_view text);

// Where ICU's sentence rules (UAX #29 with ICU's English exceptions, "Mr.", "U.S.") break `text`:
// byte offsets, the last one its end. Text of printable ASCII and tabs (most paragraphs) is read
// here, by the same rules and the same exceptions read from ICU's data, with no call into ICU (whose
// rule engine was 4% of ingest); other text goes to ICU. icuSentenceBreaks always asks ICU: the
// tests hold the two equal.
[[nodiscard]] std::vector<std::size_t> sentenceBreaks(std::string_view text);
[[nodiscard]] std::vector<std::size_t> icuSentenceBreaks(std::string_view text);

// A compiled RE2 pattern, made once and kept for the life of the program (hold it in a
// static reference). Throws cg::Error naming `what` and RE2's reason when it does not
// compile (a bug in the pattern, or RE2 out of memory), so that no caller matches with a
// broken pattern. `latin1`: bytes in, no UTF-8 decoding (for ASCII-only patterns).
[[nodiscard]] const re2::RE2& pattern(std::string_view regex, std::string_view what, bool latin1 = false);

// A pattern whose only classes beyond ASCII are \p{L}, \p{Lu} and \p{Ll} (besides negated ASCII
// classes, '.', \S), with case folding only in "(?i:...)" groups of ASCII text (spelled out as
// the classes RE2 folds each letter to on UTF-8, 'ſ' for 's' and 'K' for 'k' included), matched
// as RE2 matches it on UTF-8 at a fraction of the cost of compiling it for UTF-8: a bounded repeat
// of \p{L} ("[\p{L} ]{2,30}") compiles to thousands of instructions a copy for UTF-8 (RE2 spells
// out every byte range of the class) and to a few for Latin-1. The text is read as one byte a
// character: ASCII as written, every other character as a Latin-1 stand-in of its class ('À'
// upper-case, 'à' lower-case, 'ª' another letter, '×' no letter: the classes RE2 itself gives
// it), so each class test, repeat count and boundary of the pattern reads what it reads on UTF-8.
// A character beyond ASCII that the pattern writes itself ('’' in "[\p{L}'’-]", "\x{201D}"; not
// as an end of a range) gets a Latin-1 stand-in of its own class, in the pattern and in the
// image. Text that is not valid UTF-8 goes to the pattern compiled for UTF-8 (made on first need).
// \p{L}, \p{Lu} and \p{Ll} go to RE2 as their Latin-1 ranges (parsing all of Unicode's costs more).
class LetterPattern {
 public:
  LetterPattern(std::string_view regex, std::string_view what);
  ~LetterPattern();  // out of line: re2::RE2 is only declared here
  // RE2::PartialMatch(text, pattern, groups...) of the UTF-8 pattern: each capturing group as a
  // view of `text` (empty when it took no part), as many as `groups` has room for.
  bool partialMatch(std::string_view text, std::vector<std::string_view>& groups) const {
    return match(text, false, groups);
  }
  // RE2::FullMatch, the same way.
  bool fullMatch(std::string_view text, std::vector<std::string_view>& groups) const {
    return match(text, true, groups);
  }

 private:
  bool match(std::string_view text, bool whole, std::vector<std::string_view>& groups) const;
  char standIn(int32_t c, std::string_view character) const;  // the image's byte for character c
  std::string regex_, what_;
  std::vector<std::pair<int32_t, char>> literals_;  // the pattern's characters beyond ASCII, each its stand-in
  std::unique_ptr<re2::RE2> latin1_;                // owned: a pattern may be made and dropped (not only static)
  mutable std::once_flag utf8Made_;
  mutable std::unique_ptr<re2::RE2> utf8_;
};

// ASCII lower-casing, one rule for all of claimgraph (it lives beside foldKey in graph/).
using graph::lowerAscii;

// Trims ASCII white space (space, tab, line feed, carriage return). Inline: it is asked of about two
// million texts an ingest, most with nothing to trim, where a call cost more than the tests.
[[nodiscard]] constexpr bool isTrimmedSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
[[nodiscard]] constexpr std::string_view trim(std::string_view s) {
  while (!s.empty() && isTrimmedSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isTrimmedSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The last word of `s`: what follows its last space, all of it when it holds none ("per cent" ->
// "cent", "GPT-4" -> "GPT-4", "" after a space at the end).
[[nodiscard]] constexpr std::string_view lastWord(std::string_view s) {
  const std::size_t space = s.rfind(' ');
  return s.substr(space == std::string_view::npos ? 0 : space + 1);
}

// The pieces of `s` between each `sep`, empty ones kept ("a||b" gives "a", "", "b").
[[nodiscard]] std::vector<std::string_view> splitOn(std::string_view s, char sep);

// The rows of a tab-separated table built into the binary (data/*.tsv), each a row of its
// cells, without '#' comments and blank lines.
[[nodiscard]] std::vector<std::vector<std::string_view>> tsvRows(std::string_view text);

// A word of running text by its byte span.
struct Token {
  std::size_t begin = 0, end = 0;
};

// The words of a text as written, with their byte spans: letters, digits, '&' and any
// non-ASCII character; apostrophes, hyphens and dots inside a word stay in it ("DeepSeek's",
// "GPT-4", "GPU-hours", "U.S"); typographic quotes and dashes end a word. This is the
// reader's tokenizer: it keeps a name such as "GPT-4" whole so that it can be found as one.
// (The word index folds and splits further, "GPU-hours" into "gpu" and "hours", so that a
// query typed either way finds it: see graph::foldTokens.)
[[nodiscard]] std::vector<Token> tokenize(std::string_view text);
// The first `most` words of tokenize(text), the text past them not scanned: for a reader
// that asks a window for its first word or two ("the word after a name", "an item's first two").
[[nodiscard]] std::vector<Token> tokenize(std::string_view text, std::size_t most);

// The words of one block of text, tokenized once and read by every pass over the block (the
// entity finder, the attribution finder): the text is scanned once, however many sentences or
// windows of it are asked for.
class BlockTokens {
 public:
  BlockTokens() = default;
  explicit BlockTokens(std::string_view text) : text_(text), tokens_(tokenize(text)) {}
  // tokenize(text): byte spans in the block's text.
  [[nodiscard]] const std::vector<Token>& all() const { return tokens_; }
  // Exactly tokenize(text.substr(begin, end - begin)), spans counted from `begin`. Copied from the
  // block's tokens when no word crosses `begin` or `end` and neither falls inside a UTF-8
  // character (then the scan of the piece reads what the scan of the block read); a piece whose
  // edge cuts a word ("DeepSeek|'s") is tokenized on its own, as it was.
  [[nodiscard]] std::vector<Token> within(std::size_t begin, std::size_t end) const;
  // graph::foldKey(text.substr(begin, end - begin)) (`end` at most the text's size), as a view
  // that lives as long as these tokens. A piece of ASCII whose only white space is single spaces
  // (a word, most windows around a name) folds to its letters lowered and its edge spaces cut:
  // that is lowered into one copy of the block, at its own offsets, so no string is made for it;
  // any other piece is folded by foldKey and kept here.
  [[nodiscard]] std::string_view folded(std::size_t begin, std::size_t end) const;

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
  mutable std::string lowered_;                         // text_ with ASCII letters lowered, once asked for
  mutable std::forward_list<std::string> foldedAside_;  // the folds of the other pieces (views stay valid)
};

// The BlockTokens of each block of an article, each made on first use. The article must outlive it.
class ArticleTokens {
 public:
  explicit ArticleTokens(const Article& article) : article_(article), blocks_(article.blocks.size()) {}
  [[nodiscard]] const BlockTokens& of(std::size_t block);

 private:
  const Article& article_;
  std::vector<std::optional<BlockTokens>> blocks_;
};

// A quotation in running text: the span of the quoted words, the marks excluded.
struct Quote {
  std::size_t begin = 0, end = 0;
};

// The high bit of every byte of x that equals b, and no other bit: exact (the common "has a zero
// byte" test may also flag a byte above a match), so it can say where as well as whether.
[[nodiscard]] constexpr std::uint64_t bytesEqual(std::uint64_t x, unsigned char b) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t y = x ^ (0x0101010101010101ull * b);
  return ~(((y & kLow7) + kLow7) | y) & 0x8080808080808080ull;
}

// The first byte at or after `from` that is one of `bytes`, or the text's size: a memchr for a few
// bytes at once, for the loops that test every byte of a block or sentence and act on few ('"',
// '\'', a curly quote's lead byte 0xE2, a year's first digit). Sixteen bytes a step with SSE2 (every
// x86-64 has it: a compare a byte wanted, one mask), then eight a step in a 64-bit word.
template <class... Bytes>
[[nodiscard]] std::size_t nextByteOf(std::string_view text, std::size_t from, Bytes... bytes) {
  std::size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i hits = _mm_setzero_si128();
    ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(bytes))))), ...);
    if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask != 0)
      return i + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, text.data() + i, 8);
    const std::uint64_t hits = (bytesEqual(x, static_cast<unsigned char>(bytes)) | ...);
    if (hits == 0) continue;
    if constexpr (std::endian::native == std::endian::little)  // the first byte is the lowest
      return i + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
    break;
  }
  for (; i < text.size(); ++i)
    if (((static_cast<unsigned char>(text[i]) == static_cast<unsigned char>(bytes)) || ...)) return i;
  return text.size();
}

// The quotations of a text, in order and not overlapping: a straight double quote or U+201C
// opens, a straight one or U+201D closes. Empty quotations are left out.
[[nodiscard]] std::vector<Quote> quoteSpans(std::string_view text);

}  // namespace cg::ingest
