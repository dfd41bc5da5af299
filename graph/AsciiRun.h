#pragma once
// The runs of ASCII letters and digits that most bytes of English text belong to, found eight bytes
// a step: the inner loop of the reader's tokenizer (ingest/Text.cpp) and of foldTokens, and the test
// for a digit that rules run before their patterns; the case of one ASCII byte, one test for every rule
// that asks a word's case by its bytes; and the word reads and lowering the folds share (graph/Fold.h,
// graph/WordTable.h).

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace cg::graph {

// Whether a byte is an ASCII capital ('A'..'Z') or small letter ('a'..'z'): no byte of a UTF-8 letter
// beyond ASCII is either (graph::lowerAscii lowers the first to the second).
[[nodiscard]] constexpr bool isUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool isLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
// Whether a byte is an ASCII letter of either case: what std::isalpha answers in the "C" locale, which no
// program of ours changes, without the call.
[[nodiscard]] constexpr bool isLetterAscii(char c) { return isUpperAscii(c) || isLowerAscii(c); }

// The high bit of each byte of `bytes` (seven-bit values: the caller masks the high bits off) whose
// value lies in [lo, hi]. Each add stays within its byte's low seven bits, so no byte carries into
// the next, and the answer does not depend on the bytes' order.
[[nodiscard]] constexpr std::uint64_t asciiBytesInRange(std::uint64_t bytes, unsigned char lo, unsigned char hi) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  return (bytes + (0x80 - lo) * kOnes) & ~(bytes + (0x7F - hi) * kOnes) & kHigh;
}

// The end of the run of ASCII letters and digits that starts at `from` (`from` itself when there is
// none), eight bytes a step: most bytes of a text are read so by the tokenizers. Each range test adds
// to a byte's low seven bits, which never carries into the next byte; a letter of either case with
// its 0x20 bit set is a lower-case letter, and no other byte becomes one.
[[nodiscard]] inline std::size_t asciiAlnumEnd(std::string_view s, std::size_t from) {
  std::size_t i = from;
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t x = 0;
      std::memcpy(&x, s.data() + i, 8);
      const std::uint64_t low = x & ~kHigh;
      const std::uint64_t alnum =
          (asciiBytesInRange(low, '0', '9') | asciiBytesInRange(low | 0x20 * kOnes, 'a', 'z')) & ~x;
      if (const std::uint64_t others = ~alnum & kHigh; others != 0)
        return i + static_cast<std::size_t>(std::countr_zero(others)) / 8;
    }
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
  }
  return i;
}

// The `count` bytes at `p` (at most eight are read) as one little-endian word, zeros above them: at
// most two loads (overlapping bytes are the same bytes, so OR-ing them twice changes nothing), where a
// byte loop over a short text's last bytes cost more than the words before them. The read of a text's
// last 0 to 7 bytes for foldKey's tests (graph/Fold.cpp) and for wordHash (graph/WordTable.h). Inlined:
// a call per word cost as much as the loads.
[[gnu::always_inline]] inline std::uint64_t loadUpTo8(const char* p, std::size_t count) {
  std::uint64_t x = 0;
  if (count >= 8) {
    std::memcpy(&x, p, 8);
  } else if (count >= 4) {
    std::uint32_t low = 0, high = 0;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + count - 4, 4);
    x = low | (std::uint64_t{high} << (8 * (count - 4)));
  } else if (count > 0) {
    x = std::uint64_t{static_cast<unsigned char>(p[0])} |
        (std::uint64_t{static_cast<unsigned char>(p[count / 2])} << (8 * (count / 2))) |
        (std::uint64_t{static_cast<unsigned char>(p[count - 1])} << (8 * (count - 1)));
  }
  return x;
}

namespace detail {
// The `width` bytes at `at` (four or eight) with 'A'..'Z' lowered, in place: a capital gets its 0x20
// bit (the high bit asciiBytesInRange sets for it, shifted right by two); a byte beyond ASCII (a
// high bit set: part of a UTF-8 character) is tested with its high bit masked off and then left out,
// so it stays as it is. Each byte's answer is its own, so the bytes' order in the word does not matter.
template <std::size_t width>
[[gnu::always_inline]] inline void lowerAsciiWord(char* at) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::uint64_t x = 0;
  std::memcpy(&x, at, width);
  x |= (asciiBytesInRange(x & ~kHigh, 'A', 'Z') & ~x) >> 2;
  std::memcpy(at, &x, width);
}
}  // namespace detail

// The `n` bytes at `p` with ASCII capitals lowered in place and every other byte (UTF-8 included) as
// it is, as graph::lowerAscii(char) does a byte at a time: a word of eight bytes a step, the last word
// ending at the end (overlapping the one before: lowering twice is lowering once), two words of four
// under eight bytes. A byte at a time cost four instructions a byte. Inlined: a call per token cost a
// third of the lowering.
[[gnu::always_inline]] inline void lowerAsciiInPlace(char* p, std::size_t n) {
  if (n >= 8) {
    for (std::size_t k = 0; k + 8 < n; k += 8) detail::lowerAsciiWord<8>(p + k);
    detail::lowerAsciiWord<8>(p + n - 8);
  } else if (n >= 4) {
    detail::lowerAsciiWord<4>(p);
    detail::lowerAsciiWord<4>(p + n - 4);
  } else {
    for (std::size_t k = 0; k < n; ++k)
      if (isUpperAscii(p[k])) p[k] = static_cast<char>(p[k] + ('a' - 'A'));
  }
}

// Whether `s` holds an ASCII digit, eight bytes a step.
[[nodiscard]] inline bool hasAsciiDigit(std::string_view s) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, s.data() + i, 8);
    if (asciiBytesInRange(x & ~kHigh, '0', '9') & ~x) return true;
  }
  for (; i < s.size(); ++i)
    if (s[i] >= '0' && s[i] <= '9') return true;
  return false;
}

}  // namespace cg::graph
