#pragma once
// The runs of ASCII letters and digits that most bytes of English text belong to, found eight bytes
// a step: the inner loop of the reader's tokenizer (ingest/Text.cpp) and of foldTokens, and the test
// for a digit that rules run before their patterns; and the case of one ASCII byte, one test for every rule
// that asks a word's case by its bytes.

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
