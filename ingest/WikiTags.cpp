#include "ingest/WikiTags.h"

#include <algorithm>
#include <map>

#include "graph/Fold.h"
#include "ingest/Text.h"
#include "ingest/WikiMarkup.h"

namespace cg::ingest {
namespace {

bool startsWithNoCase(std::string_view s, std::size_t at, std::string_view lowerPrefix) {
  if (s.size() - at < lowerPrefix.size()) return false;
  for (std::size_t k = 0; k < lowerPrefix.size(); ++k)
    if (graph::lowerAscii(s[at + k]) != lowerPrefix[k]) return false;
  return true;
}

// Finds closing tags case-insensitively. The answer for a needle is cached until the scan
// passes it, so each needle's search covers the text once: a page of 100,000 unclosed
// <ref> stays linear.
class CloseFinder {
 public:
  explicit CloseFinder(std::string_view text) : text_(text) {}

  std::size_t find(const std::string& lowerNeedle, std::size_t from) {
    auto it = cache_.find(lowerNeedle);
    if (it != cache_.end() && (it->second == std::string_view::npos || it->second >= from)) return it->second;
    std::size_t at = std::string_view::npos;
    for (std::size_t i = from; i + lowerNeedle.size() <= text_.size(); ++i)
      if (graph::lowerAscii(text_[i]) == lowerNeedle[0] && startsWithNoCase(text_, i, lowerNeedle)) {
        at = i;
        break;
      }
    cache_[lowerNeedle] = at;
    return at;
  }

 private:
  std::string_view text_;
  std::map<std::string, std::size_t> cache_;
};

void appendPhantoms(std::string& out, std::string_view removed) {
  out.append(static_cast<std::size_t>(std::count_if(removed.begin(), removed.end(),
                                                    [](char c) { return c == '\n' || c == kPhantomNewline; })),
             kPhantomNewline);
}

std::string sanitize(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == kPlaceholderOpen || c == kPlaceholderClose || c == kPhantomNewline) c = ' ';
  return out;
}

// Markup characters of <nowiki> text as character references, read back as themselves.
void appendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    if (std::string_view("[]{}|'<>=*#:;!~_").find(c) != std::string_view::npos)
      out += "&#" + std::to_string(static_cast<int>(c)) + ";";
    else
      out.push_back(c);
  }
}

// Comments out, <nowiki> escaped.
std::string stripComments(std::string_view text, std::vector<Diagnostic>& diagnostics) {
  std::string out;
  out.reserve(text.size());
  CloseFinder finder(text);
  std::uint32_t line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '<') {  // the run up to the next tag at once, its lines counted
      std::size_t next = std::min(text.find('<', i), text.size());
      line += static_cast<std::uint32_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i),
                                                    text.begin() + static_cast<std::ptrdiff_t>(next), '\n'));
      out.append(text.substr(i, next - i));
      i = next - 1;
      continue;
    }
    if (text.substr(i, 4) == "<!--") {
      std::size_t end = finder.find("-->", i + 4);
      if (end == std::string_view::npos) {
        diagnostics.push_back({Severity::kWarning, "unclosed-comment", "", line,
                               "comment '<!--' is never closed; the rest of the page is a comment"});
        end = text.size();
      }
      appendPhantoms(out, text.substr(i, end - i));
      line += static_cast<std::uint32_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i),
                                                    text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
      i = std::min(text.size(), end + 3) - 1;
    } else if (startsWithNoCase(text, i, "<nowiki/>") || startsWithNoCase(text, i, "<nowiki />")) {
      i = text.find('>', i);
    } else if (startsWithNoCase(text, i, "<nowiki>")) {
      std::size_t end = finder.find("</nowiki>", i + 8);
      if (end == std::string_view::npos) {
        out.push_back(c);
        continue;
      }
      appendEscaped(out, text.substr(i + 8, end - i - 8));
      line += static_cast<std::uint32_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i),
                                                    text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
      i = end + 8;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// name="x", name=x or name='x' in a tag's attributes.
