#include "ingest/Statement.h"

#include "ingest/Article.h"
#include "ingest/Cardinals.h"
#include "ingest/FirstFigure.h"
#include "ingest/Quantity.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

// A statement as an article of one paragraph, its sentences split as an article's are.
Article statementArticle(std::string_view text) {
  Article article;
  article.path = article.slug = "statement";
  article.title = "Statement";
  Block block;
  block.line = 1;
  block.text = std::string(trim(text));
  for (auto [begin, end] : splitSentences(block.text)) {
    Sentence sentence;
    sentence.begin = begin;
    sentence.end = end;
    sentence.line = 1;
    block.sentences.push_back(sentence);
  }
  article.blocks.push_back(std::move(block));
  return article;
}

bool skippedDraftLine(std::string_view line) {
  return trim(line).empty() || line[0] == '#' || line[0] == '|' || line[0] == '>';
}

}  // namespace

// Reads one statement as it is written (readStatement).
static StatementReading readStatementAsWritten(std::string_view text) {
  StatementReading reading;
  reading.text = std::string(text);
  graph::DocumentBundle bundle = extractFirstFigure(statementArticle(text));
  for (const graph::ClaimRecord& claim : bundle.claims) {
    if (claim.kind != graph::ClaimKind::kFigure || !claim.quantity || !claim.quantity->value) continue;
    reading.figure = claim.quantity;
    if (claim.subject != graph::kNone) reading.subject = bundle.entities[claim.subject].name;
    reading.measure = claim.measure;
    reading.scope = claim.scope;
    reading.asOf = claim.asOf;
    break;
  }
  return reading;
}

// A cardinal's digits as the extractor reads a figure best: "8", "100,000" (grouped, so that "two
// thousand users" is no year 2000).
static std::string digitsOf(double value) {
  std::string digits = std::to_string(static_cast<long long>(value));
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

// The statement read with one cardinal in words written in digits: the reading, its figure's text as
// the statement writes it, when that figure is the cardinal's value and begins at or before it and
// ends at or after it. The extractor reads number words of articles warily ("two years old", "zero
// coefficients" are no figures of their topic), where a statement's are what it states: "children up
// to eight years old" reads as "up to 8 years old" does.
static std::optional<StatementReading> readWithDigits(std::string_view text, const SpelledNumber& n) {
  const std::string digits = digitsOf(n.value);
  std::string rewritten(text);
  rewritten.replace(n.begin, n.end - n.begin, digits);
  StatementReading read = readStatementAsWritten(rewritten);
  if (!read.figure || read.figure->value != n.value) return std::nullopt;
  const std::size_t at = rewritten.find(read.figure->text);
  const std::size_t digitsEnd = n.begin + digits.size();
  if (at == std::string::npos || at > n.begin || at + read.figure->text.size() < digitsEnd) return std::nullopt;
  const std::size_t end = at + read.figure->text.size() - digitsEnd + n.end;
  read.figure->text = std::string(text.substr(at, end - at));
  read.text = std::string(text);
  return read;
}

// Whether the figure read from the statement stands on the cardinal `n` but reads only part of it: it
// ends inside the cardinal ("one hundred" of "one hundred and twenty employees"), or it lost the
// cardinal's scale ("up to a hundred thousand examples" read as 100). Only a ratio of a power of a
// thousand is a lost scale, as "half a million" is rightly less than the "a million" in it.
static bool partlyRead(std::string_view text, const graph::Quantity& figure, const SpelledNumber& n) {
  const std::size_t at = text.find(figure.text);
  if (at == std::string_view::npos || at > n.begin || n.begin >= at + figure.text.size()) return false;
  if (at + figure.text.size() < n.end) return true;
  if (!figure.value || *figure.value <= 0 || *figure.value >= n.value) return false;
  const double ratio = n.value / *figure.value;
  return ratio == 1e3 || ratio == 1e6 || ratio == 1e9 || ratio == 1e12;
}

StatementReading readStatement(std::string_view text) {
  StatementReading reading = readStatementAsWritten(text);
  for (const SpelledNumber& n : spelledNumbers(text)) {
    if (reading.figure && !partlyRead(text, *reading.figure, n)) continue;
    if (auto read = readWithDigits(text, n)) return *read;
  }
  return reading;
}

std::vector<DraftSentence> figureSentences(std::string_view utf8, const std::string& path) {
  std::vector<DraftSentence> out;
  std::uint32_t lineNumber = 0;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = std::min(utf8.find('\n', start), utf8.size());
    std::string_view line = utf8.substr(start, end - start);
    start = end + 1;
    ++lineNumber;
    if (skippedDraftLine(line)) continue;
    // Read as Markdown, so that links and emphasis in a draft read as their text.
    Article piece = readArticle("# Draft\n\n" + std::string(line) + "\n", path);
    for (const Block& block : piece.blocks)
      for (const Sentence& s : block.sentences) {
        std::string sentence = block.text.substr(s.begin, s.end - s.begin);
        if (!findFigures(sentence).empty()) out.push_back({lineNumber, std::move(sentence)});
      }
  }
  return out;
}

}  // namespace cg::ingest
