#pragma once
// Searches of running text that the standard library makes slowly: a header of its own so that the
// many files that include Text.h are not rebuilt for it.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "graph/Fold.h"

namespace cg::ingest {

// RE2's \s: the bytes it reads as white space, for the tests that a text may match a pattern before
// the pattern reads it.
[[nodiscard]] constexpr bool isRe2Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// text.rfind(word): the last place `word` stands in `text`, npos where it stands nowhere. A
// string_view's rfind calls memcmp at every place it passes; this looks for the word's first byte
// that is not a space (memrchr) and compares only where that byte stands: the clause cuts ("; ",
// " while ", " such as ") searched backwards over a sentence for each of its figures and names.
[[nodiscard]] inline std::size_t lastOf(std::string_view text, std::string_view word) {
  if (word.size() > text.size()) return std::string_view::npos;
  if (word.empty()) return text.size();
  // Where a match starting at s holds its key byte: s + key, for s from 0 to text.size() - word.size().
  const std::size_t key = std::min(word.find_first_not_of(' '), word.size() - 1);
  std::size_t end = text.size() - word.size() + key + 1;  // key bytes looked for below this place
  while (end > key) {
    const void* hit = memrchr(text.data() + key, static_cast<unsigned char>(word[key]), end - key);
    if (hit == nullptr) return std::string_view::npos;
    const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    if (std::memcmp(text.data() + at - key, word.data(), word.size()) == 0) return at - key;
    end = at;
  }
  return std::string_view::npos;
}

// Where `text` holds `lower` (lower-case ASCII letters and other bytes) at `from` or after, with its
// letters in either case: the first s >= from with text[s + k] lowered (graph::lowerAscii) equal to
// lower[k] for every k; npos where none. Searched by two neighbouring bytes of `lower` at once, `anchor`
// (the rarest letter in English text) and the one after it (the last two when `anchor` is last), sixteen
// places a step with SSE2: a letter pair ("ng" of "range", "et" of "between") stands in few places of a
// sentence, where the anchor letter alone ('e', 'o') stood at every word, each stop a call that began
// the search again. A letter is compared with its 0x20 bit set (only its two cases have it so); any
// other byte as it is.
[[nodiscard]] inline std::size_t findCaseless(std::string_view text, std::string_view lower, std::size_t anchor,
                                              std::size_t from = 0) {
  const std::size_t m = lower.size();
  if (m > text.size()) return std::string_view::npos;
  auto matchesAt = [&](std::size_t s) {
    for (std::size_t k = 0; k < m; ++k)
      if (graph::lowerAscii(text[s + k]) != lower[k]) return false;
    return true;
  };
  const std::size_t starts = text.size() - m + 1;  // a match starts at 0 .. starts - 1
  std::size_t s = from;
#if defined(__SSE2__)
  if (m >= 2) {
    const std::size_t p = std::min(anchor, m - 2);  // the pair lower[p], lower[p + 1]
    auto caseBit = [](char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? 0x20 : 0); };
    const __m128i fold1 = _mm_set1_epi8(caseBit(lower[p])), want1 = _mm_set1_epi8(lower[p]);
    const __m128i fold2 = _mm_set1_epi8(caseBit(lower[p + 1])), want2 = _mm_set1_epi8(lower[p + 1]);
    // Sixteen starts s .. s + 15: their pair's bytes lie at most at s + 15 + p + 1 < text.size().
    for (; s + 16 <= starts; s += 16) {
      const char* at = text.data() + s + p;
      const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
      const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 1));
      const __m128i pairs = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(first, fold1), want1),
                                          _mm_cmpeq_epi8(_mm_or_si128(second, fold2), want2));
      for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(pairs)); mask != 0; mask &= mask - 1)
        if (const std::size_t at = s + static_cast<std::size_t>(std::countr_zero(mask)); matchesAt(at)) return at;
    }
  }
#endif
  for (; s < starts; ++s)
    if (matchesAt(s)) return s;
  return std::string_view::npos;
}

// Whether `text` holds `lower` with its letters in either case (findCaseless).
[[nodiscard]] inline bool containsCaseless(std::string_view text, std::string_view lower, std::size_t anchor) {
  return findCaseless(text, lower, anchor) != std::string_view::npos;
}

}  // namespace cg::ingest