std::string attribute(std::string_view attrs, std::string_view key) {
  for (std::size_t at = 0; at < attrs.size(); ++at) {
    if (!startsWithNoCase(attrs, at, key) || (at > 0 && !std::isspace(static_cast<unsigned char>(attrs[at - 1]))))
      continue;
    std::size_t eq = attrs.find_first_not_of(" \t", at + key.size());
    if (eq == std::string_view::npos || attrs[eq] != '=') continue;
    std::size_t v = attrs.find_first_not_of(" \t", eq + 1);
    if (v == std::string_view::npos) return {};
    if (attrs[v] == '"' || attrs[v] == '\'') {
      std::size_t close = attrs.find(attrs[v], v + 1);
      return std::string(trim(attrs.substr(v + 1, close == std::string_view::npos ? close : close - v - 1)));
    }
    std::size_t end = attrs.find_first_of(" \t/>", v);
    return std::string(trim(attrs.substr(v, end == std::string_view::npos ? end : end - v)));
  }
  return {};
}

// Elements whose content is no prose, dropped with it: formulas (<math>, <chem>, <ce>, <hiero>),
// program text (<syntaxhighlight>, <source>, <pre>, <code>, <kbd>, <samp>: code is not prose, its
// figures and names are an example's, ProgramText.h) and what renders as media or widgets.
constexpr std::string_view kDropped[] = {
    "math",         "gallery", "timeline", "imagemap", "score", "graph", "templatedata", "mapframe", "syntaxhighlight",
    "source",       "chem",    "ce",       "hiero",    "pre",   "code",  "kbd",          "samp",     "inputbox",
    "categorytree", "maplink"};

class RefScanner {
 public:
  explicit RefScanner(std::string_view text) : text_(text), finder_(text) { out_.text.reserve(text.size()); }

  TagScan run() {
    for (std::size_t i = 0; i < text_.size(); ++i) {
      char c = text_[i];
      if (c == '\n' || c == kPhantomNewline) ++line_;
      if (c != '<' || i + 1 >= text_.size()) {
        if (quoteDepth_ > 0)
          i += nested_.append(out_.text, text_.substr(i));
        else
          i = appendRun(i);
        continue;
      }
      std::size_t next = tag(i);
      if (next == i)
        out_.text.push_back(c);
      else
        i = next - 1;
    }
    return std::move(out_);
  }

 private:
  std::string_view nameAt(std::size_t at) const {
    std::size_t end = at;
    while (end < text_.size() && end - at < 20 && std::isalpha(static_cast<unsigned char>(text_[end]))) ++end;
    return text_.substr(at, end - at);
  }

  // Text outside any tag, from `i` (not a '<' opening a tag) up to the next '<', copied at once
  // with its lines counted; returns the index of its last byte, as the caller's loop steps on.
  std::size_t appendRun(std::size_t i) {
    const std::size_t next = std::min(text_.find('<', i + 1), text_.size());
    line_ += static_cast<std::uint32_t>(std::count_if(text_.begin() + static_cast<std::ptrdiff_t>(i + 1),
                                                      text_.begin() + static_cast<std::ptrdiff_t>(next),
                                                      [](char ch) { return ch == '\n' || ch == kPhantomNewline; }));
    out_.text.append(text_.substr(i, next - i));
    return next - 1;
  }

  // Reads the tag at `i`; returns where reading goes on (i itself: not a tag of ours).
  std::size_t tag(std::size_t i) {
    bool closing = text_[i + 1] == '/';
    const std::string name = graph::lowerAscii(nameAt(i + 1 + (closing ? 1 : 0)));
    std::size_t gt = text_.substr(i, 1000).find('>');
    if (name.empty() || gt == std::string_view::npos) return i;
    gt += i;
    if (name == "ref" && closing) return gt + 1;  // a stray </ref>
    if (name == "ref") return ref(i, gt);
    if (name == "references") return gt + 1;  // list-defined refs inside are read as refs
    if (name == "blockquote") return blockquote(closing, gt);
    if (std::find(std::begin(kDropped), std::end(kDropped), name) != std::end(kDropped) && !closing) {
      if (text_[gt - 1] == '/') return gt + 1;
      std::size_t close = finder_.find("</" + name, gt);
      if (close == std::string_view::npos) return gt + 1;
      std::size_t end = text_.find('>', close);
      end = end == std::string_view::npos ? text_.size() : end + 1;
      countLines(i, end);
      appendPhantoms(out_.text, text_.substr(i, end - i));
      return end;
    }
    return i;
  }

