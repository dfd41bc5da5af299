#include "ingest/WrittenNames.h"

#include "graph/AsciiRun.h"
#include "graph/Fold.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cg::ingest {

namespace {

constexpr UChar32 kZeroWidthJoiner = 0x200D;

// A character that decorates a name rather than spelling it.
bool pictographic(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) ||
         u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR) || u_hasBinaryProperty(c, UCHAR_VARIATION_SELECTOR) ||
         c == kZeroWidthJoiner || u_charType(c) == U_OTHER_SYMBOL;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Letters of cased scripts minus letters of caseless ones: positive when the text is mostly written in
// a cased script, negative when mostly in a caseless one, 0 when it has no letters (or as many of each).
int casedBalance(std::string_view text) {
  int balance = 0;
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    const graph::LetterCase letter = graph::letterCase(static_cast<char32_t>(c));
    if (letter != graph::LetterCase::kNone) balance += letter == graph::LetterCase::kCased ? 1 : -1;
  }
  return balance;
}

// The letters an acronym of `words` may take, in order: each word's first letter and the first letter
// after each hyphen, and every letter of a word written in capitals ("AI" of "Data-centric AI"); upper case.
std::string initialsOf(std::string_view words) {
  std::string initials;
  for (std::size_t at = 0; at < words.size();) {
    const std::size_t end = std::min(words.find_first_of(" -", at), words.size());
    const std::string_view word = words.substr(at, end - at);
    const bool capitals = word.size() >= 2 && std::all_of(word.begin(), word.end(), graph::isUpperAscii);
    if (capitals)
      initials += word;
    else if (!word.empty() && std::isalpha(static_cast<unsigned char>(word.front())))
      initials += static_cast<char>(std::toupper(static_cast<unsigned char>(word.front())));
    at = end + 1;
  }
  return initials;
}

// Whether `acronym`'s letters, upper-cased, are `initials` in order with gaps, the first and the last
// matched: "MLA" of "MHLA" (Multi-head Latent Attention).
bool spellsInitials(std::string_view acronym, std::string_view initials) {
  std::string letters;
  for (char c : acronym)
    if (std::isalpha(static_cast<unsigned char>(c)))
      letters += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (letters.size() < 2 || initials.empty() || letters.front() != initials.front() ||
      letters.back() != initials.back())
    return false;
  std::size_t at = 0;
  for (char c : letters) {
    at = initials.find(c, at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
  return true;
}

}  // namespace

std::optional<GlossedName> acronymedName(std::string_view name) {
  name = trimmed(name);
  if (!name.ends_with(")")) return std::nullopt;
  const std::size_t open = name.rfind(" (");
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  const std::string_view head = trimmed(name.substr(0, open));
  std::string_view acronym = name.substr(open + 2, name.size() - open - 3);
  // Letters and digits alone, two capitals or more ("MLA", "AoPS", "AI2"); "LLMs": a plural's "s" aside.
  if (acronym.size() > 1 && acronym.back() == 's') acronym.remove_suffix(1);
  const auto upper = std::count_if(acronym.begin(), acronym.end(), graph::isUpperAscii);
  if (upper < 2 || acronym.size() > 10 ||
      !std::all_of(acronym.begin(), acronym.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  if (head.find_first_of("()") != std::string_view::npos || !spellsInitials(acronym, initialsOf(head)))
    return std::nullopt;
  return GlossedName{head, name.substr(open + 2, name.size() - open - 3)};
}

std::string withoutPictographs(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; })) return std::string(name);
  std::string out;
  out.reserve(name.size());
  bool gap = false;      // a symbol or space since the last character kept
  bool symbols = false;  // whether any symbol was left out
  const auto* s = reinterpret_cast<const std::uint8_t*>(name.data());
  const auto length = static_cast<std::int32_t>(name.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t from = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c == ' ' || (c >= 0 && pictographic(c))) {
      symbols |= c != ' ';
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out.append(name.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(i - from)));
  }
  return symbols ? out : std::string(name);
}

std::optional<GlossedName> glossedName(std::string_view name) {
  name = trimmed(name);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\uFF08", "\uFF09"}}) {
    if (!name.ends_with(close)) continue;
    const std::size_t at = name.rfind(open);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view head = trimmed(name.substr(0, at));
    const std::string_view gloss =
        trimmed(name.substr(at + open.size(), name.size() - at - open.size() - close.size()));
    const int headBalance = casedBalance(head), glossBalance = casedBalance(gloss);
    if (head.empty() || gloss.empty() || headBalance == 0 || glossBalance == 0 ||
        (headBalance > 0) == (glossBalance > 0))
      return std::nullopt;
    return GlossedName{head, gloss};
  }
  return std::nullopt;
}

std::string nameAsWritten(std::string_view name) {
  std::string plain = withoutPictographs(name);
  if (const auto glossed = glossedName(plain)) return std::string(glossed->name);
  return plain;
}

}  // namespace cg::ingest
