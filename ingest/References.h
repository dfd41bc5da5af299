#pragma once
// One entry of an article's reference list, in either form:
//   export:  18. The Register, "DeepSeek didn't ...," September 19, 2025. https://...
//   content: 3. ↑ [3.0](#cite_ref-X_3-0) The Washington Post - "What is DeepSeek…?" (Jan. 27–28, 2025). [url](url)

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/Article.h"

namespace cg::ingest {

// The parsed entry, or nullopt when `line` is not a numbered entry at all. Fields the
// entry lacks stay empty (a reference with no URL, no date, no quoted title).
[[nodiscard]] std::optional<Reference> parseReference(std::string_view line, std::uint32_t lineNumber);

// A Markdown link to a page on the web in the text it was found in: "[Title](https://…)".
struct MarkdownLink {
  std::size_t begin = 0, end = 0;  // its '[' and one past its ')'
  std::string_view text, url;      // "Title", "https://…"
};

// The first Markdown link to http(s) in `text`, as RE2 reads
// "\[([^\]]*)\]\((https?://(?:[^()\s]|\([^()\s]*\))+)\)": the link's text runs to the first ']', and
// its URL may hold one level of brackets ("…/wiki/XAI_(company)"). Read by bytes where the link is
// ASCII (each '[' decides its link alone: no other reading of it matches), by the pattern where not.
[[nodiscard]] std::optional<MarkdownLink> findMarkdownLink(std::string_view text);

// Byte tests of what every match of two of the entry's layouts holds, so that their patterns read only
// the entries that may match (most do not): false where the pattern cannot match the whole text.
// "Label: [text](https://…)." (a label without ':', brackets or quotes, a colon, one link, a full stop
// perhaps, RE2's \s around them): the text's first ':' has '[' after its blanks, and ')' ends the text
// but for blanks and a full stop.
[[nodiscard]] bool mayBeLabelLink(std::string_view text);
// "Author (2023). Title": the text's first bracket is '(' after two characters or more, the next is
// ')', and four digits in a row stand between them.
[[nodiscard]] bool mayBeAuthorYear(std::string_view text);

// Where an access date's word ("retrieved", "accessed", "archived", in either case, as a word) first
// stands in `text`, at the '(' right before it if one is: RE2's leftmost match of
// "(?i)\(?\b(?:retrieved|accessed|archived)\b", read by bytes (by the pattern where 'ſ' stands).
[[nodiscard]] std::optional<std::size_t> accessWordAt(std::string_view text);

// An entry that names no publisher has its URL's domain ("foxnews.com", "x.ai"); the name the
// article itself writes for that site ("Fox News", "xAI": its letters are the host's) replaces
// it, looked for in the entry's title, the article's title, then its text.
void nameSitePublishers(std::vector<Reference>& references, std::string_view title, const std::vector<Block>& blocks);

}  // namespace cg::ingest
