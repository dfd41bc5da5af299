#pragma once
// Text keys that compare the way a reader would: "NVIDIA" = "Nvidia", "Ｓ＆Ｐ" = "S&P",
// curly quotes and dashes = straight ones. Everything that indexes or compares names,
// tokens and quotes goes through foldKey(), so one rule holds everywhere.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/AsciiRun.h"

namespace cg::graph {

// NFKC, Unicode case folding, typographic quotes/dashes to ASCII, runs of white
// space to one space, trimmed. ASCII input takes a fast path with the same result.
[[nodiscard]] std::string foldKey(std::string_view utf8);

// ASCII letters to lower case, every other byte (UTF-8 included) as it is: for English words of
// a word list in running text, where foldKey's Unicode folding is not needed. One rule for all.
[[nodiscard]] constexpr char lowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}
// Eight bytes a step (graph/AsciiRun.h), the same bytes as a byte at a time.
[[nodiscard]] inline std::string lowerAscii(std::string_view s) {
  std::string out(s);
  lowerAsciiInPlace(out.data(), out.size());
  return out;
}

// The folded word tokens of a text (letters and digits; "U.S." -> "u.s", "GPU-hours"
// -> "gpu", "hours"), for the word index and for matching claim text.
[[nodiscard]] std::vector<std::string> foldTokens(std::string_view utf8);
// foldTokens(utf8) as views into `folded`, which it overwrites: tokens[i] == foldTokens(utf8)[i]. For a
// caller folding many texts (the word index), which keeps both buffers across calls and so makes no
// string a token; the views last until `folded` is next changed.
void foldTokenViews(std::string_view utf8, std::string& folded, std::vector<std::string_view>& tokens);
// foldTokens(utf8).size(), read without making the tokens: for a caller that counts words (a
// figure's place among its clause's words) and keeps none of them.
[[nodiscard]] std::size_t foldTokenCount(std::string_view utf8);

// The largest offset <= pos (clamped to the size) that starts a UTF-8 character: every cut of a
// string by byte count goes through it, so no cut splits a character ("↑" is three bytes).
[[nodiscard]] constexpr std::size_t utf8Floor(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return s.size();
  while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}
// The first `maxBytes` bytes of `s`, or fewer, so that the cut falls between characters.
[[nodiscard]] constexpr std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes) {
  return s.substr(0, utf8Floor(s, maxBytes));
}

// What a character says of case: a letter of a script that writes capitals (Latin, Greek, Cyrillic),
// a letter of one that writes none (Han, Kana, Hangul, Arabic, Hebrew, Thai, Devanagari, Georgian...),
// or nothing (not a letter, or a letter shared by scripts: the okina of "Hawaiʻi", the Kana length
// mark). A script writes none when ICU says case is not customary in its modern use (uscript_isCased).
enum class LetterCase { kNone, kCased, kCaseless };
[[nodiscard]] LetterCase letterCase(char32_t c);

// Whether the text holds a caseless letter: a name in it shows no capital to be found by, in a text
// or a statement.
[[nodiscard]] bool hasCaselessLetter(std::string_view utf8);

// Offset of the first byte that is not valid UTF-8, or nullopt when all is valid.
[[nodiscard]] std::optional<std::size_t> findInvalidUtf8(std::string_view bytes);

// A stable 64-bit hash (FNV-1a) for ids and index keys; the same on every machine.
[[nodiscard]] std::uint64_t stableHash(std::string_view bytes);
// stableHash of every prefix of `bytes` in one pass: out[k] == stableHash(bytes.substr(0, k)), k up to
// the size (a caller asking about spans that are prefixes of one another hashes their bytes once).
void stableHashPrefixes(std::string_view bytes, std::vector<std::uint64_t>& out);

// The key of the page a title names, as a page's slug and a link's target are written: ASCII letters
// lowered, each space a '_', every other byte kept ("Alsea (company)" -> "alsea_(company)"). Unlike
// slugify, it keeps a title's marks ("gpt-4o"), which a page key keeps too.
[[nodiscard]] std::string pageKey(std::string_view title);
// A readable id fragment from a name: "Satya Nadella" -> "satya_nadella".
[[nodiscard]] std::string slugify(std::string_view name);
// slugify(name) for a name already folded: slugify(n) == slugifyFolded(foldKey(n)).
[[nodiscard]] std::string slugifyFolded(std::string_view folded);
// Whether slugify keeps a byte of a folded name; each run of the others is one '_' between kept ones.
[[nodiscard]] constexpr bool keptInSlug(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '&' || c == '+' || c == '.';
}

// The first word of a name, key or slug, as the snapshot's filter of entity names keeps it
// (ClaimGraph::mayFindEntityByHeads): its bytes up to the first space, tab, line break or '_' (all
// of them when it holds none). Those bytes fold to a space or stay, so a fold or slug of a text
// starts with the fold or slug of its head and then a space, a '_' or its end.
[[nodiscard]] constexpr bool endsNameHead(char c) {
  return c == ' ' || c == '_' || c == '\t' || c == '\n' || c == '\r';
}
[[nodiscard]] constexpr std::string_view nameHead(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && !endsNameHead(s[i])) ++i;
  return s.substr(0, i);
}

// The keys of every span of one text, cut from one key of the whole text: a caller that tries
// each word span of a statement as a name (check, issue #16) makes no new string a span. The key
// is the text with ASCII letters lowered, the bytes `keep` refuses dropped, and one '_' for each
// run of them between kept bytes (none at either end): with keptInSlug over a folded text,
// of(b, e) == slugifyFolded(text.substr(b, e - b)).
class SpanKeys {
 public:
  SpanKeys(std::string_view text, bool (*keep)(unsigned char));
  // The key of text.substr(begin, end - begin); end at most the text's size.
  [[nodiscard]] std::string_view of(std::size_t begin, std::size_t end) const;

 private:
  std::string key_;
  std::vector<std::uint32_t> keptFrom_;   // [i]: where in key_ the first kept byte at or after i stands
  std::vector<std::uint32_t> keptUntil_;  // [i]: where in key_ the kept bytes before i end
};

}  // namespace cg::graph
