#include "ingest/ProgramText.h"

#include <cctype>
#include <string_view>

#include <re2/re2.h>

#include "graph/AsciiRun.h"
#include "ingest/Text.h"
#include "ingest/TextSearch.h"

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

// Where a name and its members or indices that open `line` at `from` end ("hub['HF_TASK']",
// "predictor.predict", "x"): a letter, '_' or '$', then those, digits, '.' and brackets holding no blank;
// `from` itself where no name opens there. kAssignment and kCall below open with one (their names
// and members are of these bytes), so a line whose name is followed by neither '=' nor '(' is not
// handed to them.
std::size_t nameEnd(std::string_view line, std::size_t from) {
  const auto nameByte = [](char c) {
    return graph::isLetterAscii(c) || (c >= '0' && c <= '9') || c == '_' || c == '$';
  };
  if (from >= line.size() || !nameByte(line[from]) || (line[from] >= '0' && line[from] <= '9')) return from;
  std::size_t at = from;
  while (at < line.size()) {
    if (nameByte(line[at]) || line[at] == '.') {
      ++at;
      continue;
    }
    if (line[at] != '[') break;
    const std::size_t close = line.find_first_of("] \t\n\f\r", at + 1);
    if (close == std::string_view::npos || line[close] != ']') break;
    at = close + 1;
  }
  return at;
}

// Whether an assignment may open `line` at `from`: a name, white space perhaps, an operator perhaps, '='.
bool assignsAt(std::string_view line, std::size_t from) {
  std::size_t at = nameEnd(line, from);
  if (at == from) return false;
  while (at < line.size() && isRe2Space(line[at])) ++at;
  if (at < line.size() && std::string_view("+-*/:").find(line[at]) != std::string_view::npos) ++at;
  return at < line.size() && line[at] == '=';
}

// Where the white space after `word` that opens `line` ends ("const x", "await\tfetch("); 0 where
// `line` does not open so.
std::size_t afterOpeningWord(std::string_view line, std::string_view word) {
  if (!line.starts_with(word) || word.size() >= line.size() || !isRe2Space(line[word.size()])) return 0;
  std::size_t at = word.size();
  while (at < line.size() && isRe2Space(line[at])) ++at;
  return at;
}

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
  const auto assignsAfter = [&](std::string_view word) {
    const std::size_t at = afterOpeningWord(line, word);
    return at != 0 && assignsAt(line, at);
  };
  const auto callsAt = [&](std::size_t from) {
    const std::size_t end = nameEnd(line, from);
    return end != from && end < line.size() && line[end] == '(';
  };
  const bool mayAssign = line.find('=') != std::string_view::npos &&
                         (assignsAt(line, 0) || assignsAfter("const") || assignsAfter("let") || assignsAfter("var"));
  const bool mayCall =
      !line.empty() && std::string_view(")({,;").find(line.back()) != std::string_view::npos &&
      line.find('(') != std::string_view::npos &&
      (callsAt(0) || (afterOpeningWord(line, "await") != 0 && callsAt(afterOpeningWord(line, "await"))));
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
