#pragma once
// Code is not prose: what the formats mark as program text, and program text that lost its
// marks. A figure, a name or a quotation inside a code example is the example's, never the
// article's (a model card's API call summarising a text about a tower gives no figure of the
// model). The Markdown reader skips what these recognise; the wikitext reader drops its code
// elements (WikiTags.cpp, WikiMarkup.cpp) by the same principle.

#include <cstddef>
#include <optional>
#include <string_view>

namespace cg::ingest {

// Columns of a line's leading white space, a tab reaching the next multiple of four (CommonMark
// 0.31, 2.2 Tabs).
[[nodiscard]] std::size_t indentColumns(std::string_view line);

// A code fence (CommonMark 4.5): three or more backticks or tildes, then an info string
// ("```python", "~~~ {.js}"); a backtick fence's info string holds no backtick.
struct CodeFence {
  char mark = '`';
  std::size_t length = 0;
};
[[nodiscard]] std::optional<CodeFence> openingFence(std::string_view line);
// The fence that closes `open`: the same mark, at least as many, nothing but spaces after.
[[nodiscard]] bool closesFence(std::string_view line, const CodeFence& open);

// Program text whose code block marks were lost (a wiki's <pre> exported as bare lines): a
// paragraph, its lines joined by '\n', is code when a statement opens it in the forms the
// languages of code examples share — an import ("import requests", "from x import y"), a
// definition ("def f(", "class C:", "function f(", "async function f("), an assignment to a
// name or member with no space in it ("API_URL = ...", "hub['x'] = ..."), or a call standing as
// a statement ("query({...})", "model.generate(...)") — or when a line ends on an open bracket or
// a shell's line continuation (" \\"), which prose never does; or when a line comment ("#Be sure
// to ...", "# create the model") heads more lines.
[[nodiscard]] bool isProgramText(std::string_view paragraph);

}  // namespace cg::ingest
