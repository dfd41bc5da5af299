#include "ingest/References.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include <re2/re2.h>

#include "graph/AsciiRun.h"
#include "graph/Fold.h"
#include "ingest/Dates.h"
#include "ingest/Lexicon.h"
#include "ingest/Text.h"
#include "ingest/TextSearch.h"

namespace cg::ingest {
namespace {

// A name slot (publisher, work) holds a few words; a longer run is a title or a note.
constexpr std::size_t kMaxNameWords = 8;

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The length of the mark of `marks` that `s` starts (or ends) with, 0 if none. Marks are
// whole characters: an ASCII byte, or the UTF-8 of a dash, never a byte of one ("↑" and "–"
// share their first byte, and a byte-wise trim once cut the arrow in half).
std::size_t markAt(std::string_view s, std::string_view marks, bool atEnd) {
  if (s.empty()) return 0;
  const unsigned char edge = static_cast<unsigned char>(atEnd ? s.back() : s.front());
  if (edge < 0x80) return marks.find(static_cast<char>(edge)) != std::string_view::npos ? 1 : 0;
  for (std::string_view dash : {"\u2013", "\u2014"}) {
    bool there = atEnd ? endsWith(s, dash) : s.substr(0, dash.size()) == dash;
    if (there && marks.find(dash) != std::string_view::npos) return dash.size();
  }
  return 0;
}

std::string_view trimPunct(std::string_view s, std::string_view marks) {
  s = trim(s);
  while (std::size_t n = markAt(s, marks, false)) s = trim(s.substr(n));
  while (std::size_t n = markAt(s, marks, true)) s = trim(s.substr(0, s.size() - n));
  return s;
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
  // A closing quote right after the title's own comma or full stop ("Title," Date.) ends it, even
  // when quotes inside the title or a URL after it would make another quote the last one.
  for (auto q : kClose)
    for (std::size_t p = s.find(q, open + openLen); p != std::string_view::npos; p = s.find(q, p + q.size()))
      if ((s[p - 1] == ',' || s[p - 1] == '.') && (close == std::string_view::npos || p < close)) {
        close = p;
        closeLen = q.size();
        break;
      }
  if (close != std::string_view::npos) return true;
  for (auto q : kClose) {
    std::size_t p = s.rfind(q);
    if (p != std::string_view::npos && p > open && (close == std::string_view::npos || p > close)) {
      close = p;
      closeLen = q.size();
    }
  }
  return close != std::string_view::npos;
}

// "https://developer.nvidia.com/blog/..." -> "nvidia.com"; "https://www.bbc.co.uk/x" -> "bbc.co.uk".
// The last resort for a publisher: an entry that names no publisher nor work.
std::string registrableDomain(std::string_view url) {
  std::size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  std::size_t end = url.find_first_of("/?#:", start);
  std::string_view host = url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  std::size_t last = host.rfind('.');
  if (last == std::string_view::npos || last == 0) return std::string(host);
  std::size_t second = host.rfind('.', last - 1);
  if (second == std::string_view::npos) return std::string(host);
  // A two-letter country code under a short second level ("co.uk", "com.cn") takes one label more.
  if (host.size() - last - 1 == 2 && last - second - 1 <= 3) {
    std::size_t third = host.rfind('.', second - 1);
    if (third == std::string_view::npos || second == 0) return std::string(host);
    return std::string(host.substr(third + 1));
  }
  return std::string(host.substr(second + 1));
}

// A URL's host in small letters, without "www.": "https://www.TechCrunch.com/x" -> "techcrunch.com".
std::string siteHost(std::string_view url) {
  std::size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  std::string host = lowerAscii(url.substr(start, url.find_first_of("/?#:", start) - start));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// The name the snapshot's reference lists give a URL's site (data/site_names.tsv): its host's
// ("aws.amazon.com" -> "AWS"), or with `domainToo` also a parent domain's ("docs.nvidia.com" ->
// "NVIDIA"); empty when they name it nowhere.
std::string knownSiteName(std::string_view url, bool domainToo) {
  const std::string host = siteHost(url);
  const auto& names = lexicon().siteNames;
  for (std::string_view h = host; !h.empty(); h = h.substr(std::min(h.find('.') + 1, h.size()))) {
    if (auto it = names.find(h); it != names.end()) return it->second;
    if (!domainToo || h.find('.') == std::string_view::npos) break;
  }
  return {};
}

// The folded letters and digits of a name, which a site writes without spaces or marks in its
// host: "Fox News" -> "foxnews", "xAI" -> "xai", "Character.AI" -> "characterai".
std::string compactName(std::string_view s) {
  std::string out;
  for (char c : s)
    if (graph::isLetterAscii(c) || (c >= '0' && c <= '9')) out += graph::lowerAscii(c);
  return out;
}

// What a site's own name compacts to, from its registrable domain: "foxnews.com" -> "foxnews";
// a short name under ".ai" or ".io" keeps it ("x.ai" -> "xai"); "" for a name of one or two
// letters, which too many words would match.
std::string siteKey(std::string_view domain) {
  std::size_t last = domain.rfind('.');
  if (last == std::string_view::npos || last == 0) return {};
  std::string_view tld = domain.substr(last + 1), rest = domain.substr(0, last);
  std::string_view name = rest.substr(rest.rfind('.') + 1);  // "docs.x.ai" -> "x"
  for (std::string_view second : {"co", "com", "org", "net", "ac", "gov", "edu"})
    if (name == second && rest.size() > name.size()) {  // "bbc.co.uk" -> "bbc"
      rest.remove_suffix(name.size() + 1);
      name = rest.substr(rest.rfind('.') + 1);
      tld = {};
    }
  std::string label = compactName(name);
  if (label.size() <= 10 && (tld == "ai" || tld == "io")) label += tld;
  return label.size() >= 3 ? label : std::string();
}

// Whether `name` is the site `url` is on: its letters are the host's ("Anthropic" for anthropic.com,
// "Groq Newsroom" for groq.com) or those of the name data/site_names.tsv gives it ("AWS" for
// aws.amazon.com). A person's or another outlet's name is not.
bool namesUrlSite(std::string_view name, std::string_view url) {
  const std::string letters = compactName(name);
  if (letters.size() < 2) return false;
  const std::string key = siteKey(registrableDomain(url)), known = compactName(knownSiteName(url, true));
  return (!key.empty() && letters.rfind(key, 0) == 0) || (!known.empty() && letters.rfind(known, 0) == 0);
}

// The name data/site_names.tsv gives the site of `url` when `creator` (an author, an organisation)
// is not that site: a work its author put on another's site (an author's article on Forbes, a
// paper on arXiv) was published by that site. Empty when the site is unknown or the creator's own.
std::string otherSiteName(std::string_view creator, std::string_view url) {
  if (url.empty() || namesUrlSite(creator, url)) return {};
  return knownSiteName(url, true);
}

bool startsUpper(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w.size() > 1 && w[1] >= 'A' && w[1] <= 'Z'));
}

// The run of one to four capitalised words of `text` whose compact form is `key` ("Fox News"
// for "foxnews"), or one word that writes the whole `site` ("Manufacturing.net"), as the text
// writes it; empty when there is none.
std::string nameForKey(std::string_view text, std::string_view key, std::string_view site = {}) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    words.push_back(trimPunct(text.substr(start, end - start), "\"'()[]*,.;:!?"));
    start = end + 1;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string joined;
    for (std::size_t j = i; j < words.size() && j < i + 4 && startsUpper(words[j]); ++j) {
      joined += compactName(words[j]);
      // "Intelligence Explosion FAQ" at intelligence.org: a common word that opens a longer name.
      bool partOfName = j == i && j + 1 < words.size() && startsUpper(words[j + 1]) && lexicon().isEnglishWord(joined);
      if ((joined == key && !partOfName) || (j == i && joined == compactName(site)))
        return std::string(text.substr(static_cast<std::size_t>(words[i].data() - text.data()),
                                       static_cast<std::size_t>(words[j].data() + words[j].size() - words[i].data())));
      if (joined.size() >= key.size() || key.substr(0, joined.size()) != joined) break;
    }
  }
  return {};
}

