#pragma once
// `check --file`: every sentence of a draft that carries a figure, checked on its own. Shared by
// the command line and `serve` (POST /api/check, the check page), so both read a draft the same way.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "query/Query.h"

namespace cg::query {

struct DraftCheck {
  std::size_t line = 0;  // 1-based line of the draft
  CheckResult result;
};

// A draft (Markdown, plain text, or one statement per line): each line is read on its own, so a
// line without a full stop is still one statement; headings, tables and block quotes are skipped.
// `name` is what diagnostics call the draft. The text must already be UTF-8.
[[nodiscard]] std::vector<DraftCheck> checkDraft(const Engine& e, std::string_view text, const std::string& name);
// {"file": NAME, "checks": [{"line", "result": check answer}, ...]} (schemas/check-report.schema.json).
[[nodiscard]] std::string draftJson(const Engine& e, const std::string& name, const std::vector<DraftCheck>& checks);
// NAME:LINE: the check answer, one after the other; a line saying so when nothing was checked.
[[nodiscard]] std::string draftText(const Engine& e, const std::string& name, const std::vector<DraftCheck>& checks);

}  // namespace cg::query
