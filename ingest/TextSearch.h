#pragma once
// Searches of running text that the standard library makes slowly: a header of its own so that the
// many files that include Text.h are not rebuilt for it.

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace cg::ingest {

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

}  // namespace cg::ingest
