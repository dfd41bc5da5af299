#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <unordered_set>
#include <utility>

#include "graph/Error.h"
#include "graph/Files.h"
#include "graph/Fold.h"
#include "ingest/Article.h"
#include "ingest/Dates.h"
#include "ingest/Lexicon.h"
#include "ingest/ProgramText.h"
#include "ingest/References.h"
#include "ingest/Speakers.h"
#include "ingest/Subjects.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

// Bounds that keep the reader linear on hostile input: a "[" further than this from its
// "]" is not a link, and a table row is not looked for past this many lines.
constexpr std::size_t kMaxLinkText = 1000;
constexpr std::size_t kMaxLinkTarget = 2100;
constexpr int kMaxRowContinuation = 20;

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The plain text of a piece of inline Markdown, with its links and markers.
struct Inline {
  std::string text;
  std::vector<Link> links;
  std::vector<Marker> markers;
  std::vector<std::size_t> lineBreaks;                    // offsets in `text` where a new source line began
  std::vector<std::pair<std::size_t, std::size_t>> code;  // code spans of `text`
};

bool allDigits(std::string_view s) {
  return !s.empty() && s.size() <= 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The value of a run of at most six digits (allDigits): the conversion cannot fail.
int digitsValue(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

int markerNumber(std::string_view linkText) {
  // "&#91;1&#93;" or "[1]" or "1"
  std::string decoded = decodeEntities(linkText);
  std::string_view d = trim(decoded);
  if (!d.empty() && d.front() == '[') d.remove_prefix(1);
  if (!d.empty() && d.back() == ']') d.remove_suffix(1);
  return allDigits(d) ? digitsValue(d) : -1;
}

void appendPlain(Inline& out, std::string_view raw) { appendPlainText(out.text, out.lineBreaks, raw); }

// "/index.php?title=Https://huggingface.co/openai&action=edit&redlink=1": the wiki made a red link of
// a web address. A URL is never an entity's key: the label is the name ("openai",
// "facebook/bart-large"), as an unlinked one would be.
bool isUrlTitle(std::string_view title) {
  const std::string head = lowerAscii(std::string(title.substr(0, 10)));
  return head.starts_with("http://") || head.starts_with("https://") || head.starts_with("http%3a") ||
         head.starts_with("https%3a") || head.starts_with("www.");
}

Link classify(std::string_view target, std::string text) {
  Link link;
  link.text = std::move(text);
  link.target = std::string(target);
  if (startsWith(target, "/wiki/") && target.find('#') != std::string_view::npos) {
    // "/wiki/ai_search_engine#perplexity-ai": a section of another article, which is not the
    // thing the label names; the label is the name, as an unlinked one would be.
    link.kind = LinkKind::kRed;
    link.key = graph::slugify(link.text);
  } else if (startsWith(target, "/wiki/")) {
    link.kind = LinkKind::kWiki;
    std::string_view slug = target.substr(6);
    slug = slug.substr(0, slug.find_first_of("#?"));
    link.key = lowerAscii(slug);
  } else if (startsWith(target, "/index.php?title=") && isUrlTitle(target.substr(17))) {
    link.kind = LinkKind::kRed;
    link.key = graph::slugify(link.text);
  } else if (startsWith(target, "/index.php?title=")) {
    link.kind = LinkKind::kRed;
    std::string_view title = target.substr(17);
    title = title.substr(0, title.find('&'));
    std::string spaced(title);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    link.key = graph::slugify(spaced);
  } else {
    link.kind = LinkKind::kExternal;
    link.key = link.target;
  }
  return link;
}

// Reads inline Markdown into plain text with its links and citation markers. The next ']'
// and ')' are cached and only searched again once passed, so the scan stays linear even for
// 200,000 '[' in a row.
class InlineParser {
 public:
  explicit InlineParser(std::string_view raw) : raw_(raw), nextClose_(raw.find(']')), nextParen_(raw.find(')')) {
    out_.text.reserve(raw.size());
  }

  Inline run() {
    // Only '`', '*', '<' and '[' open markup: the bytes between them are skipped eight at a time.
    for (std::size_t i = nextByteOf(raw_, 0, '`', '*', '<', '['); i < raw_.size();
         i = nextByteOf(raw_, i + 1, '`', '*', '<', '[')) {
      const char c = raw_[i];
      if (c == '`') {
        i = codeSpan(i);
      } else if (c == '*') {  // emphasis marks carry no text
        flush(i);
        plainStart_ = i + 1;
      } else if (c == '<') {
        i = htmlTag(i);
      } else if (c == '[') {
        i = bracket(i);
      }
    }
    flush(raw_.size());
    return std::move(out_);
  }

 private:
  void flush(std::size_t upTo) {
    if (upTo > plainStart_) appendPlain(out_, raw_.substr(plainStart_, upTo - plainStart_));
  }

  std::size_t findFrom(std::size_t& cache, char c, std::size_t from) const {
    if (cache != std::string_view::npos && cache < from) cache = raw_.find(c, from);
    return cache;
  }

  // A code span (CommonMark 6.1): a run of n backticks opens it and the next run of exactly n
  // closes it; what is between is program text, kept as the sentence's words without the
  // backticks ("using the CrewBase class") and marked, so that it gives no figure, name or
  // quotation. A run that nothing closes is literal backticks. Runs are listed once by length and
  // each length's list is walked forward only, so a line of 100,000 backticks stays linear.
  // Returns where the scan goes on.
  std::size_t codeSpan(std::size_t i) {
    if (!runsListed_) listBacktickRuns();
    std::size_t n = 1;
    while (i + n < raw_.size() && raw_[i + n] == '`') ++n;
    auto& runs = runsByLength_[n];
    std::size_t& next = runCursor_[n];
    while (next < runs.size() && runs[next] <= i) ++next;
    if (next >= runs.size()) return i + n - 1;  // never closed: literal backticks
    const std::size_t close = runs[next];
    flush(i);
    const std::size_t begin = out_.text.size();
    // Its content as written (no entities decoded, no markup read), line ends as spaces.
    for (char ch : raw_.substr(i + n, close - i - n)) out_.text.push_back(ch == '\n' ? ' ' : ch);
    out_.code.emplace_back(begin, out_.text.size());
    plainStart_ = close + n;
    return close + n - 1;
  }

  void listBacktickRuns() {
    runsListed_ = true;
    for (std::size_t i = raw_.find('`'); i != std::string_view::npos; i = raw_.find('`', i)) {
      std::size_t n = 1;
      while (i + n < raw_.size() && raw_[i + n] == '`') ++n;
      runsByLength_[n].push_back(i);
      i += n;
    }
  }

  // Short HTML tags (<br>, <sup>, </ref>) at i are dropped; returns where the scan goes on.
  std::size_t htmlTag(std::size_t i) {
    // The '>' is looked for only as far as a tag can reach, so a run of '<' stays linear.
    std::size_t close = raw_.substr(i, 41).find('>');
    if (close == std::string_view::npos || i + 1 >= raw_.size() ||
        !(std::isalpha(static_cast<unsigned char>(raw_[i + 1])) || raw_[i + 1] == '/'))
      return i;
    close += i;
    flush(i);
    plainStart_ = close + 1;
    return close;
  }

  // A citation marker at the current end of the text, which takes the spaces before it.
  void marker(int number) {
    while (!out_.text.empty() && out_.text.back() == ' ') out_.text.pop_back();
    out_.markers.push_back({number, out_.text.size()});
  }

  // The ')' that closes a link destination opened at `from`, given the first ')' after it: a
  // destination may hold balanced parentheses (CommonMark 6.3, "title=Tokenization_(artificial_
  // intelligence)&action=edit"), no blank; within kMaxLinkTarget, else the first ')'.
  std::size_t destinationEnd(std::size_t from, std::size_t paren) const {
    if (paren == std::string_view::npos) return paren;
    std::size_t open = 0;
    for (std::size_t k = from; k < raw_.size() && k - from <= kMaxLinkTarget; ++k) {
      const char c = raw_[k];
      if (c == ' ' || c == '\n' || c == '\t') return paren;
      if (c == '(') ++open;
      if (c == ')' && open-- == 0) return k;
    }
    return paren;
  }

  // A '[' at i: an export-form marker "[3]", a link, an image or a citation link; returns
  // where the scan goes on.
  std::size_t bracket(std::size_t i) {
    const bool image = i > 0 && raw_[i - 1] == '!';
    const std::size_t close = findFrom(nextClose_, ']', i + 1);
    if (close == std::string_view::npos || close - i > kMaxLinkText) return i;
    const std::string_view inner = raw_.substr(i + 1, close - i - 1);
    const bool hasTarget = close + 1 < raw_.size() && raw_[close + 1] == '(';
    if (!hasTarget && allDigits(inner)) {  // export-form marker "[3]"
      flush(i);
      marker(digitsValue(inner));
      plainStart_ = close + 1;
      return close;
    }
    if (!hasTarget) return i;
    const std::size_t paren = destinationEnd(close + 2, findFrom(nextParen_, ')', close + 2));
    if (paren == std::string_view::npos || paren - close > kMaxLinkTarget) return i;
    std::string_view target = trim(raw_.substr(close + 2, paren - close - 2));
    if (target.find(' ') != std::string_view::npos) target = target.substr(0, target.find(' '));  // [x](url "title")
    flush(image ? i - 1 : i);
    plainStart_ = paren + 1;
    if (!image) link(inner, target);
    return paren;
  }

  // The text of a link [inner](target), and the link itself unless it is an anchor.
  void link(std::string_view inner, std::string_view target) {
    if (startsWith(target, "#cite_note")) {
      const int n = markerNumber(inner);
      if (n >= 0) marker(n);
      return;
    }
    Inline label = InlineParser(inner.find('[') == std::string_view::npos ? inner : std::string_view{}).run();
    if (label.text.empty()) label.text = decodeEntities(inner);
    const std::size_t begin = out_.text.size();
    appendPlain(out_, label.text);
    if (startsWith(target, "#")) return;  // an anchor: text only
    Link l = classify(target, std::string(trim(label.text)));
    l.begin = begin;
    l.end = out_.text.size();
    out_.links.push_back(std::move(l));
  }

  std::string_view raw_;
  std::size_t nextClose_, nextParen_;
  std::size_t plainStart_ = 0;  // start of the pending run of plain bytes
  Inline out_;
  bool runsListed_ = false;
  std::map<std::size_t, std::vector<std::size_t>> runsByLength_;  // backtick runs by length, in text order
  std::map<std::size_t, std::size_t> runCursor_;                  // per length, the first run not yet passed
};

Inline parseInline(std::string_view raw) { return InlineParser(raw).run(); }

bool isSeparatorRow(std::string_view line) {
  line = trim(line);
  if (line.empty() || line[0] != '|') return false;
  bool dash = false;
  for (char c : line) {
    if (c == '-')
      dash = true;
    else if (c != '|' && c != ':' && c != ' ')
      return false;
  }
  return dash;
}

// Splits "| a | b |" into raw cells, ignoring '|' inside [link](...) brackets.
std::vector<std::string_view> splitCells(std::string_view row) {
  row = trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|') row.remove_suffix(1);
  std::vector<std::string_view> cells;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    char c = row[i];
    if (c == '[' || c == '(')
      ++depth;
    else if ((c == ']' || c == ')') && depth > 0)
      --depth;
    else if (c == '|' && depth == 0 && (i == 0 || row[i - 1] != '\\')) {
      cells.push_back(trim(row.substr(start, i - start)));
      start = i + 1;
    }
    if (depth > 4) depth = 4;  // unbalanced brackets must not swallow the row
  }
  cells.push_back(trim(row.substr(start)));
  return cells;
}

enum class SectionRole { kContent, kReferences, kSkip };

// A section of sources or notes holds reference lines; one of pointers elsewhere ("See also",
// "External links") is skipped (data/back_matter.tsv).
SectionRole roleOf(std::string_view title) {
  switch (lexicon().backMatterOf(title)) {
    case BackMatter::kSources:
    case BackMatter::kNotes:
      return SectionRole::kReferences;
    case BackMatter::kPointers:
      return SectionRole::kSkip;
    case BackMatter::kNone:
    case BackMatter::kIllustrations:
      break;
  }
  return SectionRole::kContent;
}

class Reader {
  friend void ingest::bindCitations(Block& block);

 public:
  Reader(std::string_view text, const std::string& path) : text_(text) { article_.path = path; }

  Article run() {
    splitLines();
    std::size_t i = readFrontMatter();
    for (; i < lines_.size(); ++i) i = readLine(i);
    flushParagraph();
    finish();
    return std::move(article_);
  }

 private:
  struct Line {
    std::string_view text;
    std::size_t offset;
  };

  void splitLines() {
    std::size_t start = 0;
    while (start <= text_.size()) {
      std::size_t nl = text_.find('\n', start);
      if (nl == std::string_view::npos) nl = text_.size();
      lines_.push_back({text_.substr(start, nl - start), start});
      if (nl == text_.size()) break;
      start = nl + 1;
    }
  }
  std::uint32_t lineNo(std::size_t i) const { return static_cast<std::uint32_t>(i + 1); }

  void diag(std::string code, std::uint32_t line, std::string message, Severity s = Severity::kWarning) {
    article_.diagnostics.push_back({s, std::move(code), article_.path, line, std::move(message)});
  }

  // YAML front matter of the content form; returns the first body line. The closing
  // "---" may have body text glued to it ("---| DeepSeek |"), which is read as a line.
  std::size_t readFrontMatter() {
    if (lines_.empty() || trim(lines_[0].text) != "---") return 0;
    article_.format = "content";
    bool inCategories = false;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
      std::string_view l = lines_[i].text;
      if (startsWith(l, "---")) {
        std::string_view rest = l.substr(3);
        if (!trim(rest).empty()) {
          lines_[i].text = rest;
          lines_[i].offset += 3;
          return i;
        }
        return i + 1;
      }
      std::string_view t = trim(l);
      if (inCategories && startsWith(t, "- ")) {
        std::string cat(trimQuotes(t.substr(2)));
        std::replace(cat.begin(), cat.end(), '_', ' ');
        article_.categories.push_back(cat);
        continue;
      }
      inCategories = false;
      std::size_t colon = t.find(':');
      if (colon == std::string_view::npos) continue;
      std::string key = lowerAscii(trim(t.substr(0, colon)));
      std::string_view value = trimQuotes(t.substr(colon + 1));
      if (key == "title")
        article_.title = decodeEntities(value);
      else if (key == "slug")
        article_.slug = std::string(value);
      else if (key == "source" || key == "url")
        article_.sourceUrl = std::string(value);
      else if (key == "updated" || key == "date" || key == "last_updated")
        article_.updated = normalizeDate(value);
      else if (key == "categories")
        inCategories = value.empty();
    }
    // Never closed: rather than lose the whole file, forget what looked like front matter
    // and read every line after the '---' as the article's text.
    article_.format.clear();
    article_.title.clear();
    article_.slug.clear();
    article_.sourceUrl.clear();
    article_.updated.clear();
    article_.categories.clear();
    diag("unterminated-front-matter", 1, "front matter opened with '---' is never closed; the rest is read as text");
    return 1;
  }

  static std::string_view trimQuotes(std::string_view s) {
    s = trim(s);
    if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\'')))
      s = s.substr(1, s.size() - 2);
    return s;
  }

  std::size_t readLine(std::size_t i) {
    std::string_view line = lines_[i].text;
    std::string_view t = trim(line);
    lineIndex_ = i;
    if (codeLine(line, t)) return i;
    // A tabber's content stays the wiki's source, where "#" opens a numbered item, not a heading
    // (and "# create the model" in a code tab is a comment).
    if (startsWith(t, "#") && tabberDepth_ == 0) {
      std::size_t level = t.find_first_not_of('#');
      if (level != std::string_view::npos && level <= 6 && t[level] == ' ') {
        flushParagraph();
        heading(static_cast<int>(level), trim(t.substr(level)), i);
        return i;
      }
    }
    if (role_ == SectionRole::kReferences) {
      referenceLine(t, i);
      return i;
    }
    if (t.empty()) {
      flushParagraph();
      table_ = false;
      return i;
    }
    if (role_ == SectionRole::kSkip) {
      // "See also" lists pages of the wiki: their links' targets are names (no text is read there).
      if (isListItem(t) && lowerAscii(article_.sections.back().title) == "see also")
        for (Link& l : parseInline(listText(t)).links)
          if (l.kind != LinkKind::kExternal) article_.seeAlso.push_back(std::move(l));
      return i;
    }
    if (startsWith(t, ">")) {
      std::string_view q = trim(t.substr(1));
      if (article_.sections.empty() && headerField(q)) return i;
      // A Markdown block quotation right after a lead-in that ends in a colon ("X said in 1990:")
      // is a quotation, as <blockquote> is in wikitext: its text in quotation marks, so that the
      // lead-in's speaker is found for it. Other "> " blocks (notes, asides) stay plain text.
      if (paragraph_.empty() && !q.empty() && q.front() != '"' && !startsWith(q, "\u201c") &&
          !article_.blocks.empty() &&
          isColonLeadIn(article_.blocks.back(), static_cast<int>(article_.sections.size()) - 1)) {
        quotation_ = true;
        appendParagraph("\u201c" + std::string(q), i);
        return i;
      }
      appendParagraph(q, i);
      return i;
    }
    if (t.front() == '|') {
      flushParagraph();
      return tableRow(i);
    }
    table_ = false;
    const std::size_t unspaced = unspacedMarker(t);
    if (isListItem(t) || unspaced > 0) {
      flushParagraph();
      const std::string_view text = unspaced > 0 ? t.substr(unspaced) : listText(t);
      listContent_ = indentColumns(line) + (unspaced > 0 ? unspaced : t.find(' ') + 1);
      itemOpen_ = true;
      Block& item = addBlock(BlockKind::kListItem, text, i, lines_[i].offset, lines_[i].offset + line.size());
      item.boldLabel = boldLabelLength(text, item.text);
      std::from_chars(t.data(), t.data() + t.size(), item.ordinal);  // stays 0 for a bullet
      item.listIndent = indentColumns(line);
      // A bullet between two unspaced items is nested in the one before, as the text reads.
      if (unspaced > 0 || item.ordinal != 0) unspacedOrdinal_ = unspaced > 0 ? item.ordinal : 0;
      unspacedSection_ = article_.sections.size();
      return i;
    }
    appendParagraph(t, i);
    return i;
  }

  // Whether line i is program text the formats mark as such, which yields nothing (ProgramText.h):
  // a fenced code block with its fences (CommonMark 4.5; one never closed runs to the end), an
  // indented code block (4.4: four columns past the open list item's content, where no paragraph
  // is open to continue), and TabberNeue's tab separators ("|-|Python=") inside <tabber>, whose
  // tabs the wiki's model cards fill with code.
  bool codeLine(std::string_view line, std::string_view t) {
    if (fence_) {
      if (closesFence(line, *fence_)) fence_.reset();
      return true;
    }
    if (auto fence = openingFence(line)) {
      flushParagraph();
      if (fenceCloses(*fence)) fence_ = fence;
      return true;
    }
    if (t.empty()) {
      blankBefore_ = true;
      itemOpen_ = false;
      return false;
    }
    const bool blankBefore = std::exchange(blankBefore_, false);
    const std::size_t indent = indentColumns(line);
    if (listContent_ > 0 && blankBefore && indent < listContent_ && !isListItem(t)) listContent_ = 0;
    // Tabbers nest (a task's tab holding a tab per platform), so the depth is counted. A tab opens
    // with its title and "=": after "|-|" on its line, or on the line after "<tabber>" or after a
    // bare "|-|" (TabberNeue: "<tabber> First tab= ... |-| Second tab= ... </tabber>").
    const bool tabTitleHere = std::exchange(tabTitleNext_, false);
    if (startsWith(t, "<tabber>")) {
      ++tabberDepth_;
      tabTitleNext_ = true;
    }
    if (startsWith(t, "</tabber>") && tabberDepth_ > 0) --tabberDepth_;
    if (tabberDepth_ > 0 && startsWith(t, "|-|")) {
      flushParagraph();
      tabTitleNext_ = trim(t.substr(3)).empty();
      return true;
    }
    if (tabberDepth_ > 0 && tabTitleHere && t.back() == '=' && t.find('=') == t.size() - 1) {
      flushParagraph();
      return true;
    }
    const bool itemOpen = std::exchange(itemOpen_, false);  // a list item's text goes on (a lazy line)
    if (paragraph_.empty() && !itemOpen && !table_ && indent >= listContent_ + 4 && role_ != SectionRole::kReferences) {
      flushParagraph();
      return true;
    }
    return false;
  }

  // Whether a fence opened on the current line closes on a later one. CommonMark runs a fence that
  // never closes to the end of the document; an export that lost a fence's other half ("- CMD: ```"
  // then a bare "```") would so lose the rest of the article, so such a fence is code on its own
  // line only. A mark whose fences of some length found no closer from an earlier line has none
  // from a later line either (its closers after it are fewer), so the searches stay linear.
  bool fenceCloses(const CodeFence& fence) {
    std::size_t& unclosed = fence.mark == '`' ? unclosedBackticks_ : unclosedTildes_;
    if (unclosed != 0 && fence.length >= unclosed) return false;
    for (std::size_t j = lineIndex_ + 1; j < lines_.size(); ++j)
      if (closesFence(lines_[j].text, fence)) return !lostHalf(fence, j);
    unclosed = unclosed == 0 ? fence.length : std::min(unclosed, fence.length);
    return false;
  }

  // Whether the fence opened on the current line, whose closer CommonMark finds on line `closer`, lost
  // its other half: the block would hold a second-level heading (the page's own outline, a custom GPT's
  // "## Conversation Starters", "## Actions") and an odd number of fences follows the closer, so that the
  // last of them would close nothing. Paired so, the page's sections would read as code and its code
  // (the JSON under "### Code") as prose; read as code on its own line, the fences after it pair up.
  bool lostHalf(const CodeFence& fence, std::size_t closer) const {
    const auto heading = [&](std::size_t j) { return trim(lines_[j].text).starts_with("## "); };
    bool outline = false;
    for (std::size_t j = lineIndex_ + 1; j < closer && !outline; ++j) outline = heading(j);
    if (!outline) return false;
    std::size_t fences = 0;
    for (std::size_t j = closer + 1; j < lines_.size(); ++j)
      if (const auto later = openingFence(lines_[j].text); later && later->mark == fence.mark) ++fences;
    return fences % 2 == 1;
  }

  // An entry of the reference list, or a line that continues the entry right above it (an
  // author list broken over lines): the entry is read again with it.
  void referenceLine(std::string_view t, std::size_t i) {
    std::optional<Reference> ref = parseReference(t, lineNo(i));
    numberedInSection_ = numberedInSection_ || ref.has_value();
    if (!ref) ref = bulletReference(t, i);
    if (ref) {
      article_.references.push_back(std::move(*ref));
      inEntry_ = true;
      return;
    }
    inEntry_ = inEntry_ && !t.empty() && !article_.references.empty() && !isListItem(t) && t.front() != '|';
    if (!inEntry_) return;
    Reference& last = article_.references.back();
    std::string joined = last.raw + " " + std::string(t);
    if (auto ref = parseReference(joined, last.line)) last = std::move(*ref);
  }

  // "- Docker image: [url](url)", "- Land, Nick. *Title*. Urbanomic, 2011. [[1]](url)": a reference
  // list written as bullets of links, which the site numbers in order as it does a numbered one (after
  // the entries already read). Bullets after a numbered entry are notes on it, no entries.
  std::optional<Reference> bulletReference(std::string_view t, std::size_t i) {
    const bool bullet = t.size() > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ';
    // A bullet that links nowhere is a note ("- This article summarizes ... as of October 9, 2025").
    if (numberedInSection_ || !bullet || t.find("http") == std::string_view::npos) return std::nullopt;
    const std::string entry = std::to_string(article_.references.size() + 1) + ". " + std::string(trim(t.substr(2)));
    return parseReference(entry, lineNo(i));  // its raw text numbered too, so a continuation line reads again
  }

  static bool isListItem(std::string_view t) {
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') return true;
    std::size_t d = 0;
    while (d < t.size() && d < 4 && t[d] >= '0' && t[d] <= '9') ++d;
    return d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
  }
  // "1.parse_search_preference: ...", "2.search_jobs: ...": numbered items written without the space
  // CommonMark asks for after the marker, which a reader still takes for a list. Only a run numbered
  // from 1 in one section, each item the one after the last, whose marker a letter follows: "1.5
  // million" and a lone "3.It" are no items. The marker's length ("1."), 0 for no such item.
  std::size_t unspacedMarker(std::string_view t) const {
    std::size_t d = 0;
    while (d < t.size() && d < 2 && t[d] >= '0' && t[d] <= '9') ++d;
    if (d == 0 || d + 1 >= t.size() || t[d] != '.' || !std::isalpha(static_cast<unsigned char>(t[d + 1]))) return 0;
    int ordinal = 0;
    std::from_chars(t.data(), t.data() + d, ordinal);
    const bool sameRun = unspacedOrdinal_ > 0 && unspacedSection_ == article_.sections.size();
    return ordinal == 1 || (sameRun && ordinal == unspacedOrdinal_ + 1) ? d + 1 : 0;
  }

  // "**Acme Cloud**: ..." (CommonMark 6.2, strong emphasis opening the item): the plain length of
  // the bold text when the item's plain text opens with it, else 0.
  static std::size_t boldLabelLength(std::string_view raw, std::string_view plain) {
    if (!startsWith(raw, "**")) return 0;
    const std::size_t close = raw.find("**", 2);
    if (close == std::string_view::npos || close == 2) return 0;
    const std::string label = parseInline(raw.substr(2, close - 2)).text;
    const std::string_view bare = trim(label);
    return !bare.empty() && plain.starts_with(bare) ? bare.size() : 0;
  }

  static std::string_view listText(std::string_view t) {
    std::size_t space = t.find(' ');
    return trim(t.substr(space + 1));
  }

  bool headerField(std::string_view q) {
    std::size_t colon = q.find(':');
    if (colon == std::string_view::npos) return false;
    std::string key = lowerAscii(trim(q.substr(0, colon)));
    std::string_view value = trim(q.substr(colon + 1));
    if (key == "source") {
      article_.sourceUrl = std::string(value);
      if (article_.format.empty()) article_.format = "export";
    } else if (key == "updated") {
      article_.updated = normalizeDate(value);
    } else if (key == "categories") {
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        if (comma == std::string_view::npos) comma = value.size();
        std::string_view c = trim(value.substr(start, comma - start));
        if (!c.empty()) article_.categories.emplace_back(c);
        start = comma + 1;
      }
    } else if (key.find("ai wiki") != std::string::npos || startsWith(key, "from ")) {
      // "From AI Wiki (https://...), a free encyclopedia ...": boilerplate, not content
    } else {
      return false;
    }
    return true;
  }

  void heading(int level, std::string_view title, std::size_t i) {
    table_ = false;
    if (level == 1 && article_.title.empty() && article_.sections.empty()) {
      article_.title = decodeEntities(title);
      return;
    }
    Section s;
    s.title = parseInline(title).text;
    s.level = level;
    s.line = lineNo(i);
    // The parent is the nearest earlier section of a lower level: the stack of open
    // sections holds exactly the candidates, so 100,000 headings stay linear.
    while (!openSections_.empty() && article_.sections[static_cast<std::size_t>(openSections_.back())].level >= level)
      openSections_.pop_back();
    if (!openSections_.empty()) s.parent = openSections_.back();
    openSections_.push_back(static_cast<int>(article_.sections.size()));
    article_.sections.push_back(s);
    role_ = roleOf(s.title);
    numberedInSection_ = false;
    listContent_ = 0;
  }

  void appendParagraph(std::string_view t, std::size_t i) {
    if (paragraph_.empty()) {
      paragraphLine_ = i;
      paragraphBegin_ = lines_[i].offset;
    } else {
      paragraph_.push_back('\n');
    }
    paragraph_.append(t);
    paragraphEnd_ = lines_[i].offset + lines_[i].text.size();
  }

  void flushParagraph() {
    if (paragraph_.empty()) return;
    if (quotation_) paragraph_ += "\u201d";
    quotation_ = false;
    if (role_ == SectionRole::kContent && isProgramText(paragraph_)) {  // bare code (ProgramText.h)
      paragraph_.clear();
      return;
    }
    addBlock(BlockKind::kParagraph, paragraph_, paragraphLine_, paragraphBegin_, paragraphEnd_);
    paragraph_.clear();
  }

  Block& addBlock(BlockKind kind, std::string_view raw, std::size_t i, std::size_t begin, std::size_t end) {
    Inline in = parseInline(raw);
    Block b;
    b.kind = kind;
    b.section = static_cast<int>(article_.sections.size()) - 1;
    b.line = lineNo(i);
    b.byteBegin = begin;
    b.byteEnd = end;
    b.text = std::move(in.text);
    b.links = std::move(in.links);
    b.markers = std::move(in.markers);
    b.code = std::move(in.code);
    for (const auto& [s, e] : splitSentences(b.text)) {
      Sentence sentence{s, e, b.line, {}, false};
      sentence.line += static_cast<std::uint32_t>(std::upper_bound(in.lineBreaks.begin(), in.lineBreaks.end(), s) -
                                                  in.lineBreaks.begin());
      b.sentences.push_back(std::move(sentence));
    }
    b.lineBreaks = std::move(in.lineBreaks);
    article_.blocks.push_back(std::move(b));
    return article_.blocks.back();
  }

  // A table row; a row whose cell text runs over several lines is joined first.
  std::size_t tableRow(std::size_t i) {
    std::string raw(trim(lines_[i].text));
    std::size_t last = i;
    if (raw.back() != '|' || raw.size() == 1) {
      // The cell text may run on over the next lines, up to one that ends with '|'. A blank
      // line or the next row ends the search; a row that never closes is then its first line
      // alone, and the lines after it are read as what they are (not also as this row).
      std::string joined = raw;
      for (std::size_t j = i + 1; j < lines_.size() && j <= i + kMaxRowContinuation; ++j) {
        std::string_view more = trim(lines_[j].text);
        if (more.empty()) break;
        if (startsWith(more, "|") && more.size() > 1 && joined.back() == '|') break;
        joined.append(" ");
        joined.append(more);
        if (more.back() == '|') {
          last = j;
          break;
        }
      }
      if (last > i)
        raw = std::move(joined);
      else if (raw.back() != '|')
        diag("unterminated-table-row", lineNo(i), "table row does not end with '|'");
    }
    if (isSeparatorRow(raw)) return last;
    bool header = !table_ && last + 1 < lines_.size() && isSeparatorRow(lines_[last + 1].text);
    if (!table_) ++tableCount_;
    table_ = true;

    Block b;
    b.kind = header ? BlockKind::kTableHeader : BlockKind::kTableRow;
    b.section = static_cast<int>(article_.sections.size()) - 1;
    b.line = lineNo(i);
    b.byteBegin = lines_[i].offset;
    b.byteEnd = lines_[last].offset + lines_[last].text.size();
    b.table = tableCount_ - 1;
    for (std::string_view cell : splitCells(raw)) {
      Inline in = parseInline(cell);
      std::size_t shift = b.text.empty() ? 0 : b.text.size() + 3;
      if (!b.text.empty()) b.text += " | ";
      b.cellBegins.push_back(shift);
      b.text += in.text;
      b.cells.push_back(std::move(in.text));
      for (auto& link : in.links) {
        link.begin += shift;
        link.end += shift;
        b.links.push_back(std::move(link));
      }
      for (auto& m : in.markers) b.markers.push_back({m.ref, m.pos + shift});
      for (auto [begin, end] : in.code) b.code.emplace_back(begin + shift, end + shift);
    }
    b.sentences.push_back({0, b.text.size(), b.line, {}, !b.markers.empty()});
    article_.blocks.push_back(std::move(b));
    return last;
  }

  // Binding stays linear on hostile paragraphs (300,000 markers, 100,000 sentences): a
  // set remembers which (sentence, ref) pairs are bound, markers and sentences are walked
  // together in text order, and a closing group is spread over the other sentences only
  // while the bindings that makes stay within the size of the paragraph.
  static void bind(Block& b) {
    if (b.sentences.empty() || b.markers.empty()) return;
    std::unordered_set<std::uint64_t> bound;
    auto addRef = [&](std::size_t s, int ref) {
      if (bound.insert((std::uint64_t{s} << 32) | static_cast<std::uint32_t>(ref)).second)
        b.sentences[s].refs.push_back(ref);
    };
    if (b.kind == BlockKind::kTableRow || b.kind == BlockKind::kTableHeader) {
      for (const auto& m : b.markers) addRef(0, m.ref);
      return;
    }
    // A marker group binds to the sentence it ends (the one holding the text before it):
    // the last sentence that begins before the marker. Markers come in text order.
    std::size_t idx = 0;
    std::size_t lastPos = 0;
    for (const auto& m : b.markers) {
      if (m.pos < lastPos) idx = 0;  // not in order (never from parseInline): start over
      lastPos = m.pos;
      while (idx + 1 < b.sentences.size() && b.sentences[idx + 1].begin < m.pos) ++idx;
      addRef(idx, m.ref);
      b.sentences[idx].ownMarkers = true;
    }
    // A sentence flagged as uncited ({{citation needed}}) is marked, with no source: the refs
    // after it do not reach back over the flag.
    idx = 0;
    for (std::size_t pos : b.uncited) {
      while (idx + 1 < b.sentences.size() && b.sentences[idx + 1].begin < pos) ++idx;
      b.sentences[idx].ownMarkers = true;
    }
    // A sentence without markers of its own takes the next marker group after it in the
    // paragraph: these articles cite once for a run of sentences, so the markers that close
    // a paragraph cover every unmarked sentence before them. One backward walk; the copies
    // stay within a budget proportional to the paragraph, so hostile input stays linear.
    std::size_t budget = 4 * (b.text.size() + b.markers.size());
    std::size_t next = b.sentences.size();  // the nearest marked sentence after i
    for (std::size_t i = b.sentences.size(); i-- > 0;) {
      if (b.sentences[i].ownMarkers) {
        next = i;
        continue;
      }
      if (next == b.sentences.size()) continue;
      const std::vector<int> refs = b.sentences[next].refs;
      if (refs.size() > budget) break;
      budget -= refs.size();
      for (int ref : refs) addRef(i, ref);
    }
  }

  void finish() {
    if (article_.format.empty()) article_.format = "export";
    if (article_.slug.empty() && !article_.sourceUrl.empty()) {
      std::string_view url = article_.sourceUrl;
      std::size_t wiki = url.rfind("/wiki/");
      if (wiki != std::string_view::npos) article_.slug = lowerAscii(url.substr(wiki + 6));
    }
    if (article_.slug.empty()) article_.slug = graph::slugify(std::filesystem::path(article_.path).stem().string());
    if (article_.slug.empty()) article_.slug = "article";
    if (article_.title.empty()) {
      diag("no-title", 1, "no '# Title' or front-matter title; using the file name");
      article_.title = std::filesystem::path(article_.path).stem().string();
    }
    // The reference list: duplicates and gaps are reported; the first of a number wins.
    std::map<int, std::uint32_t> seen;
    std::vector<Reference> unique;
    for (auto& r : article_.references) {
      if (auto [it, fresh] = seen.emplace(r.number, r.line); !fresh) {
        diag("duplicate-reference", r.line,
             "reference " + std::to_string(r.number) + " is listed again (first at line " + std::to_string(it->second) +
                 "); the first is used");
        continue;
      }
      if (r.isEmpty())
        diag("empty-reference", r.line,
             "reference " + std::to_string(r.number) + " is empty in the list; claims citing it keep its number only");
      else if (r.url.empty())
        diag("reference-without-url", r.line, "reference " + std::to_string(r.number) + " has no URL");
      unique.push_back(std::move(r));
    }
    article_.references = std::move(unique);
    nameSitePublishers(article_.references, article_.title, article_.blocks);
    // Kept sorted by number (numbers are unique now), so findReference() is a binary
    // search: a marker-heavy article with a long list must not cost markers x references.
    std::stable_sort(article_.references.begin(), article_.references.end(),
                     [](const Reference& a, const Reference& b) { return a.number < b.number; });
    int expected = 1;
    for (const auto& [number, line] : seen) {
      if (number > expected)
        diag(
            "reference-gap", line,
            "references " + std::to_string(expected) + "-" + std::to_string(number - 1) + " are missing from the list");
      expected = number + 1;
    }
    for (auto& b : article_.blocks) bind(b);
    backListsByLeadIn(article_.blocks);

    std::map<int, std::pair<std::uint32_t, int>> dangling;  // ref -> (first line, count)
    std::map<int, bool> cited;
    for (const auto& b : article_.blocks)
      for (const auto& m : b.markers) {
        if (seen.count(m.ref))
          cited[m.ref] = true;
        else {
          auto& d = dangling.emplace(m.ref, std::make_pair(b.line, 0)).first->second;
          ++d.second;
        }
      }
    for (const auto& [ref, where] : dangling)
      diag("dangling-marker", where.first,
           "marker [" + std::to_string(ref) + "] has no reference " + std::to_string(ref) +
               (where.second > 1 ? " (" + std::to_string(where.second) + " times)" : std::string()),
           Severity::kWarning);
    if (article_.references.empty() && !dangling.empty())
      diag("no-references", 1, "the article cites references but has no References section");
    for (const auto& r : article_.references)
      if (!cited.count(r.number))
        diag("unused-reference", r.line, "reference " + std::to_string(r.number) + " is never cited in the text");
  }

  std::string_view text_;
  Article article_;
  std::vector<Line> lines_;
  SectionRole role_ = SectionRole::kContent;
  std::string paragraph_;
  bool quotation_ = false;  // paragraph_ is a block quotation opened with "\u201c" (closed at its flush)
  std::size_t paragraphLine_ = 0, paragraphBegin_ = 0, paragraphEnd_ = 0;
  bool table_ = false;
  std::optional<CodeFence> fence_;                          // a fenced code block is open
  std::size_t lineIndex_ = 0;                               // the line being read
  std::size_t unclosedBackticks_ = 0, unclosedTildes_ = 0;  // shortest fence found never closed, else 0
  bool blankBefore_ = false;                                // the line before was blank
  bool itemOpen_ = false;                                   // the line before was a list item
  int tabberDepth_ = 0;                                     // inside how many <tabber>...</tabber>
  bool tabTitleNext_ = false;                               // the next line may be a tab's title ("AWS=")
  std::size_t listContent_ = 0;      // the column where the open list item's content starts, else 0
  int unspacedOrdinal_ = 0;          // the number of the last unspaced item ("3.search"), 0 after a spaced one
  std::size_t unspacedSection_ = 0;  // how many sections there were when it was read
  bool inEntry_ = false;             // the line before was part of a reference entry
  bool numberedInSection_ = false;   // this reference section has a numbered entry
  int tableCount_ = 0;
  std::vector<int> openSections_;  // indices of sections whose level rises from the bottom up
};

}  // namespace