  // <blockquote>...</blockquote> as blockQuotation shows it: quotation marks around the text,
  // its line breaks phantoms, so that it is one paragraph.
  // One never closed is no quotation: the rest of the page would be one paragraph.
  std::size_t blockquote(bool closing, std::size_t gt) {
    if (!closing && finder_.find("</blockquote", gt) == std::string_view::npos) return gt + 1;
    if (closing && quoteDepth_ > 0) {
      --quoteDepth_;
      if (quoteDepth_ == 0) NestedQuotes::close(out_.text);
    } else if (!closing && text_[gt - 1] != '/') {
      if (quoteDepth_++ == 0) {
        out_.text += std::string(kBlockQuoteMark) + "\u201c";
        nested_ = NestedQuotes();
      }
    }
    return gt + 1;
  }

  std::size_t ref(std::size_t i, std::size_t gt) {
    std::string_view attrs = text_.substr(i + 4, gt - i - 4);
    Citation c;
    c.name = attribute(attrs, "name");
    c.group = attribute(attrs, "group");
    c.line = line_;
    std::size_t end = gt + 1;
    if (!trim(attrs).empty() && trim(attrs).back() == '/') {
      // a reuse: <ref name="x" />
    } else {
      std::size_t close = finder_.find("</ref", gt + 1);
      std::size_t eol = text_.find('\n', gt + 1);
      if (close == std::string_view::npos) {
        out_.diagnostics.push_back({Severity::kWarning, "unclosed-ref", "", line_,
                                    "<ref> is never closed; its text is taken to the end of the line"});
        close = eol == std::string_view::npos ? text_.size() : eol;
        end = close;
      } else {
        std::size_t closeGt = text_.find('>', close);
        end = closeGt == std::string_view::npos ? text_.size() : closeGt + 1;
      }
      c.content = std::string(trim(text_.substr(gt + 1, close - gt - 1)));
    }
    countLines(i, end);
    out_.text += placeholder('R', out_.citations.size());
    appendPhantoms(out_.text, text_.substr(i, end - i));
    out_.citations.push_back(std::move(c));
    return end;
  }

  void countLines(std::size_t from, std::size_t to) {
    line_ += static_cast<std::uint32_t>(std::count_if(text_.begin() + static_cast<std::ptrdiff_t>(from),
                                                      text_.begin() + static_cast<std::ptrdiff_t>(to),
                                                      [](char c) { return c == '\n' || c == kPhantomNewline; }));
  }

  std::string_view text_;
  CloseFinder finder_;
  TagScan out_;
  std::uint32_t line_ = 1;
  int quoteDepth_ = 0;  // <blockquote> open
  NestedQuotes nested_;
};

}  // namespace

TagScan scanTags(std::string_view wikitext) {
  std::string text = sanitize(wikitext);
  std::vector<Diagnostic> diagnostics;
  // A page stored HTML-escaped as a whole: its markup is all behind entities.
  bool escaped = text.find("&lt;ref") != std::string::npos && text.find("<ref") == std::string::npos;
  if (escaped) {
    text = decodeEntities(text);
    diagnostics.push_back(
        {Severity::kWarning, "html-escaped", "", 1, "the page is HTML-escaped as a whole; it is read unescaped"});
  }
  std::string uncommented = stripComments(text, diagnostics);
  TagScan scan = RefScanner(uncommented).run();
  scan.diagnostics.insert(scan.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
  return scan;
}

}  // namespace cg::ingest