// "theregister" -> "The Register", "the-decoder" -> "The Decoder": a site named "the" and one
// English word, which no text of the article need write.
std::string theSiteName(std::string_view domain) {
  std::string label(domain.substr(0, domain.find('.')));
  label.erase(std::remove(label.begin(), label.end(), '-'), label.end());
  if (label.size() < 6 || label.rfind("the", 0) != 0 || !lexicon().isEnglishWord(label.substr(3))) return {};
  std::string word = label.substr(3);
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return "The " + word;
}

// The back-links that open an entry of the content form (its entities decoded), none of which
// is part of the citation: "↑", "^", "[↑](#cite_ref-…)", "[1.0](#cite_ref-…)", the label
// "[1](#cite_note-1)" and a repeated "[1]".
void skipBacklinks(re2::StringPiece& input) {
  static const RE2& kBacklink =
      pattern("^\\s*(?:\u2191|\\^|\\[[^\\]]*\\]\\(#cite_(?:ref|note)[^)\\s]*\\)|\\[\\d+\\](?:\\s|$))\\s*", "back-link");
  while (RE2::Consume(&input, kBacklink)) {
  }
}

}  // namespace

namespace {

// The pattern findMarkdownLink follows; it reads a link that holds a character beyond ASCII.
const RE2& markdownLinkPattern() {
  static const RE2& kMarkdownUrl =
      pattern("\\[([^\\]]*)\\]\\((https?://(?:[^()\\s]|\\([^()\\s]*\\))+)\\)", "kMarkdownUrl");
  return kMarkdownUrl;
}

enum class LinkReading { kNone, kLink, kAskPattern };

// The link that opens at `open` (a '['), read as the pattern reads it: its text to the first ']', "](",
// "http", 's' perhaps, "://", then the URL's characters (none of "()" and RE2's \s) and bracketed runs of
// them, as many as stand there, and ')'. Each step has one reading (a URL character is never ')', so
// fewer of them never leaves a ')' next): no match here is no match at `open`. A byte beyond ASCII is
// left to the pattern, whose classes read UTF-8 characters.
LinkReading readLinkAt(std::string_view s, std::size_t open, MarkdownLink& link) {
  const auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
  const auto urlByte = [](char c) { return c != '(' && c != ')' && !isRe2Space(c); };
  const std::size_t close = s.find(']', open + 1);
  if (close == std::string_view::npos) return LinkReading::kNone;
  if (!std::all_of(s.begin() + static_cast<std::ptrdiff_t>(open) + 1, s.begin() + static_cast<std::ptrdiff_t>(close),
                   ascii))
    return LinkReading::kAskPattern;
  const std::size_t urlBegin = close + 2;
  std::size_t p = close + 1;
  if (s.substr(p, 5) != "(http") return LinkReading::kNone;
  p += 5;
  if (p < s.size() && s[p] == 's') ++p;
  if (s.substr(p, 3) != "://") return LinkReading::kNone;
  p += 3;
  const std::size_t hostBegin = p;
  while (p < s.size()) {
    if (!ascii(s[p])) return LinkReading::kAskPattern;
    if (urlByte(s[p])) {
      ++p;
      continue;
    }
    if (s[p] != '(') break;
    std::size_t q = p + 1;
    while (q < s.size() && ascii(s[q]) && urlByte(s[q])) ++q;
    if (q < s.size() && !ascii(s[q])) return LinkReading::kAskPattern;
    if (q == s.size() || s[q] != ')') break;
    p = q + 1;
  }
  if (p == hostBegin || p == s.size() || s[p] != ')') return LinkReading::kNone;
  link = {open, p + 1, s.substr(open + 1, close - open - 1), s.substr(urlBegin, p - urlBegin)};
  return LinkReading::kLink;
}

}  // namespace

std::optional<MarkdownLink> findMarkdownLink(std::string_view text) {
  for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
    MarkdownLink link;
    const LinkReading reading = readLinkAt(text, open, link);
    if (reading == LinkReading::kLink) return link;
    if (reading == LinkReading::kNone) continue;
    const re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m[3];
    if (!markdownLinkPattern().Match(input, open, input.size(), RE2::ANCHOR_START, m, 3)) continue;
    const auto at = [&](const re2::StringPiece& piece) { return static_cast<std::size_t>(piece.data() - text.data()); };
    return MarkdownLink{open, at(m[0]) + m[0].size(), std::string_view(m[1].data(), m[1].size()),
                        std::string_view(m[2].data(), m[2].size())};
  }
  return std::nullopt;
}

bool mayBeLabelLink(std::string_view text) {
  // The label holds no ':', so the label's colon is the text's first.
  std::size_t p = text.find(':');
  if (p == std::string_view::npos) return false;
  for (++p; p < text.size() && isRe2Space(text[p]);) ++p;
  if (p == text.size() || text[p] != '[') return false;
  // "(url)", then blanks, a full stop perhaps, blanks.
  std::size_t end = text.size();
  while (end > 0 && isRe2Space(text[end - 1])) --end;
  if (end > 0 && text[end - 1] == '.')
    for (--end; end > 0 && isRe2Space(text[end - 1]);) --end;
  return end > 0 && text[end - 1] == ')';
}

bool mayBeAuthorYear(std::string_view text) {
  // Neither the author slot nor the year's bracket holds a bracket: the year's '(' is the text's first,
  // after two characters or more and no ')', and its ')' the next bracket.
  const std::size_t open = text.find('(');
  if (open == std::string_view::npos || open < 2 || text.substr(0, open).find(')') != std::string_view::npos)
    return false;
  const std::size_t close = text.find_first_of("()", open + 1);
  if (close == std::string_view::npos || text[close] != ')') return false;
  std::size_t run = 0;  // digits in a row
  for (std::size_t i = open + 1; i < close && run < 4; ++i) run = text[i] >= '0' && text[i] <= '9' ? run + 1 : 0;
  return run == 4;
}

std::optional<std::size_t> accessWordAt(std::string_view text) {
  static const RE2& kAccess = pattern("(?i)(\\(?\\b(?:retrieved|accessed|archived)\\b)", "kAccess");
  if (text.find("\u017F") != std::string_view::npos) {  // 'ſ', which (?i) reads as 's': the pattern reads it
    re2::StringPiece m;
    if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kAccess, &m)) return std::nullopt;
    return static_cast<std::size_t>(m.data() - text.data());
  }
  // RE2's \b: the edge of a run of ASCII letters, digits and '_'.
  const auto wordByte = [&](std::size_t i) {
    const char c = text[i];
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  // The first of the words that stands as a word is the leftmost match: a match opens at its word or at the
  // '(' right before it.
  std::size_t first = std::string_view::npos;
  for (const auto& [word, anchor] :
       {std::pair<std::string_view, std::size_t>{"retrieved", 5}, {"accessed", 1}, {"archived", 3}}) {
    for (std::size_t s = findCaseless(text, word, anchor); s < first; s = findCaseless(text, word, anchor, s + 1)) {
      const std::size_t end = s + word.size();
      if ((s == 0 || !wordByte(s - 1)) && (end == text.size() || !wordByte(end))) first = s;
    }
  }
  if (first == std::string_view::npos) return std::nullopt;
  return first > 0 && text[first - 1] == '(' ? first - 1 : first;
}

