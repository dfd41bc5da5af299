#include "ingest/Statement.h"

#include "ingest/Article.h"
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

// "has had zero chats": "zero" before a lower-case word, as the digit, so that the statement states
// the count 0 (articles' "zero" is left unread: "set to zero values", "zero coefficients" are no
// counts of their topic). npos when the text has no such word.
static std::size_t zeroCountAt(std::string_view text) {
  for (std::size_t at = text.find("zero "); at != std::string_view::npos; at = text.find("zero ", at + 1)) {
    const bool wordStart = at == 0 || text[at - 1] == ' ';
    if (wordStart && at + 5 < text.size() && text[at + 5] >= 'a' && text[at + 5] <= 'z') return at;
  }
  return std::string_view::npos;
}

StatementReading readStatement(std::string_view text) {
  StatementReading reading = readStatementAsWritten(text);
  if (reading.figure) return reading;
  const std::size_t zero = zeroCountAt(text);
  if (zero == std::string_view::npos) return reading;
  std::string digits(text);
  digits.replace(zero, 4, "0");
  StatementReading read = readStatementAsWritten(digits);
  if (!read.figure || read.figure->value != 0.0 || !read.figure->text.starts_with("0 ")) return reading;
  read.figure->text = "zero" + read.figure->text.substr(1);  // as the statement writes it
  read.text = reading.text;
  return read;
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
