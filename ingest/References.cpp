#include "ingest/References.h"

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
bool findQuoted(std::string_view s, std::size_t& open, std::size_t& openLen, std::size_t& close, std::size_t& closeLen) {
  static constexpr std::string_view kOpen[] = {"\"", "\u201C"};
  static constexpr std::string_view kClose[] = {"\"", "\u201D"};
  open = std::string_view::npos;
  for (auto q : kOpen) {
    std::size_t p = s.find(q);
    if (p < open) { open = p; openLen = q.size(); }
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

}  // namespace

std::optional<Reference> parseReference(std::string_view line, std::uint32_t lineNumber) {
  static const RE2 kNumber("^\\s*(\\d{1,6})[.)]\\s+");
  // Back-links of the content form: "↑", "[↑](#cite_ref-...)", "[1.0](#cite_ref-...)", "^".
  static const RE2 kBacklink("^\\s*(?:\u2191|\\^|\\[[^\\]]*\\]\\(#cite_ref[^)\\s]*\\))\\s*");
  static const RE2 kMarkdownUrl("\\[[^\\]]*\\]\\((https?://[^)\\s]+)\\)");
  static const RE2 kBareUrl("(https?://\\S+)");
  static const RE2 kAccessed("(?i)\\b(?:accessed|retrieved)(?: on)?\\s+([^.;()]{3,40})");

  re2::StringPiece input(line.data(), line.size());
  std::string number;
  if (!RE2::Consume(&input, kNumber, &number)) return std::nullopt;
  Reference ref;
  ref.line = lineNumber;
  ref.raw = std::string(trim(line));
  ref.number = std::stoi(number);
  while (RE2::Consume(&input, kBacklink)) {
  }
  std::string rest = decodeEntities(std::string_view(input.data(), input.size()));

  // The URL: the last markdown link to http(s), else the last bare URL.
  re2::StringPiece scan(rest), m[2];
  std::size_t urlBegin = std::string::npos, urlEnd = 0;
  while (kMarkdownUrl.Match(scan, 0, scan.size(), RE2::UNANCHORED, m, 2)) {
    ref.url = std::string(m[1].data(), m[1].size());
    urlBegin = static_cast<std::size_t>(m[0].data() - rest.data());
    urlEnd = urlBegin + m[0].size();
    scan.remove_prefix(static_cast<std::size_t>(m[0].data() + m[0].size() - scan.data()));
  }
  if (ref.url.empty()) {
    scan = rest;
    while (kBareUrl.Match(scan, 0, scan.size(), RE2::UNANCHORED, m, 2)) {
      ref.url = std::string(trimPunct(std::string_view(m[1].data(), m[1].size()), ".,;)>"));
      urlBegin = static_cast<std::size_t>(m[0].data() - rest.data());
      urlEnd = urlBegin + m[0].size();
      scan.remove_prefix(static_cast<std::size_t>(m[0].data() + m[0].size() - scan.data()));
    }
  }
  std::string body = urlBegin == std::string::npos ? rest : rest.substr(0, urlBegin) + rest.substr(urlEnd);

  std::size_t open, openLen = 1, close, closeLen = 1;
  std::string after;
  if (findQuoted(body, open, openLen, close, closeLen)) {
    ref.publisher = std::string(trimPunct(std::string_view(body).substr(0, open), ",-\u2013\u2014:"));
    std::string_view title = trim(std::string_view(body).substr(open + openLen, close - open - openLen));
    if (!title.empty() && (title.back() == ',' || title.back() == '.')) title.remove_suffix(1);
    ref.title = std::string(trim(title));
    after = body.substr(close + closeLen);
  } else {
    // No quoted title: "Publisher - Title (Date)" or "Publisher, Title, Date".
    std::string_view b = trim(body);
    std::size_t dash = b.find(" - ");
    std::size_t comma = b.find(", ");
    std::size_t cut = std::min(dash, comma);
    if (cut == std::string_view::npos) {
      ref.publisher = std::string(trimPunct(b, ".,"));
    } else {
      ref.publisher = std::string(trimPunct(b.substr(0, cut), ".,"));
      after = std::string(b.substr(cut + (cut == dash ? 3 : 2)));
      DateMatch d = findDate(after);
      std::string_view titlePart = d.iso.empty() ? std::string_view(after) : std::string_view(after).substr(0, d.begin);
      ref.title = std::string(trimPunct(titlePart, ".,(-"));
    }
  }
  re2::StringPiece accessedText;
  if (RE2::PartialMatch(after, kAccessed, &accessedText)) {
    ref.accessed = normalizeDate(std::string_view(accessedText.data(), accessedText.size()));
    std::size_t at = static_cast<std::size_t>(accessedText.data() - after.data());
    after = after.substr(0, at);  // what came before "accessed" may still hold the publication date
  }
  ref.date = normalizeDate(after);
  // Entries without a quoted title ("Publisher. Title. Date.") keep the date elsewhere.
  if (ref.date.empty() && ref.accessed.empty()) ref.date = normalizeDate(body);
  return ref;
}

}  // namespace cg::ingest
