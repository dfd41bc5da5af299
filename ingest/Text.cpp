#include "ingest/Text.h"

#include <algorithm>
#include <array>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "graph/Error.h"
#include "graph/Fold.h"

namespace cg::ingest {
namespace {

std::string utf16ToUtf8(std::string_view bytes, const char* charset, const std::string& path) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  if (text.isBogus()) throw Error(path, 0, std::string("cannot decode ") + charset + " text");
  (void)status;
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::size_t lineOfOffset(std::string_view text, std::size_t offset) {
  return 1 +
         static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Words before a period that do not end a sentence.
constexpr std::array<std::string_view, 38> kAbbreviations = {
    "u.s", "u.k",  "e.g", "i.e", "inc", "corp", "co",  "ltd", "llc",    "plc", "mr",  "mrs", "ms",
    "dr",  "prof", "st",  "jr",  "sr",  "vs",   "etc", "no",  "approx", "est", "jan", "feb", "mar",
    "apr", "jun",  "jul", "aug", "sep", "sept", "oct", "nov", "dec",    "fig", "al",  "gen"};

bool endsWithAbbreviation(std::string_view text, std::size_t periodPos) {
  // The word that the period at periodPos closes.
  std::size_t start = periodPos;
  while (start > 0) {
    unsigned char c = static_cast<unsigned char>(text[start - 1]);
    if (c == ' ' || c == '(' || c == '"' || c == '\n') break;
    --start;
  }
  std::string_view word = text.substr(start, periodPos - start);
  if (word.empty()) return false;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;  // an initial: "J. Smith"
  std::string lower;
  for (char c : word) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string decodeText(std::string_view bytes, const std::string& path, std::vector<Diagnostic>& diagnostics) {
  if (trim(bytes).empty()) throw Error(path, 0, "the file is empty");
  std::string text;
  auto starts = [&](std::initializer_list<unsigned char> bom) {
    if (bytes.size() < bom.size()) return false;
    return std::equal(bom.begin(), bom.end(), reinterpret_cast<const unsigned char*>(bytes.data()));
  };
  if (starts({0xFF, 0xFE, 0x00, 0x00}))
    text = utf16ToUtf8(bytes.substr(4), "UTF-32LE", path);
  else if (starts({0x00, 0x00, 0xFE, 0xFF}))
    text = utf16ToUtf8(bytes.substr(4), "UTF-32BE", path);
  else if (starts({0xFF, 0xFE}))
    text = utf16ToUtf8(bytes.substr(2), "UTF-16LE", path);
  else if (starts({0xFE, 0xFF}))
    text = utf16ToUtf8(bytes.substr(2), "UTF-16BE", path);
  else if (starts({0xEF, 0xBB, 0xBF}))
    text.assign(bytes.substr(3));
  else
    text.assign(bytes);

  if (text.find('\0') != std::string::npos) {
    std::size_t at = text.find('\0');
    throw Error(path, static_cast<std::uint32_t>(lineOfOffset(text, at)),
                "binary data (a NUL byte) where an article should be text; UTF-16 needs a byte-order mark");
  }
  // Invalid UTF-8: replace each bad byte with U+FFFD, report the first place.
  if (auto bad = graph::findInvalidUtf8(text)) {
    std::size_t badCount = 0;
    std::string fixed;
    fixed.reserve(text.size() + 16);
    std::string_view rest = text;
    while (auto at = graph::findInvalidUtf8(rest)) {
      fixed.append(rest.substr(0, *at));
      fixed.append("\xEF\xBF\xBD");
      ++badCount;
      rest.remove_prefix(*at + 1);
    }
    fixed.append(rest);
    if (badCount * 4 > text.size() / 4 + 16)
      throw Error(path, static_cast<std::uint32_t>(lineOfOffset(text, *bad)),
                  "not UTF-8 text (" + std::to_string(badCount) + " undecodable bytes); convert it to UTF-8");
    diagnostics.push_back({Severity::kWarning, "invalid-utf8", path,
                           static_cast<std::uint32_t>(lineOfOffset(text, *bad)),
                           "invalid UTF-8 (" + std::to_string(badCount) + " bytes) replaced by U+FFFD"});
    text = std::move(fixed);
  }
  // CRLF and CR to LF, so byte spans and lines mean the same for every file.
  if (text.find('\r') != std::string::npos) {
    std::string unix;
    unix.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r') {
        unix.push_back('\n');
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      } else {
        unix.push_back(text[i]);
      }
    }
    text = std::move(unix);
  }
  // A byte-order mark and white space alone (in any encoding) is still an empty file.
  if (trim(text).empty()) throw Error(path, 0, "the file is empty");
  return text;
}

void appendPlainText(std::string& text, std::vector<std::size_t>& lineBreaks, std::string_view raw) {
  std::string decoded = decodeEntities(raw);
  for (char c : decoded) {
    if (c == '\n') {
      lineBreaks.push_back(text.size() + 1);
      c = ' ';
    }
    if (c == ' ' && !text.empty() && text.back() == ' ') continue;
    text.push_back(c);
  }
}

std::string decodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},         {"lt", "<"},         {"gt", ">"},         {"quot", "\""},
      {"apos", "'"},        {"nbsp", "\u00A0"},  {"ndash", "\u2013"}, {"mdash", "\u2014"},
      {"hellip", "\u2026"}, {"rsquo", "\u2019"}, {"lsquo", "\u2018"}, {"ldquo", "\u201C"},
      {"rdquo", "\u201D"},  {"euro", "\u20AC"},  {"pound", "\u00A3"}, {"yen", "\u00A5"}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    // Only the next 10 bytes can hold the ';' of an entity: looking further would make
    // a run of '&' quadratic.
    std::size_t semi = s.substr(i + 1, 10).find(';');
    if (semi != std::string_view::npos) semi += i + 1;
    if (semi == std::string_view::npos) {
      out.push_back('&');
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    bool done = false;
    if (!name.empty() && name[0] == '#') {
      long code = 0;
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      std::string_view digits = name.substr(hex ? 2 : 1);
      bool ok = !digits.empty();
      for (char c : digits) {
        int d = (c >= '0' && c <= '9')          ? c - '0'
                : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                : -1;
        if (d < 0 || code > 0x10FFFF) {
          ok = false;
          break;
        }
        code = code * (hex ? 16 : 10) + d;
      }
      if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
        icu::UnicodeString u(static_cast<UChar32>(code));
        u.toUTF8String(out);
        done = true;
      }
    } else {
      for (const auto& [entity, text] : kNamed)
        if (name == entity) {
          out.append(text);
          done = true;
          break;
        }
    }
    if (done)
      i = semi;
    else
      out.push_back('&');
  }
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> splitSentences(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  if (trim(text).empty()) return spans;
  // One iterator per thread: creating one costs far more than splitting a paragraph.
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  std::vector<std::size_t> cuts;
  if (iterator) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_SUCCESS(status)) {
      iterator->setText(ut, status);
      if (U_SUCCESS(status))
        for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next())
          cuts.push_back(static_cast<std::size_t>(b));
    }
    utext_close(ut);
  }
  if (cuts.empty() || cuts.back() != text.size()) cuts.push_back(text.size());
  std::size_t begin = 0;
  for (std::size_t cut : cuts) {
    std::string_view piece = trim(text.substr(begin, cut - begin));
    if (cut != text.size()) {
      // Keep going past "U.S." or "Inc." or an initial, and when the next word is lowercase.
      std::size_t end = begin + static_cast<std::size_t>(piece.data() - (text.data() + begin)) + piece.size();
      bool abbreviation = !piece.empty() && piece.back() == '.' && endsWithAbbreviation(text, end - 1);
      std::size_t next = cut;
      while (next < text.size() && text[next] == ' ') ++next;
      bool lowerNext = next < text.size() && text[next] >= 'a' && text[next] <= 'z';
      if (abbreviation || lowerNext) continue;
    }
    if (!piece.empty()) {
      std::size_t start = static_cast<std::size_t>(piece.data() - text.data());
      spans.emplace_back(start, start + piece.size());
    }
    begin = cut;
  }
  return spans;
}

}  // namespace cg::ingest
