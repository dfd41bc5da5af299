#pragma once
// Text-level helpers of the reader: decoding whatever bytes arrive into UTF-8, HTML
// entities, and sentence boundaries (ICU's BreakIterator with fixes for abbreviations).

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/Article.h"

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

// Trims ASCII white space.
[[nodiscard]] std::string_view trim(std::string_view s);

}  // namespace cg::ingest
