#pragma once
// Reading what a user asks `check` about: one statement, or every sentence of a draft that
// carries a figure. A statement is read by the same extractor as an article's sentences, so
// that "about 590 billion dollars" means the same in a question as in the record; nothing
// is added to a graph.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Records.h"

namespace cg::ingest {

// How a statement was understood: the first figure it states and what it is about.
struct StatementReading {
  std::string text;
  std::optional<graph::Quantity> figure;  // set when the statement states a figure with a value
  std::string subject;                    // the figure's subject as named; empty when none was found
  std::string measure;                    // "market value lost", "valuation", ...; empty when unknown
  std::string scope;                      // what a score is measured on ("84% on GPQA Diamond"); empty when none
  std::string asOf;                       // the date its words give ("2025-01-27"); empty when none
};

// Reads one statement (plain text). Never throws on content.
[[nodiscard]] StatementReading readStatement(std::string_view text);

// A sentence of a draft, the line it stands on, and whether it states a figure (what a check reads).
struct DraftSentence {
  std::uint32_t line = 0;
  std::string text;
  bool figure = false;
};

// The sentences of a draft (Markdown, plain text, or one statement a line), in order, each marked
// whether it states a figure. Each line is read on its own, so a line without a full stop is still a
// statement; headings, table rows and block quotes are passed over. `utf8` is decoded text.
[[nodiscard]] std::vector<DraftSentence> draftSentences(std::string_view utf8, const std::string& path);

}  // namespace cg::ingest