namespace {

// The URL of an entry (the last markdown link to http(s), else the last bare URL) into
// ref.url; returns the text without it. The link's own text stays when it is not the URL
// itself, quoted, since a linked text is the entry's title ("[Title](url) Publisher").
std::string takeUrl(const std::string& rest, Reference& ref) {
  static const RE2& kBareUrl = pattern("()(https?://\\S+)", "kBareUrl");
  re2::StringPiece scan(rest), m[3];
  std::size_t urlBegin = std::string::npos, urlEnd = 0;
  std::string linkText;
  // Each pattern holds a literal (`needs`): a rest of the entry without it is not handed to RE2, which
  // would read it through to find no match (the last search of every entry).
  // The first link of `scan` into m: a Markdown link (findMarkdownLink, one level of brackets inside its
  // URL: "…/wiki/XAI_(company)"), or a bare URL.
  auto firstLink = [&](bool bare) {
    if (bare) return kBareUrl.Match(scan, 0, scan.size(), RE2::UNANCHORED, m, 3);
    const std::optional<MarkdownLink> link = findMarkdownLink(std::string_view(scan.data(), scan.size()));
    if (!link) return false;
    m[0] = re2::StringPiece(scan.data() + link->begin, link->end - link->begin);
    m[1] = re2::StringPiece(link->text.data(), link->text.size());
    m[2] = re2::StringPiece(link->url.data(), link->url.size());
    return true;
  };
  auto lastMatch = [&](std::string_view needs, bool bare) {
    scan = rest;
    bool urlShown = false;  // a link so far whose text is its URL
    while (std::string_view(scan.data(), scan.size()).find(needs) != std::string_view::npos && firstLink(bare)) {
      std::string_view url(m[2].data(), m[2].size());
      // "URLs: [a](a) and [b](b)", "arXiv: [a](a) ; NeurIPS PDF: [b](b)": of the URLs an entry
      // shows, the first is its own; the others are copies or mirrors.
      const bool shown = std::string_view(m[1].data(), m[1].size()).rfind("http", 0) == 0;
      scan.remove_prefix(static_cast<std::size_t>(m[0].data() + m[0].size() - scan.data()));
      if (shown && urlShown) continue;
      urlShown = urlShown || shown;
      ref.url = std::string(bare ? trimPunct(url, ".,;)>") : url);
      linkText = std::string(trimPunct(std::string_view(m[1].data(), m[1].size()), "[]() "));
      urlBegin = static_cast<std::size_t>(m[0].data() - rest.data());
      urlEnd = urlBegin + m[0].size();
    }
  };
  lastMatch("](http", false);
  if (ref.url.empty()) lastMatch("http", true);
  if (linkText.rfind("http", 0) == 0 || linkText.rfind("www.", 0) == 0) linkText.clear();
  if (urlBegin == std::string::npos) return rest;
  std::string body = rest.substr(0, urlBegin) + rest.substr(urlEnd);
  // Words linked in an entry that quotes nothing else are its title: quoted, they read as one.
  bool quotes = body.find('"') != std::string::npos || body.find("\u201C") != std::string::npos;
  bool quoted = !linkText.empty() && (linkText.front() == '"' || linkText.rfind("\u201C", 0) == 0);
  if (!quotes && !quoted && linkText.find(' ') != std::string::npos) linkText = "\"" + linkText + "\"";
  body.insert(urlBegin, linkText);
  // Other links keep only their text ('["Title"](url)' -> '"Title"').
  static const RE2& kAnyLink = pattern("\\[([^\\]]*)\\]\\([^)\\s]*\\)", "kAnyLink");
  if (body.find("](") != std::string::npos) RE2::GlobalReplace(&body, kAnyLink, "\\1");  // its literal, as above
  return body;
}

// MediaWiki's "Cite error: …" appended to an entry is no part of it.
std::string dropCiteError(std::string text) {
  std::size_t at = text.find("Cite error");
  if (at != std::string::npos) text.erase(at);
  return text;
}

// "Retrieved March 2026 from", "(accessed January 2025)", "Accessed Oct. 9, 2025": an access
// date, never the publication date. It goes to ref.accessed and out of the text.
std::string takeAccessDate(std::string body, Reference& ref) {
  const std::optional<std::size_t> at = accessWordAt(body);
  if (!at) return body;
  std::size_t begin = *at;
  std::size_t end = body.size();
  if (std::size_t from = body.find(" from", begin); from != std::string::npos) end = from + 5;
  if (std::size_t paren = body.find(')', begin); paren != std::string::npos && paren < end) end = paren + 1;
  ref.accessed = normalizeDate(std::string_view(body).substr(begin, end - begin));
  body.erase(begin, end - begin);
  return body;
}

// A citation's date slot as ISO. APA writes the year first ("2025, March 6", "2025, September"),
// which is the same date as "March 6, 2025"; a year that stands alone keeps its letter ("2023a").
std::string citationDate(std::string_view slot) {
  static const LetterPattern kYearFirst("^\\s*((?:18|19|20|21)\\d\\d)[a-z]?,\\s*(\\p{L}+\\.?(?:\\s+\\d{1,2})?)\\s*$",
                                        "year-first date");
  std::vector<std::string_view> groups(2);
  if (kYearFirst.fullMatch(slot, groups)) {
    const std::string year(groups[0]), rest(groups[1]);
    std::string iso = normalizeDate(rest + ", " + year);
    if (iso.size() > 4) return iso;
  }
  return normalizeDate(slot);
}

// A date in parentheses, the date slot of "Author (2023)." and "Work (April 18, 2024)": taken
// into `date` (when it is still empty) and out of the text.
std::string takeParenDate(std::string_view text, std::string& date) {
  static const RE2& kParenDate = pattern("\\(([^()]{0,30}\\b(?:18|19|20|21)\\d\\d\\b[^()]{0,20})\\)", "kParenDate");
  if (std::size_t nd = text.find("(n.d.)"); nd != std::string_view::npos)  // APA's "no date"
    return std::string(text.substr(0, nd)) + std::string(text.substr(nd + 6));
  re2::StringPiece m[2];
  re2::StringPiece all(text.data(), text.size());
  if (!kParenDate.Match(all, 0, all.size(), RE2::UNANCHORED, m, 2)) return std::string(text);
  std::string iso = citationDate(std::string_view(m[1].data(), m[1].size()));
  if (iso.empty()) return std::string(text);
  if (date.empty()) date = iso;
  std::size_t at = static_cast<std::size_t>(m[0].data() - text.data());
  return std::string(text.substr(0, at)) + std::string(text.substr(at + m[0].size()));
}

// A slot that is a date and nothing else ("February 25, 2025", "2025", "Oct. 2024").
bool isDateSlot(std::string_view slot, std::string& iso) {
  slot = trimPunct(slot, ".,;:()");
  DateMatch d = findDate(slot);
  if (d.iso.empty() || slot.size() - (d.end - d.begin) > 3) return false;
  iso = d.iso;
  return true;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The comma of "March 10, 2025": a day before it, a year after it.
bool isDateComma(std::string_view text, std::size_t i) {
  return i > 0 && i + 6 <= text.size() && isDigit(text[i - 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
         isDigit(text[i + 4]) && isDigit(text[i + 5]);
}

// The dot of an abbreviation ("Jan. 27", "Bing vs. Bard", "Acme Inc."), which ends no slot.
bool isAbbreviationDot(std::string_view text, std::size_t i) {
  static constexpr std::string_view kAbbreviations[] = {"vs", "Inc", "Ltd", "Co", "Corp",
                                                        "Jr", "Sr",  "Dr",  "St", "Vol"};
  std::size_t start = text.find_last_of(" (", i == 0 ? 0 : i - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string_view word = text.substr(start, i - start);
  if (i == start) return false;
  // The last dot of an initialism ("U.S.", "A.I."): a capital after another dot.
  const bool initialism = i >= 2 && text[i - 1] >= 'A' && text[i - 1] <= 'Z' && text[i - 2] == '.';
  return initialism || monthNumber(word) != 0 ||
         std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
}

// A dot with no space before the next slot ("…(and What It Can't).The New York Times"): after a
// closing parenthesis, right before a capital (not "Unite.AI", "U.S." nor "Node.js").
bool isGluedDot(std::string_view text, std::size_t i) {
  if (i == 0 || i + 1 >= text.size()) return false;
  const char before = text[i - 1], after = text[i + 1];
  return before == ')' && after >= 'A' && after <= 'Z';
}

// The slots of a citation: the text cut at ". ", ";" and, when asked, ", " (not inside
// "arXiv:2302.13971", "Jan. 27" nor "March 10, 2025").
std::vector<std::string> splitSlots(std::string_view text, bool commas) {
  std::vector<std::string> slots;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size();
    bool comma = commas && !end && text[i] == ',' && !isDateComma(text, i);
    bool dot = !end && text[i] == '.' && !isAbbreviationDot(text, i);
    bool spaced = i + 1 >= text.size() || text[i + 1] == ' ';
    bool cut = !end && ((dot && (spaced || isGluedDot(text, i))) || ((text[i] == ';' || comma) && spaced));
    if (!end && !cut) continue;
    std::string_view slot = trimPunct(text.substr(start, i - start), ".,;:-\u2013\u2014 ");
    if (!slot.empty()) slots.emplace_back(slot);
    start = i + 1;
  }
  return slots;
}

bool isNameSlot(std::string_view slot) {
  return !slot.empty() && wordCount(slot) <= kMaxNameWords && slot.rfind("http", 0) != 0;
}

// "Brett Adcock", "Ada M. Chen": two or three words, each a capital and small letters or an initial.
bool isPersonName(std::string_view s) {
  std::size_t words = wordCount(s), start = 0;
  if (words < 2 || words > 3) return false;
  while (start < s.size()) {
    std::size_t end = std::min(s.find(' ', start), s.size());
    std::string_view w = s.substr(start, end - start);
    bool initial = w.size() == 2 && w[1] == '.';
    if (w.empty() || w[0] < 'A' || w[0] > 'Z' ||
        (!initial && !std::all_of(w.begin() + 1, w.end(), graph::isLowerAscii)))
      return false;
    start = end + 1;
  }
  return true;
}

// "Kyle Wiggers", not "Show Lab" nor "Fudan Generative Vision": a person's name as isPersonName
// shapes it, whose last word (the family name) is no English word, as organisations' last words are.
bool isPersonsName(std::string_view s) {
  if (!isPersonName(s)) return false;
  return !lexicon().isEnglishWord(lowerAscii(lastWord(s)));
}

// "Hugging Face", "Deeplearning4j", "U.S. Congress": every word opens with a capital or a digit.
bool isCapitalisedName(std::string_view s) {
  for (std::size_t start = 0; start < s.size();) {
    std::size_t end = std::min(s.find(' ', start), s.size());
    if (end > start && !((s[start] >= 'A' && s[start] <= 'Z') || (s[start] >= '0' && s[start] <= '9'))) return false;
    start = end + 1;
  }
  return !s.empty();
}

// "Jane Roe, John Doe, Ann Lee": two or more names of two to four words, each capitalised.
bool isFullNameList(std::string_view s) {
  std::size_t items = 0, start = 0;
  for (;;) {
    std::size_t comma = s.find(", ", start);
    std::string_view item = s.substr(start, comma == std::string_view::npos ? comma : comma - start);
    std::size_t words = wordCount(item);
    if (words < 2 || words > 4 || item.empty() || (item[0] >= 'a' && item[0] <= 'z')) return false;
    ++items;
    if (comma == std::string_view::npos) break;
    start = comma + 2;
  }
  return items >= 2;
}

// Authors as citation styles write them: "Fedewa, J", "Singhal, K., et al", "Hsiao, S and
// Collins, E", "Last, First; Last, First". Such a name is never the publisher.
bool looksLikeAuthors(std::string_view name) {
  // et al; an initial before "and"/"&"; "Last, F." (an initial after a comma); "Last, First"
  // pairs; ';' between authors; a list of two or more full names ("Jane Roe, John Doe").
  // A LetterPattern, as are kHandle and kAuthorYear below: their repeats of \p{L} (and of a class
  // a thousand times) compile for UTF-8 to about 120 M instructions each run, for Latin-1 to a few.
  static const LetterPattern kAuthors(
      "(?:\\bet al\\b|\\b\\p{Lu}\\.?,? (?:and|&) \\p{Lu}|;|^[^,]{2,40}, (?:\\p{Lu}\\.?\\s*)+$|\\p{L}, "
      "\\p{Lu}\\.(?:,|$| \\p{Lu}\\.)"
      "|^(?:\\p{Lu}[\\p{Ll}'-]+, \\p{Lu}\\p{Ll}+\\s*)+$"
      // "Lobo, MA, Ron, ML and Salvador, MO", "Thoppilan, R, de Freitas, D": initials without dots.
      "|^(?:[\\p{L}' -]+, \\p{Lu}{1,3}(?:-\\p{Lu})?(?:,| and) ){2})",
      "author names");
  std::vector<std::string_view> none;
  return kAuthors.partialMatch(name, none) || isFullNameList(name);
}

// "Title? The Verge": a title that ends in a question mark runs into the work of the last slot.
void splitQuestionTitle(std::vector<std::string>& slots) {
  std::string& last = slots.back();
  std::size_t mark = last.rfind("? ");
  if (mark == std::string::npos || !isNameSlot(last.substr(mark + 2))) return;
  std::string work = last.substr(mark + 2);
  last.resize(mark + 1);
  slots.push_back(std::move(work));
}

// Text without the parenthesised notes that open a slot ('"Title" (paper & CRFM update).',
// '"Title" (price, dimensions)'); one right after a name is part of it ("X (formerly Twitter)").
std::string dropNotes(std::string text) {
  std::size_t from = 0;
  for (std::size_t open; (open = text.find('(', from)) != std::string::npos;) {
    std::size_t close = text.find(')', open);
    if (close == std::string::npos) break;
    std::string_view before = trim(std::string_view(text).substr(0, open));
    bool opensSlot = before.empty() || std::string_view(".,;:").find(before.back()) != std::string_view::npos;
    if (opensSlot) text.erase(open, close - open + 1);
    from = opensSlot ? open : open + 1;
  }
  return text;
}

// "and", "or": the word left between two URLs ("[a](a) and [b](b)"), no name of a site ("npm" is one).
bool isConnective(std::string_view name) { return name == "and" || name == "or"; }

// What follows a quoted title: the work (newspaper, website, journal) and the date slot; a note
// in parentheses is neither.
void readAfterTitle(std::string_view after, Reference& ref) {
  for (const std::string& slot : splitSlots(dropNotes(takeParenDate(after, ref.date)), true)) {
    std::string iso;
    // "arXiv: https://arxiv.org/abs/…": a label before a URL names the work; the URL is no name, nor
    // is a label of the link's kind ("URL:", "PDF URL:", "URLs: [a](a) and").
    std::string_view name = trimPunct(std::string_view(slot).substr(0, slot.find("http")), ".,;: ");
    if (isDateSlot(slot, iso)) {
      if (ref.date.empty()) ref.date = iso;
    } else if (ref.work.empty() && isNameSlot(name) && name.find("URL") == std::string_view::npos &&
               !isConnective(name) &&
               name.find_first_of("[]") == std::string_view::npos) {  // not the rest of a link ("[[9]](url)")
      ref.work = std::string(name);
      // "ICLR 2024", "Proc. NeurIPS 2023": a venue named with its year, the year the paper came out in.
      if (ref.date.empty() && name.size() > 5 && name[name.size() - 5] == ' ' &&
          std::all_of(name.end() - 4, name.end(), [](char c) { return isDigit(c); }))
        if (const std::string year(name.substr(name.size() - 4)); year >= "1800" && year <= "2099") ref.date = year;
    }
  }
}

// "GitHub", "*Every*", "Sierra.ai Blog": a slot after a title that names a site; not a note with a
// date ("Effective October 17, 2025").
bool isSiteName(std::string_view work) {
  return isCapitalisedName(trimPunct(work, "*_")) && findDate(work).iso.empty();
}

// "Ayanami0730", "@karpathy", "jane_doe": a user's handle on a site, written as an entry's author.
// It names a person's account, never an outlet.
bool isUserHandle(std::string_view name) {
  static const LetterPattern kHandle("^(?:@\\S+|\\S*_\\S*|\\p{L}[\\p{L}-]*\\p{Ll}[\\p{L}-]*\\d{2,})$", "user handle");
  std::vector<std::string_view> none;
  return name.find(' ') == std::string_view::npos && kHandle.fullMatch(name, none);
}

// '[Name][.,:-—] "Title" [Work][, Date]': the name before the title is its publisher ("The
// Register, "…"", "Reuters - "…"", "European Commission. "…" *Shaping Europe's…*") unless it is
// shaped as authors are; then the work stands for the publisher (MLA: 'Smith, J. "Title." The Post').
// In the author-date styles ("Name (2025). "Title". Work.") the name is the author and the site
// after the title its publisher, as APA writes them ("Sierra Research. (2025). "…". GitHub."); APA
// leaves the site out when the author put the page out, and then the name is the publisher.
void readQuotedLayout(std::string_view prefix, std::string_view title, std::string_view after, Reference& ref) {
  std::string name = takeParenDate(trim(prefix), ref.date);
  // "Name (2025). ": the author-date slot, closed by a full stop ("Site (May 2, 2025): …" is no
  // author); a person's name glued to its date is one too ("Brett Adcock (May 20, 2022). "…". Figure AI.").
  const bool dated = name.size() != trim(prefix).size();
  const bool authorDate = dated && (endsWith(trim(prefix), ").") || isPersonName(trimPunct(name, ".,:;- ")));
  name = std::string(trimPunct(name, ".,:;-\u2013\u2014 "));
  if (name.find("://") != std::string::npos) name.clear();  // the rest of a link, not a name
  title = trim(title);
  if (!title.empty() && (title.back() == ',' || title.back() == '.')) title.remove_suffix(1);
  ref.title = std::string(trim(title));
  readAfterTitle(after, ref);
  bool author = looksLikeAuthors(name) || isUserHandle(name) || (authorDate && isSiteName(ref.work));
  // 'Kyle Wiggers (2023-06-15). "Title". [techcrunch.com/…]': the author-date slot names who wrote
  // the page; with no work named, the site it is on published it, when that site is known and not
  // the author's own ("Simon Willison (2025). …" on simonwillison.net stays his). An organisation
  // there ("Show Lab (2025). …" on GitHub) put the page out on its own account and is its publisher.
  if (authorDate && !author && ref.work.empty() && isPersonsName(name))
    if (std::string site = otherSiteName(name, ref.url); !site.empty()) name = std::move(site);
  // 'Yang, John, et al. "Title." 2024.': an entry that names no work and links nowhere was put out
  // by its authors, the only name it gives.
  if (!name.empty() && (!author || (ref.work.empty() && ref.url.empty()))) ref.publisher = std::move(name);
}

// The first italic span of `body` ("*Title*"), as [open, close) of its asterisks; false when none.
bool findItalic(std::string_view body, std::size_t& open, std::size_t& close) {
  for (open = body.find('*'); open != std::string_view::npos; open = body.find('*', open + 1)) {
    if (open + 1 < body.size() && (body[open + 1] == '*' || body[open + 1] == ' ')) continue;
    close = body.find('*', open + 1);
    if (close == std::string_view::npos) return false;
    if (close - open > 3 && body[close - 1] != ' ') return true;
    open = close;
  }
  return false;
}

// APA and the author-date styles set the title in italics where others quote it: "Burman, T.
// (2025, March 6). *Title*. Newsweek.", "OpenAI, *GPT-4 Technical Report* (2023).". An italic
// span that follows only a name (and its date) is the title and is quoted so that the quoted
// layout reads it; one after a title ("OpenAI (2016). Gym beta. *OpenAI*.") is the work, as before.
std::string quoteItalicTitle(std::string body) {
  std::size_t open = 0, close = 0;
  if (body.find('"') != std::string::npos || body.find("\u201C") != std::string::npos || !findItalic(body, open, close))
    return body;
  std::string undated;
  std::string before = takeParenDate(std::string_view(body).substr(0, open), undated);
  std::string_view name = trimPunct(before, ".,;:-\u2013\u2014 ");
  if (!name.empty() && !looksLikeAuthors(name) && splitSlots(name, false).size() > 1) return body;
  body[open] = '"';
  body[close] = '"';
  return body;
}

// "Publisher - Title - Description" (or "Title - Site" when the first part is long).
bool readDashLayout(std::string_view body, Reference& ref) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t dash = std::string_view::npos, len = 0;
    for (std::string_view sep : {" - ", " \u2013 ", " \u2014 "})
      if (std::size_t p = body.find(sep, start); p < dash) dash = p, len = sep.size();
    std::string_view part = trimPunct(body.substr(start, dash == std::string_view::npos ? dash : dash - start), ".,");
    if (!part.empty()) parts.emplace_back(part);
    if (dash == std::string_view::npos) break;
    start = dash + len;
  }
  if (parts.size() < 2) return false;
  // "Introducing Claude 4 - Anthropic", "A history of OCR - Divye Singh - Medium": a last part that
  // names the site the URL is on, when the first does not, is that site; the rest is the title.
  if (namesUrlSite(parts.back(), ref.url) && !namesUrlSite(parts[0], ref.url)) {
    ref.publisher = parts.back();
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) ref.title += (i == 0 ? "" : " - ") + parts[i];
    return true;
  }
  // "Title - Site": the site is the short part at the end ("Site - Page - Description" otherwise).
  bool titleFirst = wordCount(parts[0]) > 4 || parts[0].find(": ") != std::string::npos;
  bool siteLast = parts.size() == 2 ? titleFirst && wordCount(parts[1]) < wordCount(parts[0]) : !isNameSlot(parts[0]);
  if (siteLast && wordCount(parts.back()) <= 4) {
    ref.title = parts[0];
    ref.publisher = parts.back();
  } else if (!isNameSlot(parts[0])) {
    return false;  // a dash inside a title ("… - and it costs less, CNBC, July 14, 2025")
  } else {
    ref.publisher = parts[0];
    ref.title = parts[1];
  }
  return true;
}

// "Author (2023). Title. Work." (APA): an author is no publisher, the work stands for it, also
// when the author is a company; a company as author with no site after the title ("OpenAI.
// (2025). Title.", "IBM (2025). Title.") put the page out itself and is the publisher. "Title
// (2026). Work." has a title before the year: long or with a colon, and not closed by a dot.
void readAuthorYearLayout(std::string_view author, std::string_view year, std::string_view rest, Reference& ref) {
  ref.date = citationDate(year);
  std::string name(trimPunct(author, ".,; "));
  bool titleShaped = (wordCount(name) > 4 || name.find(": ") != std::string::npos) && !endsWith(trim(author), ".");
  if (rest.front() == ':') {  // "Tech in Asia (Sep 30, 2025): Title": a publisher and its date
    if (!looksLikeAuthors(name)) ref.publisher = name;
    ref.title = std::string(trimPunct(rest, ".,;:-\u2013\u2014 "));
    return;
  }
  // "Houser, K (2017). Title. Its second sentence. *Futurism*.": all before an italic work is title.
  std::string_view tail = trimPunct(rest, ".,; ");
  std::size_t workOpen = tail.size() > 2 && tail.back() == '*' ? tail.rfind('*', tail.size() - 2) : 0;
  if (workOpen > 0 && tail.find('*') == workOpen) {
    ref.title = std::string(trimPunct(tail.substr(0, workOpen), ".,;: "));
    ref.work = std::string(tail.substr(workOpen + 1, tail.size() - workOpen - 2));
    return;
  }
  std::vector<std::string> slots = splitSlots(rest, false);
  if (slots.size() == 1 && titleShaped && !looksLikeAuthors(name) && isNameSlot(slots[0])) {
    ref.title = name;
    ref.work = slots[0];
    return;
  }
  if (slots.size() == 1) splitQuestionTitle(slots);
  if (!slots.empty()) ref.title = slots[0];
  if (slots.size() > 1 && isNameSlot(slots[1])) ref.work = slots[1];
  if (!isSiteName(ref.work) && !looksLikeAuthors(name) && !isUserHandle(name)) ref.publisher = name;
}

// "Title. Work[. …]", or with a site first: "Deeplearning4j. Introduction to deep neural networks.",
// "Hugging Face. Inference Endpoints. Hugging Face.": a short capitalised name before a longer slot,
// or before a title and a work, is the site that put the page out (unless it is an author: "Nabeel, M. What is Hugging
// Face? Educative."). With a site after the title too ("OpenAI. Retro Games in Gym. GitHub."), the entry is written
// as APA and Citation Style 1 order one, author first and the site after the title: that site published it.
void readSiteTitleWork(std::vector<std::string> slots, Reference& ref) {
  if (slots.size() == 2) splitQuestionTitle(slots);
  const bool shortName = wordCount(slots[0]) <= 3 && isCapitalisedName(slots[0]);
  const bool siteFirst = shortName && slots.size() > 1 &&
                         (wordCount(slots[1]) >= wordCount(slots[0]) + 2 ||  // "Site. A longer title."
                          (slots.size() == 3 && wordCount(slots[2]) <= 4 && isCapitalisedName(slots[2])));
  const std::size_t t = siteFirst ? 1 : 0;
  if (siteFirst && !looksLikeAuthors(slots[0])) ref.publisher = slots[0];
  ref.title = slots[t];
  if (slots.size() > t + 1 && isNameSlot(slots[t + 1])) ref.work = slots[t + 1];
  if (t == 1 && slots.size() == 3 && isSiteName(ref.work)) ref.publisher = ref.work;
}

// The slots of an unquoted entry, dates taken out: "Title. Work[. …]"; "Title, Work" (the title
// may hold commas, the work is the last slot: short and capitalised, or it is a note's clause);
// "Site: Title"; a lone short name; else a title (a note that is a sentence).
void readTitleAndWork(const std::vector<std::string>& names, bool commas, Reference& ref) {
  std::size_t colon = names[0].find(": ");
  if (names.size() == 1 && colon != std::string::npos && wordCount(names[0].substr(0, colon)) <= 4) {
    ref.publisher = names[0].substr(0, colon);  // "IBM: What is Quantization?"
    ref.title = names[0].substr(colon + 2);
    // "FlashAttention: Fast and Memory-Efficient …" on arXiv: a head that is not the known site the
    // URL is on is the title's own first words.
    if (std::string site = otherSiteName(ref.publisher, ref.url); !site.empty()) {
      ref.publisher = std::move(site);
      ref.title = names[0];
    }
  } else if (names.size() == 1 && wordCount(names[0]) <= 4) {
    ref.publisher = names[0];  // "Reflection AI Official Website"
  } else if (commas) {
    const std::string& last = names.back();
    bool capitalised = std::any_of(last.begin(), last.end(), graph::isUpperAscii);
    bool listEnd = last.rfind("and ", 0) == 0 || last.find(" and ") != std::string::npos;  // "X, Y and Z"
    bool work = names.size() > 1 && wordCount(last) <= 5 && capitalised && !listEnd;
    for (std::size_t i = 0; i + (work ? 1 : 0) < names.size(); ++i) ref.title += (i == 0 ? "" : ", ") + names[i];
    if (work) ref.work = last;
  } else {
    readSiteTitleWork(names, ref);
  }
}

// "Title. DeepSeek-AI, May 2024.", "Title. Shirley Li, Medium, January 2025.", "Title. Vaswani,
// Ashish, et al., 2017.": a title, then its creators and the date in one slot, the date last. The
// creators are authors (a person, a list, "et al."); a last name that is the site the URL is on
// ("Machine Learning Mastery" at machinelearningmastery.com), or a capitalised name after one
// person, is the outlet. The publisher is that outlet, else the site the URL is on when the table
// of sites names it and it is not the creator's own (arXiv), else a lone creator, whose own site
// the page is on (a personal or company site). Undated, only "Title. Person, Outlet." is read so.
// False when the last slot is not so shaped.
bool readCreatorsDateLayout(const std::vector<std::string>& slots, Reference& ref) {
  if (slots.size() < 2) return false;
  const std::string& last = slots.back();
  std::string iso;
  std::size_t comma = last.find(", ");
  while (comma != std::string::npos && (isDateComma(last, comma) || !isDateSlot(last.substr(comma + 2), iso)))
    comma = last.find(", ", comma + 2);
  const std::string_view creators =
      trimPunct(std::string_view(last).substr(0, comma == std::string::npos ? last.size() : comma), ".,; ");
  if (creators.empty() || wordCount(creators) > 2 * kMaxNameWords || !findDate(creators).iso.empty()) return false;
  std::vector<std::string_view> items;
  for (std::size_t start = 0; start <= creators.size();) {
    const std::size_t end = std::min(creators.find(", ", start), creators.size());
    items.push_back(trimPunct(creators.substr(start, end - start), ".,; "));
    start = end + 2;
  }
  const bool listed =
      creators.find("et al") != std::string_view::npos || creators.find(" and ") != std::string_view::npos;
  const bool outlet = items.size() >= 2 && isCapitalisedName(items.back()) &&
                      (namesUrlSite(items.back(), ref.url) || (items.size() == 2 && !listed && isPersonName(items[0])));
  if (comma == std::string::npos && !(outlet && items.size() == 2 && isPersonName(items[0]))) return false;
  for (std::size_t i = 0; i + 1 < slots.size(); ++i) ref.title += (i == 0 ? "" : ". ") + slots[i];
  if (ref.date.empty()) ref.date = iso;
  if (outlet) {
    ref.work = std::string(items.back());
    return true;
  }
  const bool authors = listed || looksLikeAuthors(creators);
  if (std::string site = otherSiteName(creators, ref.url); !site.empty())
    ref.publisher = std::move(site);
  else if (!authors && items.size() == 1)
    ref.publisher = std::string(creators);
  return true;
}

// The characters of UTF-8 text (the bytes that do not continue one), as a pattern's repeat counts them.
std::size_t characterCount(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Unquoted layouts: "Author (2023). Title. Work.", "Title. Work.", "Title, Work, Date",
// "Publisher - Title", "Site: Title", a lone name, or a note that is a sentence.
void readUnquotedLayout(std::string_view text, Reference& ref) {
  // The author slot runs to the first bracket, less the spaces before it: at most 1,000 characters,
  // counted after the match ("{2,1000}?" in the pattern costs 40 M instructions to compile).
  static const LetterPattern kAuthorYear("^([^()]{2,}?)\\s*\\(([^()]{0,30}\\b\\d{4}\\b[^()]{0,12})\\)[.,]?\\s*(.+)$",
                                         "kAuthorYear");
  constexpr std::size_t kMaxAuthorCharacters = 1000;
  std::string_view trimmed = trimPunct(text, ".,;:-\u2013\u2014 ");
  if (endsWith(trimmed, "URL")) trimmed = trimPunct(trimmed.substr(0, trimmed.size() - 3), ".,;:-\u2013\u2014 ");
  std::string body(trimmed);
  std::string author, year, rest;
  std::vector<std::string_view> groups(3);
  const bool authorYear =
      mayBeAuthorYear(body) && kAuthorYear.fullMatch(body, groups) && characterCount(groups[0]) <= kMaxAuthorCharacters;
  if (authorYear) {
    author = groups[0];
    year = groups[1];
    rest = groups[2];
  }
  // The name slot is a few words, or a list of authors of any length ("Thoppilan, R, de Freitas, D, …").
  if (authorYear && (author.size() <= 80 || looksLikeAuthors(author))) {
    readAuthorYearLayout(author, year, rest, ref);
    return;
  }
  body = takeParenDate(body, ref.date);
  std::vector<std::string> slots = splitSlots(body, false);
  if (readCreatorsDateLayout(slots, ref)) return;
  if (readDashLayout(body, ref)) return;
  bool commas = slots.size() == 1;
  if (commas) slots = splitSlots(body, true);
  std::vector<std::string> names;
  for (const std::string& slot : slots) {
    std::string iso;
    if (isDateSlot(slot, iso)) {
      if (ref.date.empty()) ref.date = iso;
    } else {
      names.push_back(slot);
    }
  }
  if (!names.empty()) readTitleAndWork(names, commas, ref);
}

// "[url](url) - Cloudflare: What is Quantization?", "[url](url) — AMAX (Mar 26, 2024): Comparing …",
// "[url](url) — NVIDIA Blackwell Architecture: official page with …; …": an entry that opens with
// its URL describes the page after a dash. Before a colon stand the site (the publisher), its
// authors ("Dettmers et al. (2022): Title"), or, when a lower-case description follows, the
// page's title; a name at the front that names the URL's host ("NVIDIA …") is then the
// publisher. A description alone is a title, never a publisher ("Original proposal document").
void readUrlFirstLayout(std::string_view body, Reference& ref) {
  const std::string undated = takeParenDate(trimPunct(body, ".,;:-\u2013\u2014 "), ref.date);
  std::string_view desc = trimPunct(undated, ".,;:-\u2013\u2014 ");
  desc = trimPunct(desc.substr(0, desc.find("; ")), ".,;: ");
  // "[url](url) - *Alibaba Cloud Model Studio* (product page)": the italic span is the page's name,
  // the words after it a note on it.
  const std::string_view whole = desc;  // with the note after an italic name, which may name the site
  if (std::size_t open = 0, close = 0; findItalic(desc, open, close) && open == 0) desc = desc.substr(1, close - 1);
  const std::string domain = registrableDomain(ref.url), key = siteKey(domain);
  std::size_t colon = desc.find(": ");
  std::string_view head = colon != std::string_view::npos ? trim(desc.substr(0, colon)) : std::string_view();
  std::string_view rest = head.empty() ? desc : trim(desc.substr(colon + 2));
  const bool site = !key.empty() && (compactName(head) == key || compactName(head) == compactName(domain));
  const bool described = !rest.empty() && rest[0] >= 'a' && rest[0] <= 'z';
  std::string named = key.empty() || site ? std::string() : nameForKey(whole, key, domain);
  if (!head.empty() && (site || (!described && wordCount(head) <= 4))) {
    if (!named.empty())
      ref.publisher = std::move(named);  // "Tensor Cores: …, NVIDIA official page"
    else if (!looksLikeAuthors(head))
      ref.publisher = std::string(head);
    ref.title = std::string(rest);
    return;
  }
  ref.title = std::string(!head.empty() && described ? head : desc);
  ref.publisher = std::move(named);
}

// "VimGolf AI competition info site: [https://…](https://…)", "Official Proposal: [GitHub](https://github.com/…)":
// a short label, a colon and one link make the whole entry (a list of a project's links). The
// label says what the page is, its title; the link's text names the site when it writes the
// host's name ("GitHub", "Discord Invite"), else the site is named from the URL as any other.
bool readLabelLinkLayout(std::string_view text, Reference& ref) {
  static const LetterPattern kLabelLink(
      "^\\s*([^\\[\\]:\"\u201C()*]{2,80}?)\\s*:\\s*\\[([^\\]]*)\\]\\((https?://[^()\\s]+)\\)\\s*\\.?\\s*$",
      "label and link");
  std::vector<std::string_view> groups(3);
  if (!mayBeLabelLink(text) || !kLabelLink.fullMatch(text, groups)) return false;
  const std::string label(groups[0]), linkText(groups[1]), url(groups[2]);
  if (wordCount(label) > kMaxNameWords || endsWith(label, "URL") || looksLikeAuthors(label)) return false;
  ref.url = url;
  ref.title = label;
  if (linkText.rfind("http", 0) != 0) ref.publisher = nameForKey(linkText, siteKey(registrableDomain(url)));
  return true;
}

// The text without its DOIs ("DOI: 10.1002/asi.23867", "doi:10.1145/3571730"), which locate a
// paper and name nothing. An arXiv DOI ("10.48550/arXiv.2510.04618") stays: it names the work.
std::string dropDois(std::string body) {
  static const RE2& kDoi = pattern("(?i)[.,]?\\s*\\bdoi:?\\s*10\\.\\d{3,9}/[^\\s\\[\\]()]*[^\\s\\[\\]().,;]", "doi");
  re2::StringPiece m[1];
  for (std::size_t from = 0; kDoi.Match(body, from, body.size(), RE2::UNANCHORED, m, 1);) {
    const std::size_t at = static_cast<std::size_t>(m[0].data() - body.data());
    if (std::string_view(m[0].data(), m[0].size()).find("arXiv") != std::string_view::npos) {
      from = at + m[0].size();
      continue;
    }
    body.erase(at, m[0].size());
    from = at;
  }
  return body;
}

// "Journal of Statistical Physics. 22(5): 563-591.", "Technology in Society, 63. DOI: 10.1016/…",
// "*Nature*, 529(7587):484–489": a journal's volume, issue and pages, and a DOI, locate an article
// in the journal named right before them; they are no slot of their own. They are taken out and
// that name set in italics, as APA sets a journal, so that the layouts read it as the work
// whatever its length. A locator stands after the title ("Referred to in Article 6(2)" is in one).
std::string markJournal(std::string body) {
  // A volume glued to its issue ("68(9)", not "Llama 3 (405B)"), with pages or an article number;
  // or a volume alone after a comma that ends the entry ("Technology in Society, 63").
  static const RE2& kLocator = pattern(
      "(?:,\\s*|\\.\\s+|\\s)\\d{1,4}\\(\\d[\\w\u2013-]{0,11}\\)(?:\\s*[:,]\\s*(?:Article\\s+)?\\d+(?:\\s*[-\u2013]\\s*"
      "\\d+)?)?"
      "|,\\s*\\d{1,3}\\s*\\.?\\s*$",
      "journal locator");
  body = dropDois(std::move(body));
  std::size_t titleEnd = body.find_last_of('"');
  if (std::size_t curly = body.rfind("\u201D");
      curly != std::string::npos && (titleEnd == std::string::npos || curly > titleEnd))
    titleEnd = curly + 2;
  titleEnd = titleEnd == std::string::npos ? 0 : titleEnd + 1;
  re2::StringPiece all(body), m[1];
  if (!kLocator.Match(all, titleEnd, all.size(), RE2::UNANCHORED, m, 1)) return body;
  const std::size_t at = static_cast<std::size_t>(m[0].data() - body.data());
  // The locator's own slot ("Journal. 2(2): 24-33") follows the name's; else the name runs up to it.
  std::string_view before = trimPunct(std::string_view(body).substr(titleEnd, at - titleEnd), ".,; ");
  const std::size_t dot = before.find_last_of('.');
  std::string_view name = trimPunct(before.substr(dot == std::string_view::npos ? 0 : dot + 1), ".,; ");
  std::string out = body.substr(0, at) + body.substr(at + m[0].size());
  const bool italic = name.size() > 2 && name.front() == '*' && name.back() == '*';
  if (name.empty() || italic || !startsUpper(name) || wordCount(name) > 2 * kMaxNameWords) return out;
  const std::size_t nameAt = static_cast<std::size_t>(name.data() - body.data());
  out.insert(nameAt + name.size(), "*");
  out.insert(nameAt, "*");
  return out;
}

// Trailing marks and "URL:" left by the layouts; an arXiv identifier names the work arXiv.
void tidy(std::string& s) {
  std::string_view t = trim(s);
  for (std::string_view junk : {"URL:", "URL", "["})
    if (endsWith(t, junk)) t = trim(t.substr(0, t.size() - junk.size()));
  t = trimPunct(t, "[]*,.;:");
  s = std::string(t);
}

void finish(Reference& ref) {
  tidy(ref.publisher);
  tidy(ref.title);
  tidy(ref.work);
  if (ref.work.find("arXiv") != std::string::npos) ref.work = "arXiv";
  // A work (website, newspaper) is the best name of who published an entry that names no
  // publisher; the URL's domain is the last resort.
  if (ref.publisher.empty()) ref.publisher = ref.work;
  if (ref.publisher.empty() && !ref.url.empty()) {
    std::string domain = registrableDomain(ref.url);
    std::string named = theSiteName(domain);
    ref.publisher = named.empty() ? domain : named;
  }
}

// The compact first label of a URL's host below its registrable domain ("os-world.github.io" ->
// "osworld"), "www" aside; empty when there is none or it has fewer than four letters.
std::string subdomainKey(std::string_view url, std::string_view domain) {
  const std::string host = siteHost(url);
  if (host.size() <= domain.size()) return {};
  std::string key = compactName(host.substr(0, host.find('.')));
  return key.size() >= 4 ? key : std::string();  // "gpt.example.us" is no site named "GPT"
}

// The compact form (compactName) of each block's text, made when first asked for. The words
// nameForKey joins into a key (no site given) are a run of the text's, so their compact form is a
// substring of the text's: a block whose compact form lacks the key names no site by it.
class CompactBlocks {
 public:
  explicit CompactBlocks(const std::vector<Block>& blocks) : blocks_(blocks), compact_(blocks.size()) {}
  [[nodiscard]] bool mayName(std::size_t b, std::string_view key) {
    if (!compact_[b]) compact_[b] = compactName(blocks_[b].text);
    return compact_[b]->find(key) != std::string::npos;
  }

 private:
  const std::vector<Block>& blocks_;
  std::vector<std::optional<std::string>> compact_;
};

// The name the article writes for a site whose compact form is `key` (in the entry's title, the
// article's title, then its text, each key looked for once in the text), or empty.
std::string articleSiteName(std::string_view entryTitle, const std::string& key, std::string_view title,
                            const std::vector<Block>& blocks, CompactBlocks& compact,
                            std::map<std::string, std::string>& inText) {
  if (key.empty()) return {};
  std::string name = nameForKey(entryTitle, key);
  if (name.empty()) {
    auto [it, fresh] = inText.try_emplace(key, nameForKey(title, key));
    for (std::size_t b = 0; fresh && it->second.empty() && b < blocks.size(); ++b)
      if (compact.mayName(b, key)) it->second = nameForKey(blocks[b].text, key);
    name = it->second;
  }
  // "Intelligence" for intelligence.org: one common word names too many things to stand for a
  // site; "Nick Bostrom" for nickbostrom.com is a person, whom a publisher would type as a company.
  const std::size_t space = name.find(' ');
  const bool common = space == std::string::npos && lexicon().isEnglishWord(lowerAscii(name));
  const bool person = space != std::string::npos && lexicon().givenNames.count(lowerAscii(name.substr(0, space)));
  return common || person ? std::string() : name;
}

}  // namespace

void nameSitePublishers(std::vector<Reference>& references, std::string_view title, const std::vector<Block>& blocks) {
  std::map<std::string, std::string> inText;  // key -> the article's name for it ("" for none)
  CompactBlocks compact(blocks);
  for (Reference& ref : references) {
    if (ref.url.empty() || !ref.work.empty()) continue;
    const std::string domain = registrableDomain(ref.url);
    if (ref.publisher != domain) continue;
    // The snapshot's name for this very host ("IEEE Spectrum" for spectrum.ieee.org) is more
    // exact than a name the article writes for its domain; its domain's name only stands in.
    std::string name = knownSiteName(ref.url, false);
    if (name.empty()) name = articleSiteName(ref.title, siteKey(domain), title, blocks, compact, inText);
    if (name.empty()) name = knownSiteName(ref.url, true);
    // "os-world.github.io": a site on a host of many sites is named by its own label ("OSWorld").
    if (name.empty()) name = articleSiteName(ref.title, subdomainKey(ref.url, domain), title, blocks, compact, inText);
    if (!name.empty()) ref.publisher = std::move(name);
  }
}

std::optional<Reference> parseReference(std::string_view line, std::uint32_t lineNumber) {
  // "7." with nothing after it is an entry too: the article cites [7], its list leaves the slot empty.
  static const RE2& kNumber = pattern("^\\s*(\\d{1,6})[.)](?:\\s+|$)", "kNumber");
  re2::StringPiece input(line.data(), line.size());
  re2::StringPiece number;
  if (!RE2::Consume(&input, kNumber, &number)) return std::nullopt;
  Reference ref;
  ref.line = lineNumber;
  ref.raw = std::string(trim(line));
  // At most six digits, as the pattern says: the conversion cannot fail.
  std::from_chars(number.data(), number.data() + number.size(), ref.number);
  const std::string decoded = decodeEntities(std::string_view(input.data(), input.size()));
  re2::StringPiece entry(decoded);
  skipBacklinks(entry);
  std::string text = dropCiteError(std::string(entry.data(), entry.size()));
  const bool urlFirst = text.rfind("[http", 0) == 0 || text.rfind("http", 0) == 0;
  if (readLabelLinkLayout(text, ref)) {
    finish(ref);
    return ref;
  }
  std::string body = takeAccessDate(takeUrl(text, ref), ref);
  if (!urlFirst) body = markJournal(quoteItalicTitle(std::move(body)));
  std::size_t open, openLen = 1, close, closeLen = 1;
  if (urlFirst && !ref.url.empty() && trimPunct(body, ".,;:-\u2013\u2014 ").size() > 0 &&
      !findQuoted(body, open, openLen, close, closeLen)) {
    readUrlFirstLayout(body, ref);
  } else if (findQuoted(body, open, openLen, close, closeLen)) {
    std::string_view b(body);
    readQuotedLayout(b.substr(0, open), b.substr(open + openLen, close - open - openLen), b.substr(close + closeLen),
                     ref);
  } else {
    readUnquotedLayout(body, ref);
  }
  finish(ref);
  return ref;
}

}  // namespace cg::ingest
