#include "ingest/References.h"

#include <charconv>

#include <re2/re2.h>

#include "ingest/Dates.h"
#include "ingest/Text.h"

namespace cg::ingest {
namespace {

std::string_view trimPunct(std::string_view s, std::string_view chars) {
  s = trim(s);
  while (!s.empty() && chars.find(s.front()) != std::string_view::npos) s = trim(s.substr(1));
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s = trim(s.substr(0, s.size() - 1));
  return s;
}

// Positions of the opening and closing double quote (straight or curly) around a title.
bool findQuoted(std::string_view s, std::size_t& open, std::size_t& openLen, std::size_t& close,
                std::size_t& closeLen) {
  static constexpr std::string_view kOpen[] = {"\"", "\u201C"};
  static constexpr std::string_view kClose[] = {"\"", "\u201D"};
  open = std::string_view::npos;
  for (auto q : kOpen) {
    std::size_t p = s.find(q);
    if (p < open) {
      open = p;
      openLen = q.size();
    }
  }
  if (open == std::string_view::npos) return false;
  close = std::string_view::npos;
  for (auto q : kClose) {
    std::size_t p = s.rfind(q);
    if (p != std::string_view::npos && p > open && (close == std::string_view::npos || p > close)) {
      close = p;
      closeLen = q.size();
    }
  }
  return close != std::string_view::npos;
}

std::size_t wordCount(std::string_view s) {
  std::size_t n = 0;
  bool inWord = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !inWord) ++n;
    inWord = !space;
  }
  return n;
}

