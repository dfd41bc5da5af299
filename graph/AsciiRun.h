#pragma once
// The runs of ASCII letters and digits that most bytes of English text belong to, found eight bytes
// a step: the inner loop of the reader's tokenizer (ingest/Text.cpp) and of foldTokens.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace cg::graph {

// The end of the run of ASCII letters and digits that starts at `from` (`from` itself when there is
// none), eight bytes a step: most bytes of a text are read so by the tokenizers. Each range test adds
// to a byte's low seven bits, which never carries into the next byte; a letter of either case with
// its 0x20 bit set is a lower-case letter, and no other byte becomes one.
[[nodiscard]] inline std::size_t asciiAlnumEnd(std::string_view s, std::size_t from) {
  std::size_t i = from;
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto inRange = [](std::uint64_t bytes, unsigned char lo, unsigned char hi) {
      return (bytes + (0x80 - lo) * kOnes) & ~(bytes + (0x7F - hi) * kOnes) & kHigh;
    };
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t x = 0;
      std::memcpy(&x, s.data() + i, 8);
      const std::uint64_t low = x & ~kHigh;
      const std::uint64_t alnum = (inRange(low, '0', '9') | inRange(low | 0x20 * kOnes, 'a', 'z')) & ~x;
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

}  // namespace cg::graph
