#include "ingest/ProgramText.h"

#include <cctype>

#include <re2/re2.h>

#include "ingest/Text.h"

namespace cg::ingest {

std::size_t indentColumns(std::string_view line) {
  std::size_t col = 0;
  for (char c : line) {
    if (c == ' ')
      ++col;
    else if (c == '\t')
      col = (col / 4 + 1) * 4;
    else
      break;
  }
  return col;
}

std::optional<CodeFence> openingFence(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || (t[0] != '`' && t[0] != '~')) return std::nullopt;
  CodeFence f{t[0], 0};
  while (f.length < t.size() && t[f.length] == f.mark) ++f.length;
  if (f.length < 3) return std::nullopt;
  if (f.mark == '`' && t.substr(f.length).find('`') != std::string_view::npos) return std::nullopt;
  return f;
}

bool closesFence(std::string_view line, const CodeFence& open) {
  std::string_view t = trim(line);
  std::size_t n = 0;
  while (n < t.size() && t[n] == open.mark) ++n;
  return n >= open.length && n == t.size();
}

namespace {

bool statementOpens(std::string_view line) {
  // Anchored at the line's start: re2::RE2::PartialMatch with "^".
  static const re2::RE2& kImport =
      pattern(R"(^(import [A-Za-z_][\w.]*(\s+as\s+\w+)?(\s*,\s*[A-Za-z_][\w.]*)*;?$|from [A-Za-z_.][\w.]* import \S))",
              "import statement", true);
  static const re2::RE2& kDefinition =
      pattern(R"(^((async\s+)?(def|function)\s+[A-Za-z_$][\w$]*\s*\(|class [A-Za-z_]\w*\s*[(:{]))", "definition", true);
  // "x = ...", "hub['HF_TASK'] = ...", "const x = ...", "GIT_LFS_SKIP_SMUDGE=1"; not "==". What is
  // assigned is a value: a literal (string, number, bracket) or a name that a call, a member, an
  // index or the line's end follows, not words ("Quillon = a harbour model").
  static const re2::RE2& kAssignment =
      pattern(R"(^((const|let|var)\s+)?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[[^\]\s]*\])*\s*(\+|-|\*|/|:)?=\s*)"
              R"(([-"'{\[(0-9]|(await\s+|new\s+)?[A-Za-z_$][\w$]*\s*([.(\[;]|$)))",
              "assignment", true);
  // "query({...}).then(", "predictor.predict({", "print(x)": a call that is the whole statement.
  static const re2::RE2& kCall =
      pattern(R"(^(await\s+)?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*\(.*([)({,]|\);)$)", "call statement", true);
  // Each pattern asked only where a line can match it (the first line of every paragraph comes
  // here, and four matches cost more than the rest of the reading): an import opens with "import "
  // or "from ", a definition with "async", "def", "function" or "class ", an assignment holds a '=',
  // a call a '(' and ends with one of ")({,;".
  const auto opens = [&](std::string_view word) { return line.starts_with(word); };
  const bool mayImport = opens("import ") || opens("from ");
  const bool mayDefine = opens("async") || opens("def") || opens("function") || opens("class ");
  const bool mayAssign = line.find('=') != std::string_view::npos;
  const bool mayCall = !line.empty() && std::string_view(")({,;").find(line.back()) != std::string_view::npos &&
                       line.find('(') != std::string_view::npos;
  return (mayImport && re2::RE2::PartialMatch(line, kImport)) ||
         (mayDefine && re2::RE2::PartialMatch(line, kDefinition)) ||
         (mayAssign && re2::RE2::PartialMatch(line, kAssignment)) || (mayCall && re2::RE2::PartialMatch(line, kCall));
}

// "query({", "hub = {", "fetch(", "{": a line left open by a bracket that a call, a value or another
// bracket opens, not "... the CrewAI framework (" of a prose line wrapped inside an aside.
bool opensBracketAtEnd(std::string_view line) {
  if (line.empty() || std::string_view("({[").find(line.back()) == std::string_view::npos) return false;
  std::string_view before = line.substr(0, line.size() - 1);
  if (before.empty() || before.back() != ' ') return true;
  before = trim(before);
  return before.empty() || std::string_view("=:,([{>").find(before.back()) != std::string_view::npos;
}

}  // namespace

bool isProgramText(std::string_view paragraph) {
  bool first = true;
  for (std::size_t at = 0; at <= paragraph.size();) {
    std::size_t nl = paragraph.find('\n', at);
    if (nl == std::string_view::npos) nl = paragraph.size();
    const std::string_view line = trim(paragraph.substr(at, nl - at));
    const bool more = nl < paragraph.size();
    if (first && statementOpens(line)) return true;
    // "#Be sure to have git-lfs installed" over "git lfs install": a line comment of the shell and
    // script languages ("#" then a letter or a space) heading more lines; Markdown reads "#" then a
    // space as a heading and "#" then a letter as text, so no prose paragraph opens so.
    if (first && more && line.size() > 1 && line[0] == '#' &&
        (line[1] == ' ' || std::isalpha(static_cast<unsigned char>(line[1])) != 0))
      return true;
    first = false;
    if (more && opensBracketAtEnd(line)) return true;
    if (more && line.size() > 1 && line.back() == '\\' && line[line.size() - 2] == ' ') return true;
    at = nl + 1;
  }
  return false;
}

}  // namespace cg::ingest