// "https://www.reuters.com/..." -> "reuters.com"
std::string hostOf(std::string_view url) {
  std::size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string host(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// The other citation styles of real articles: a linked title ("["Title"](url). Publisher.
// 2025."), and notes that are a sentence rather than a citation ("Claude 4 models were
// released in May 2025. URL: ..."), whose publisher is best given by the URL's host.
void tidy(Reference& ref, std::string_view after) {
  auto strip = [](std::string& s) {
    std::string_view t = trim(s);
    for (std::string_view junk : {"URL:", "URL", "["})
      if (t.size() >= junk.size() && t.substr(t.size() - junk.size()) == junk)
        t = trim(t.substr(0, t.size() - junk.size()));
    while (!t.empty() && (t.front() == '[' || t.front() == '*')) t = trim(t.substr(1));
    while (!t.empty() && (t.back() == '*' || t.back() == ',' || t.back() == '.' || t.back() == ']'))
      t = trim(t.substr(0, t.size() - 1));
    s = std::string(t);
  };
  strip(ref.publisher);
  strip(ref.title);
  if (ref.publisher.empty() && !ref.title.empty()) {
    // '["Title"](url). Figure AI. 2025.': the first short segment after the title.
    std::string_view rest = trimPunct(after, ".,;)( ");
    std::size_t dot = rest.find(". ");
    std::string_view first = trim(rest.substr(0, dot));
    if (!first.empty() && wordCount(first) <= 6 && normalizeDate(first).empty()) ref.publisher = std::string(first);
  }
  // "Baidu hires former Microsoft exec Qi Lu as its new COO - TechCrunch": title first.
  if (wordCount(ref.publisher) > 6 && !ref.title.empty() && wordCount(ref.title) <= 3)
    std::swap(ref.publisher, ref.title);
  if (ref.title.empty() && wordCount(ref.publisher) > 6) {
    ref.title = ref.publisher;
    ref.publisher.clear();
  }
  if (ref.publisher.empty() && !ref.url.empty()) ref.publisher = hostOf(ref.url);
}

// The URL of a reference's text (the last markdown link to http(s), else the last bare URL)
// into ref.url; returns the text without it.
std::string takeUrl(const std::string& rest, Reference& ref) {
  static const RE2& kMarkdownUrl = pattern("\\[[^\\]]*\\]\\((https?://[^)\\s]+)\\)", "markdown URL");
  static const RE2& kBareUrl = pattern("(https?://\\S+)", "bare URL");
  re2::StringPiece scan(rest), m[2];
  std::size_t urlBegin = std::string::npos, urlEnd = 0;
  auto lastMatch = [&](const RE2& re, bool bare) {
    scan = rest;
    while (re.Match(scan, 0, scan.size(), RE2::UNANCHORED, m, 2)) {
      std::string_view url(m[1].data(), m[1].size());
      ref.url = std::string(bare ? trimPunct(url, ".,;)>") : url);
      urlBegin = static_cast<std::size_t>(m[0].data() - rest.data());
      urlEnd = urlBegin + m[0].size();
      scan.remove_prefix(static_cast<std::size_t>(m[0].data() + m[0].size() - scan.data()));
    }
  };
  lastMatch(kMarkdownUrl, false);
  if (ref.url.empty()) lastMatch(kBareUrl, true);
  std::string body = urlBegin == std::string::npos ? rest : rest.substr(0, urlBegin) + rest.substr(urlEnd);
  // Other links keep only their text ('["Title"](url)' -> '"Title"').
  static const RE2& kAnyLink = pattern("\\[([^\\]]*)\\]\\([^)\\s]*\\)", "link");
  RE2::GlobalReplace(&body, kAnyLink, "\\1");
  return body;
}

// "Author (2019). Title. Publisher." (an academic style): author as publisher, year as date.
bool readAuthorYear(const std::string& body, Reference& ref) {
  static const RE2& kAuthorYear =
      pattern("^\\s*([^()\"\u201C]{2,80}?)\\s*\\(((?:18|19|20)\\d\\d[^)]{0,20})\\)[.,]?\\s+([^\"\u201C]+?)\\.\\s+(.*)$",
              "author-year reference");
  if (body.find('"') != std::string::npos || body.find("\u201C") != std::string::npos) return false;
  std::string author, year, title, restAfter;
  if (!RE2::FullMatch(body, kAuthorYear, &author, &year, &title, &restAfter)) return false;
  ref.publisher = std::string(trim(author));
  ref.title = std::string(trim(title));
  ref.date = normalizeDate(year);
  tidy(ref, restAfter);
  return true;
}

// Publisher and title: 'Publisher, "Title," ...' or, with no quoted title, "Publisher -
// Title (Date)" or "Publisher, Title, Date". Returns what follows the title.
std::string readPublisherAndTitle(const std::string& body, Reference& ref) {
  std::size_t open, openLen = 1, close, closeLen = 1;
  if (findQuoted(body, open, openLen, close, closeLen)) {
    ref.publisher = std::string(trimPunct(std::string_view(body).substr(0, open), ",-\u2013\u2014:"));
    std::string_view title = trim(std::string_view(body).substr(open + openLen, close - open - openLen));
    if (!title.empty() && (title.back() == ',' || title.back() == '.')) title.remove_suffix(1);
    ref.title = std::string(trim(title));
    return body.substr(close + closeLen);
  }
  std::string_view b = trim(body);
  std::size_t dash = b.find(" - ");
  std::size_t comma = b.find(", ");
  std::size_t cut = std::min(dash, comma);
  if (cut == std::string_view::npos) {
    ref.publisher = std::string(trimPunct(b, ".,"));
    return {};
  }
  ref.publisher = std::string(trimPunct(b.substr(0, cut), ".,"));
  std::string after(b.substr(cut + (cut == dash ? 3 : 2)));
  DateMatch d = findDate(after);
  std::string_view titlePart = d.iso.empty() ? std::string_view(after) : std::string_view(after).substr(0, d.begin);
  ref.title = std::string(trimPunct(titlePart, ".,(-"));
  return after;
}

// The publication and access dates from what follows the title (or the whole body).
void readDates(const std::string& body, std::string after, Reference& ref) {
  static const RE2& kAccessed = pattern("(?i)\\b(?:accessed|retrieved)(?: on)?\\s+([^.;()]{3,40})", "access date");
  re2::StringPiece accessedText;
  if (RE2::PartialMatch(after, kAccessed, &accessedText)) {
    ref.accessed = normalizeDate(std::string_view(accessedText.data(), accessedText.size()));
    std::size_t at = static_cast<std::size_t>(accessedText.data() - after.data());
    after = after.substr(0, at);  // what came before "accessed" may still hold the publication date
  }
  ref.date = normalizeDate(after);
  // Entries without a quoted title ("Publisher. Title. Date.") keep the date elsewhere.
  if (ref.date.empty() && ref.accessed.empty()) ref.date = normalizeDate(body);
  tidy(ref, after);
}

}  // namespace

std::optional<Reference> parseReference(std::string_view line, std::uint32_t lineNumber) {
  static const RE2& kNumber = pattern("^\\s*(\\d{1,6})[.)]\\s+", "reference number");
  // Back-links of the content form: "↑", "[↑](#cite_ref-...)", "[1.0](#cite_ref-...)", "^".
  static const RE2& kBacklink = pattern("^\\s*(?:\u2191|\\^|\\[[^\\]]*\\]\\(#cite_ref[^)\\s]*\\))\\s*", "back-link");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece number;
  if (!RE2::Consume(&input, kNumber, &number)) return std::nullopt;
  Reference ref;
  ref.line = lineNumber;
  ref.raw = std::string(trim(line));
  // At most six digits, as the pattern says: the conversion cannot fail.
  std::from_chars(number.data(), number.data() + number.size(), ref.number);
  while (RE2::Consume(&input, kBacklink)) {
  }
  std::string body = takeUrl(decodeEntities(std::string_view(input.data(), input.size())), ref);
  if (readAuthorYear(body, ref)) return ref;
  std::string after = readPublisherAndTitle(body, ref);
  readDates(body, std::move(after), ref);
  return ref;
}

}  // namespace cg::ingest
