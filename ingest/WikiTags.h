#pragma once
// The first pass over a page's wikitext: the XML-like parts. Comments are removed,
// <nowiki> text is escaped so that no later pass reads it as markup, elements that show
// no prose (<math>, <gallery>, <timeline>, ...) are dropped, and every <ref> becomes a
// placeholder (WikiMarkup.h) with its name, group and raw text kept as a Citation.
// Linear time: each closing tag is searched for once per position it can be found at.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Article.h"

namespace cg::ingest {

// One <ref> (or {{sfn}}, {{refn}}) as written. Citations with the same group and name
// are one reference: `canonical` is the first of them.
struct Citation {
  std::string name, group;  // empty when not given
  std::string content;      // raw wikitext; empty for a reuse <ref name="x"/>
  std::string shortKey;     // {{sfn}}/{{harvnb}}: the bibliography entry it points to
  std::string shortText;    // "Smith 2005, p. 3"
  std::uint32_t line = 0;
  std::size_t canonical = 0;
};

struct TagScan {
  std::string text;  // with "\x01R<i>\x02" where citations[i] stood
  std::vector<Citation> citations;
  std::vector<Diagnostic> diagnostics;  // file left empty: the reader fills it in
};

// Also decodes a page that was HTML-escaped as a whole ("&lt;ref&gt;"), and turns the
// placeholder bytes into spaces should the input hold them.
[[nodiscard]] TagScan scanTags(std::string_view wikitext);

}  // namespace cg::ingest