std::string format(const Diagnostic& d) {
  std::string where = d.file;
  if (d.line > 0) where += ":" + std::to_string(d.line);
  return where + ": " + (d.severity == Severity::kError ? "error" : "warning") + ": " + d.message + " [" + d.code + "]";
}

const Reference* Article::findReference(int number) const {
  // The readers keep `references` sorted by number; a wikitext footnote that bundles several works
  // gives each a reference under its one number, the first being the one this returns.
  auto it = std::lower_bound(references.begin(), references.end(), number,
                             [](const Reference& r, int n) { return r.number < n; });
  return it != references.end() && it->number == number ? &*it : nullptr;
}

Article readArticle(std::string_view utf8, const std::string& path) { return Reader(utf8, path).run(); }

void bindCitations(Block& block) { Reader::bind(block); }

// "…the following issues:[18][19]" and then a list, or "…models:[1]" and then a table: items
// and rows without markers of their own are backed by the lead-in's markers. A lead-in ends
// with ':' (or is markers alone, or is a cited label line, Subjects.h labelLine: "**Model-2** (May 2024)[1]") and
// cites; it backs one list, or one table right after it. Labels without markers of their own
// under a lead-in ("Deployment:[12]", "**Prefill**", a list, "**Decoding**", a list) head parts of
// what it introduces: the lists after them are backed too.
void backListsByLeadIn(std::vector<Block>& blocks) {
  std::vector<int> leadIn;             // the markers of the lead-in above, empty when there is none
  int leadInSection = -1, table = -1;  // the table the lead-in introduces, once seen
  bool listed = false;                 // a list item followed the lead-in
  bool colon = false;                  // the lead-in ends in ':' (a label's sub-labels are its siblings)
  for (auto& b : blocks) {
    const bool row = b.kind == BlockKind::kTableRow || b.kind == BlockKind::kTableHeader;
    // An item with markers of its own keeps them and does not end the list ("- 40 kites[1]"),
    // unless it is a lead-in itself ("- Costs:[2]", markers alone).
    const std::string_view own = trim(b.text);
    const bool item =
        b.kind == BlockKind::kListItem && table < 0 && (b.markers.empty() || (!own.empty() && own.back() != ':'));
    if (!leadIn.empty() && b.section == leadInSection && (row ? (table < 0 ? !listed : b.table == table) : item)) {
      (row ? table = b.table : listed = true);
      if (b.markers.empty())
        for (auto& s : b.sentences) s.refs = leadIn;
      continue;
    }
    if (!leadIn.empty() && colon && b.section == leadInSection && table < 0 && b.kind == BlockKind::kParagraph &&
        b.markers.empty() && labelLine(b.text)) {
      listed = false;  // a sub-label: the list under it is the lead-in's too
      continue;
    }
    leadIn.clear();
    leadInSection = b.section;
    table = -1;
    listed = false;
    if ((b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem) || b.markers.empty()) continue;
    std::string_view text = trim(b.text);
    if (text.empty())
      for (const auto& m : b.markers) leadIn.push_back(m.ref);
    else if ((text.back() == ':' || (b.kind == BlockKind::kParagraph && labelLine(text))) && !b.sentences.empty() &&
             b.sentences.back().ownMarkers)
      leadIn = b.sentences.back().refs;
    colon = !leadIn.empty() && !text.empty() && text.back() == ':';  // markers alone have no text
  }
}

Article readArticleFile(const std::filesystem::path& path) {
  std::string bytes = graph::readFile(path);
  std::vector<Diagnostic> diagnostics;
  std::string text = decodeText(bytes, path.string(), diagnostics);
  Article article = readArticle(text, path.string());
  article.diagnostics.insert(article.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
  return article;
}

}  // namespace cg::ingest
