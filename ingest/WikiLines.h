#pragma once
// A page whose wikitext lost its line breaks (exported or pasted as one line): its headings,
// list items and table rows stand inside a line ("... Arbroath. ==Supporters== Raith ..."), where
// the reader, which reads wikitext line by line as MediaWiki does, would see prose. Such a page
// gets its breaks back, each in place of the space before (and after) the markup that starts a
// line: the text keeps its length, so every byte offset stays that of the file.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

// Whether most of the page's "==Heading==" stand inside a line (at least two of them do).
[[nodiscard]] bool linesFlattened(std::string_view wikitext);

// The page with a line break in place of the space before a heading and after it, before a list
// item (" * ", " ** ", " # "), and around the table markup that starts a line ("{|", "|-", "|}").
// Unchanged when !linesFlattened(wikitext).
[[nodiscard]] std::string restoreLines(std::string_view wikitext);

// For each line of `restored` (restoreLines of `original`), from 1, the line of `original` it
// lies on: index 0 is unused.
[[nodiscard]] std::vector<std::uint32_t> originalLines(std::string_view original, std::string_view restored);

}  // namespace cg::ingest
