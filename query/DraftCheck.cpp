#include "query/DraftCheck.h"

#include "graph/DotWriter.h"
#include "ingest/Article.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"
#include "query/Answers.h"

namespace cg::query {

std::vector<DraftCheck> checkDraft(const Engine& e, std::string_view text, const std::string& name) {
  std::vector<DraftCheck> checks;
  std::size_t lineNumber = 0, start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    start = end + 1;
    ++lineNumber;
    if (ingest::trim(line).empty() || line[0] == '#' || line[0] == '|' || line[0] == '>') continue;
    ingest::Article piece = ingest::readArticle("# Draft\n\n" + line + "\n", name);
    for (const auto& block : piece.blocks)
      for (const auto& s : block.sentences) {
        std::string sentence = block.text.substr(s.begin, s.end - s.begin);
        if (ingest::findFigures(sentence).empty()) continue;
        checks.push_back({lineNumber, e.check(sentence)});
      }
    if (end == text.size()) break;
  }
  return checks;
}

std::string draftJson(const Engine& e, const std::string& name, const std::vector<DraftCheck>& checks) {
  std::string report = "{\"file\": " + graph::dotQuote(name) + ", \"checks\": [\n";
  bool first = true;
  for (const auto& check : checks) {
    report += std::string(first ? "" : ",\n") + "{\"line\": " + std::to_string(check.line) +
              ", \"result\": " + checkJson(e, check.result) + "}";
    first = false;
  }
  return report + "\n]}\n";
}

std::string draftText(const Engine& e, const std::string& name, const std::vector<DraftCheck>& checks) {
  if (checks.empty()) return "no sentence of " + name + " carries a figure to check\n";
  std::string report;
  for (const auto& check : checks)
    report += name + ":" + std::to_string(check.line) + ": " + checkText(e, check.result);
  return report;
}

}  // namespace cg::query
