// Line breaks back into a flattened page (WikiLines.h).

#include "ingest/WikiLines.h"

#include <cstddef>

namespace cg::ingest {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;
constexpr std::size_t kMaxHeading = 200;

std::size_t runOf(std::string_view s, std::size_t at, char c) {
  std::size_t e = at;
  while (e < s.size() && s[e] == c) ++e;
  return e - at;
}

// One past "==Title==" when a heading of level 2 to 6 starts at `at` and a blank or the end
// follows it; kNpos otherwise.
std::size_t headingEnd(std::string_view s, std::size_t at) {
  const std::size_t level = runOf(s, at, '=');
  if (level < 2 || level > 6) return kNpos;
  const std::size_t close = s.find('=', at + level);
  if (close == kNpos || close == at + level || close - at - level > kMaxHeading) return kNpos;
  if (s.substr(at + level, close - at - level).find('\n') != kNpos) return kNpos;
  if (runOf(s, close, '=') != level) return kNpos;
  const std::size_t end = close + level;
  return end == s.size() || s[end] == ' ' || s[end] == '\n' ? end : kNpos;
}

// Where markup that must start a line begins after the space at `at`, as wikitext writes it
// flattened: a list item (" * ", " **'''", " # "), table markup, or (in a table) a cell.
bool lineMarkupAfter(std::string_view s, std::size_t at, bool inTable) {
  const char c = at + 1 < s.size() ? s[at + 1] : '\0';
  const char n = at + 2 < s.size() ? s[at + 2] : '\0';
  if (c == '*' || c == '#') {
    const std::size_t e = at + 1 + runOf(s, at + 1, c);
    const char after = e < s.size() ? s[e] : '\0';
    return after == ' ' || after == '\'' || after == '[';
  }
  if (c == '{' && n == '|') return true;
  if (!inTable) return false;
  if (c == '|' && (n == '-' || n == '}')) return true;
  return (c == '|' || c == '!') && n == ' ';  // one cell a line; "||" and "!!" stay inline
}

// Scans the page outside templates, links and refs, breaking lines where markup starts one.
class Restorer {
 public:
  explicit Restorer(std::string_view text) : s_(text) {}

  std::string run() {
    for (std::size_t i = 0; i < s_.size(); ++i) {
      if (skipNested(i)) continue;
      if (braces_ || brackets_ || inRef_) continue;
      if (s_[i] == '=' && i > 0 && s_[i - 1] == ' ') {
        const std::size_t end = breakHeading(i);
        if (end != kNpos) i = end - 1;
        continue;
      }
      if (s_[i] != ' ') continue;
      if (lineMarkupAfter(s_, i, tables_ > 0)) s_[i] = '\n';
      trackTable(i);
    }
    return std::move(s_);
  }

 private:
  // Counts "{{", "}}", "[[", "]]", "<ref", "</ref>" and "/>"; true when `i` was one of them.
  bool skipNested(std::size_t& i) {
    const std::string_view rest = std::string_view(s_).substr(i, 6);
    if (rest.starts_with("{{")) return ++braces_, ++i, true;
    if (rest.starts_with("}}") && braces_) return --braces_, ++i, true;
    if (rest.starts_with("[[")) return ++brackets_, ++i, true;
    if (rest.starts_with("]]") && brackets_) return --brackets_, ++i, true;
    if (rest.starts_with("<ref") && !braces_) return inRef_ = true, true;
    if (inRef_ && (rest.starts_with("</ref>") || rest.starts_with("/>"))) return inRef_ = false, true;
    return false;
  }

  // Breaks the line before and after the heading starting at i; returns its end, or kNpos.
  std::size_t breakHeading(std::size_t i) {
    const std::size_t end = headingEnd(s_, i);
    if (end == kNpos) return kNpos;
    s_[i - 1] = '\n';
    if (end < s_.size() && s_[end] == ' ') {
      s_[end] = '\n';
      trackTable(end);  // "==Record== {| ...": a table opens right after the heading
    }
    return end;
  }

  // After a break before "{|" a table opens; before "|}" it closes; "|-" starts a row on its own line.
  void trackTable(std::size_t i) {
    if (s_[i] != '\n' || i + 2 >= s_.size()) return;
    if (s_[i + 1] == '{' && s_[i + 2] == '|') ++tables_;
    if (s_[i + 1] == '|' && (s_[i + 2] == '-' || s_[i + 2] == '}') && i + 3 < s_.size() && s_[i + 3] == ' ')
      s_[i + 3] = '\n';
    if (s_[i + 1] == '|' && s_[i + 2] == '}' && tables_) --tables_;
  }

  std::string s_;
  int braces_ = 0, brackets_ = 0, tables_ = 0;
  bool inRef_ = false;
};

}  // namespace

bool linesFlattened(std::string_view wikitext) {
  int inside = 0, atStart = 0;
  for (std::size_t at = wikitext.find("=="); at != kNpos; at = wikitext.find("==", at + 2)) {
    if (at > 0 && wikitext[at - 1] == '=') continue;
    const std::size_t end = headingEnd(wikitext, at);
    if (end == kNpos) continue;
    (at == 0 || wikitext[at - 1] == '\n' ? atStart : inside) += 1;
    at = end - 2;
  }
  return inside >= 2 && inside > atStart;
}

std::string restoreLines(std::string_view wikitext) {
  if (!linesFlattened(wikitext)) return std::string(wikitext);
  return Restorer(wikitext).run();
}

std::vector<std::uint32_t> originalLines(std::string_view original, std::string_view restored) {
  std::vector<std::uint32_t> lines{0, 1};
  std::uint32_t line = 1;
  for (std::size_t i = 0; i < restored.size() && i < original.size(); ++i) {
    if (original[i] == '\n') ++line;
    if (restored[i] == '\n') lines.push_back(line);  // the line after this break starts on it
  }
  return lines;
}

}  // namespace cg::ingest
