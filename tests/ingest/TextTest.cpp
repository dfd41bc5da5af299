// The reader's text helpers (ingest/Text.h): the tokenizer, the quote scanner, ASCII
// lower-casing, byte-order marks and RE2 patterns.
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>
#include <catch2/catch.hpp>

#include "graph/Error.h"
#include "graph/Fold.h"
#include "ingest/Text.h"
#include "ingest/TextSearch.h"

using namespace cg::ingest;

namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

std::vector<std::string> quoted(std::string_view text) {
  std::vector<std::string> out;
  for (const Quote& q : quoteSpans(text)) out.emplace_back(text.substr(q.begin, q.end - q.begin));
  return out;
}

using Words = std::vector<std::string>;

// One row of a table: a text and what is read from it.
struct Case {
  std::string_view text;
  Words expected;
};

template <class Read, std::size_t N>
void checkEach(const Case (&cases)[N], Read read) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(read(c.text) == c.expected);
  }
}

}  // namespace

TEST_CASE("a text's last word is what follows its last space, or all of it", "[ingest][text]") {
  CHECK(lastWord("per cent") == "cent");
  CHECK(lastWord("number of GPU-hours") == "GPU-hours");
  CHECK(lastWord("GPT-4") == "GPT-4");
  CHECK(lastWord("ends in a space ").empty());
  CHECK(lastWord("").empty());
  static_assert(lastWord("context window") == "window");
}

TEST_CASE("the tokenizer keeps hyphens, apostrophes and inner dots in a word", "[ingest][text]") {
  const Case cases[] = {
      {"2.79 million GPU-hours", {"2.79", "million", "GPU-hours"}},
      {"DeepSeek's GPT-4 and DeepSeek-R1", {"DeepSeek's", "GPT-4", "and", "DeepSeek-R1"}},
      {"the U.S. market", {"the", "U.S", "market"}},
      {"S&P 500, up 3%.", {"S&P", "500", "up", "3"}},
      {"a trailing- hyphen and 'quotes'", {"a", "trailing", "hyphen", "and", "quotes"}},
      {"Zürich \u2019s caf\u00e9", {"Zürich", "\u2019s", "caf\u00e9"}},
  };
  checkEach(cases, words);
}

TEST_CASE("typographic quotes and dashes end a word and leave no bytes of theirs behind", "[ingest][text]") {
  const Case cases[] = {
      {"pretraining\u2014claiming more", {"pretraining", "claiming", "more"}},
      {"PP2\u2013PP3", {"PP2", "PP3"}},
      {"\u201CSputnik moment\u201D", {"Sputnik", "moment"}},
      {"\u201C\u201D", {}},
  };
  checkEach(cases, words);
}

TEST_CASE("the index splits what the reader keeps whole: GPU-hours is one word to read, two to find",
          "[ingest][text]") {
  CHECK(words("GPU-hours") == Words{"GPU-hours"});
  CHECK(cg::graph::foldTokens("GPU-hours") == Words{"gpu", "hours"});
  CHECK(cg::graph::foldTokens("GPU hours") == Words{"gpu", "hours"});
}

TEST_CASE("quotations are the words between straight or curly marks, the marks left out", "[ingest][text]") {
  const Case cases[] = {
      {"He said \"we will win,\" and left.", {"we will win,"}},
      {"\u201CFirst\u201D and \u201Csecond\u201D", {"First", "second"}},
      {"mixed \u201Copen and straight close\" marks", {"open and straight close"}},
      {"an empty \"\" pair, then \"one\"", {"one"}},
      {"an unclosed \"quote runs on", {}},
      {"a closing mark alone\u201D is no quote", {}},
  };
  checkEach(cases, quoted);
  const std::vector<Quote> spans = quoteSpans("say \u201Chi\u201D");
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].begin == 7);  // after the three bytes of U+201C
  CHECK(spans[0].end == 9);
}

// A random text of up to 40 pieces drawn from `pieces`, for the tests that read a text eight bytes
// a step against a byte-by-byte form.
template <std::size_t N>
std::string randomText(std::mt19937& rng, const std::string_view (&pieces)[N]) {
  std::string text;
  const std::size_t n = rng() % 41;
  for (std::size_t k = 0; k < n; ++k) text += pieces[rng() % N];
  return text;
}

TEST_CASE("quotations and plain text read eight bytes a step as they read one", "[ingest][text]") {
  // Texts of up to 40 pieces, each a byte or a three-byte mark, so that marks, spaces and line
  // breaks fall at every place of an eight-byte step; each read against its byte-by-byte form.
  const std::string_view pieces[] = {"a", "b", " ", " ", "\n", "\"", "\u201C", "\u201D", "\u2014", "."};
  auto quotesOneByOne = [](std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool straight = text[i] == '"';
      const bool curlyOpen = text.compare(i, 3, "\u201C") == 0, curlyClose = text.compare(i, 3, "\u201D") == 0;
      if (open == std::string_view::npos && (curlyOpen || straight)) {
        open = i + (curlyOpen ? 3 : 1);
      } else if (open != std::string_view::npos && (curlyClose || straight)) {
        if (i > open) out.emplace_back(open, i);
        open = std::string_view::npos;
      }
    }
    return out;
  };
  auto plainOneByOne = [](std::string text, std::vector<std::size_t>& breaks, std::string_view raw) {
    for (char c : raw) {
      if (c == '\n') {
        breaks.push_back(text.size() + 1);
        c = ' ';
      }
      if (c != ' ' || text.empty() || text.back() != ' ') text.push_back(c);
    }
    return text;
  };
  std::mt19937 rng(20261204);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = randomText(rng, pieces);
    INFO(text);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const Quote& q : quoteSpans(text)) spans.emplace_back(q.begin, q.end);
    CHECK(spans == quotesOneByOne(text));
    const std::string before = round % 3 == 0 ? "" : round % 3 == 1 ? "x " : "x";
    std::string plain = before;
    std::vector<std::size_t> breaks, expectedBreaks;
    appendPlainText(plain, breaks, text);
    CHECK(plain == plainOneByOne(before, expectedBreaks, text));
    CHECK(breaks == expectedBreaks);
  }
}

TEST_CASE(
    "the tokenizer reads runs of letters and digits eight bytes a step as it reads one, and a text's first words "
    "alone as it reads them in the whole",
    "[ingest][text]") {
  // Texts of up to 40 pieces: letters and digits at the edges of their ranges ('@', '[', '`', '{',
  // '/', ':' beside them), the marks that stay inside a word, '&', a UTF-8 letter and the typographic
  // marks that end one; each read against the tokenizer's rules applied byte by byte.
  const std::string_view pieces[] = {"a", "z", "A", "Z", "0", "9", "@", "[",      "`",      "{",      "/",      ":",
                                     " ", " ", "'", "-", ".", "&", ",", "\u00E9", "\u201C", "\u2014", "\u2019", "\x7F"};
  auto oneByOne = [](std::string_view text) {
    auto word = [&](std::size_t k) {
      const auto c = static_cast<unsigned char>(text[k]);
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c >= 0x80;
    };
    auto dash = [&](std::size_t k) {  // U+201C, U+201D, U+2013, U+2014
      return k + 2 < text.size() && static_cast<unsigned char>(text[k]) == 0xE2 &&
             static_cast<unsigned char>(text[k + 1]) == 0x80 &&
             std::string_view("\x9C\x9D\x93\x94").find(text[k + 2]) != std::string_view::npos;
    };
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t i = 0;
    while (i < text.size()) {
      if (dash(i)) {
        i += 3;
        continue;
      }
      if (!word(i)) {
        ++i;
        continue;
      }
      const std::size_t start = i;
      while (i < text.size() && !dash(i) &&
             (word(i) ||
              (std::string_view("'-.").find(text[i]) != std::string_view::npos && i + 1 < text.size() && word(i + 1))))
        ++i;
      out.emplace_back(start, i);
    }
    return out;
  };
  std::mt19937 rng(20261204);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = randomText(rng, pieces);
    INFO(text);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const Token& t : tokenize(text)) spans.emplace_back(t.begin, t.end);
    CHECK(spans == oneByOne(text));
    // The first `most` words, the rest unread: the same words as the whole text's first ones.
    const std::size_t most = static_cast<std::size_t>(round % 4);
    std::vector<std::pair<std::size_t, std::size_t>> first;
    for (const Token& t : tokenize(text, most)) first.emplace_back(t.begin, t.end);
    spans.resize(std::min(spans.size(), most));
    CHECK(first == spans);
  }
}

TEST_CASE("the next byte of a set is found sixteen and eight bytes a step as one by one", "[ingest][text]") {
  // Texts of up to 40 bytes among a few letters and the bytes looked for (a curly quote's lead byte
  // 0xE2 among them, and 0x80 and 0xA2, which share bits with it), from every start; every third
  // text after up to 40 letters and before another text (up to 121 bytes), so that a match falls in
  // a second or third 16-byte step and in the 8-byte and 1-byte tails after them.
  const std::string_view bytes[] = {"a", "b", " ", "'", "\"", "1", "2", "\xE2", "\x80", "\xA2"};
  auto oneByOne = [](std::string_view text, std::size_t from, std::string_view set) {
    for (std::size_t i = from; i < text.size(); ++i)
      if (set.find(text[i]) != std::string_view::npos) return i;
    return text.size();
  };
  std::mt19937 rng(20261204);
  for (int round = 0; round < 5000; ++round) {
    std::string text = randomText(rng, bytes);
    if (round % 3 == 0) text = std::string(40 - text.size() % 40, 'a') + text + randomText(rng, bytes) + "b";
    INFO(text);
    for (std::size_t from = 0; from <= text.size(); ++from) {
      CHECK(nextByteOf(text, from, '"', '\xE2') == oneByOne(text, from, "\"\xE2"));
      CHECK(nextByteOf(text, from, '\'', '"', '\xE2') == oneByOne(text, from, "'\"\xE2"));
      CHECK(nextByteOf(text, from, '1', '2') == oneByOne(text, from, "12"));
    }
  }
  CHECK(nextByteOf("", 0, '"') == 0);
  CHECK(nextByteOf("abc", 5, '"') == 3);  // from past the end: the size
}

TEST_CASE("the last place of a word is rfind's, looked for by its first byte other than a space", "[ingest][text]") {
  // Texts of up to 40 pieces among the clause cuts' bytes, each searched for words that start and end
  // with spaces, that are all spaces, that are longer than the text and that are empty.
  const std::string_view pieces[] = {"a", "b", " ", ";", ",", "w", "wh", "; ", " but ", "\u2019"};
  const std::string_view words[] = {"; ", " while ", ", which ", " but ",   " b",  "a",
                                    "  ", " ",       "",         "\u2019s", "ab ", "; ; "};
  std::mt19937 rng(20261206);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = randomText(rng, pieces);
    INFO(text);
    for (std::string_view word : words) CHECK(lastOf(text, word) == std::string_view(text).rfind(word));
  }
  CHECK(lastOf("a; b; c", "; ") == 4);
  CHECK(lastOf("x but y", " but ") == 1);
  CHECK(lastOf("but", " but ") == std::string_view::npos);
  CHECK(lastOf("", "") == 0);
  CHECK(lastOf("abc", "") == 3);
}

TEST_CASE("a word is found in either case from any place, where the lowered text's find finds it", "[ingest][text]") {
  // Texts long enough for the sixteen-place steps, of pieces in both cases and bytes the case bit would
  // confuse with letters ('@' and '`' are 'A' and 'a' less one, '[' is 'Z' and 'z' less 0x20).
  const std::string_view pieces[] = {"o", "O", "f", "F",  "of", "OF", " ",     "@",
                                     "`", "[", "{", "up", "Up", "-D", "\u2212"};
  const std::string_view words[] = {"of", "up", "one", "-dimen", "between", "o", "[f"};
  std::mt19937 rng(20261207);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = randomText(rng, pieces);
    const std::string lowered = cg::graph::lowerAscii(text);
    INFO(text);
    for (std::string_view word : words)
      for (std::size_t from : {std::size_t{0}, std::size_t{1}, text.size() / 2, text.size()}) {
        CHECK(findCaseless(text, word, 0, from) == std::string_view(lowered).find(word, from));
        CHECK(findCaseless(text, word, word.size() - 1, from) == std::string_view(lowered).find(word, from));
      }
  }
  CHECK(findCaseless("Range of 0 to 1", "of", 0) == 6);
  CHECK(findCaseless("OF of", "of", 0, 1) == 3);
  CHECK(findCaseless("of", "of", 0, 2) == std::string_view::npos);
}

TEST_CASE("a caseless search by a letter pair finds what a byte-by-byte search finds", "[ingest][text]") {
  // Texts of up to 40 pieces around the words StatedValues looks for, in both cases and cut short,
  // with the bytes beside the capitals ('@', '['), bytes beyond ASCII and bytes that are a space or a
  // hyphen once their 0x20 bit is set ('\0', '\r'), so that a pair falls at every place of a
  // sixteen-byte step.
  const std::string_view pieces[] = {"a",
                                     "R",
                                     "n",
                                     "g",
                                     " ",
                                     "-",
                                     "e",
                                     "T",
                                     "w",
                                     "@",
                                     "[",
                                     "\r",
                                     std::string_view("\0", 1),
                                     "\x80",
                                     "rang",
                                     "RANG",
                                     "rAn",
                                     "betwee",
                                     "BeTwEeN",
                                     "out",
                                     " of",
                                     "\xC1"};
  const std::pair<std::string_view, std::size_t> words[] = {
      {"rang", 3}, {"between", 1}, {"out of", 0}, {"-dimensional", 2}, {"um", 0}, {"to", 1}, {"g", 0}};
  auto oneByOne = [](std::string_view text, std::string_view lower) {
    for (std::size_t s = 0; s + lower.size() <= text.size(); ++s) {
      std::size_t k = 0;
      while (k < lower.size() && lowerAscii(text[s + k]) == lower[k]) ++k;
      if (k == lower.size()) return true;
    }
    return false;
  };
  std::mt19937 rng(20261206);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = randomText(rng, pieces);
    INFO(text);
    for (auto [word, anchor] : words) CHECK(containsCaseless(text, word, anchor) == oneByOne(text, word));
  }
  CHECK(containsCaseless("a wide RANGE of values", "rang", 3));
  CHECK(containsCaseless(std::string(40, 'x') + "Between", "between", 1));
  CHECK_FALSE(containsCaseless("ranking", "rang", 3));
  CHECK_FALSE(containsCaseless("outof", "out of", 0));
  CHECK_FALSE(containsCaseless("", "um", 0));
}

TEST_CASE("ASCII lower-casing leaves every other byte as it is", "[ingest][text]") {
  CHECK(lowerAscii("GPU-Hours") == "gpu-hours");
  CHECK(lowerAscii("\u00C9COLE Z\u00DCRICH") == "\u00C9cole z\u00DCrich");  // É and Ü are not ASCII
  CHECK(lowerAscii("") == "");
  STATIC_REQUIRE(lowerAscii('Q') == 'q');
  STATIC_REQUIRE(lowerAscii('@') == '@');
  STATIC_REQUIRE(lowerAscii('[') == '[');
}

TEST_CASE("a byte-order mark names the encoding, and the text comes out as UTF-8 without it", "[ingest][text]") {
  using namespace std::string_literals;
  struct Encoded {
    const char* name;
    std::string bytes;
  };
  // "Aé\n" in each encoding, after its mark.
  const Encoded cases[] = {
      {"UTF-8",
       "\xEF\xBB\xBF"
       "A\xC3\xA9\n"s},
      {"UTF-16LE",
       "\xFF\xFE"
       "A\0\xE9\0\n\0"s},
      {"UTF-16BE",
       "\xFE\xFF"
       "\0A\0\xE9\0\n"s},
      {"UTF-32LE",
       "\xFF\xFE\0\0"
       "A\0\0\0\xE9\0\0\0\n\0\0\0"s},
      {"UTF-32BE",
       "\0\0\xFE\xFF"
       "\0\0\0A\0\0\0\xE9\0\0\0\n"s},
  };
  for (const Encoded& c : cases) {
    INFO(c.name);
    std::vector<Diagnostic> ds;
    CHECK(decodeText(c.bytes, "bom.md", ds) == "A\xC3\xA9\n");
    CHECK(ds.empty());
  }
}

TEST_CASE("text with no byte-order mark is read as UTF-8, and UTF-7's ASCII mark is no mark", "[ingest][text]") {
  std::vector<Diagnostic> ds;
  CHECK(decodeText("A\xC3\xA9\n", "plain.md", ds) == "A\xC3\xA9\n");
  CHECK(decodeText("+/v8 is how the line starts\n", "plus.md", ds) == "+/v8 is how the line starts\n");
  CHECK(ds.empty());
}

TEST_CASE("a pattern that does not compile is a cg::Error naming it, not a pattern that never matches",
          "[ingest][text]") {
  CHECK_THROWS_MATCHES(pattern("(unclosed", "test", true), cg::Error,
                       Catch::Matchers::Message("internal error: the test pattern does not compile: missing ): "
                                                "(unclosed"));
  const re2::RE2& digits = pattern("\\d+", "digits");
  CHECK(re2::RE2::FullMatch("2025", digits));
}

namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& [begin, end] : splitSentences(text)) out.emplace_back(text.substr(begin, end - begin));
  return out;
}

}  // namespace

// Text with no full stop, '!', '?' or line break is one sentence without a call into ICU; the
// answer must be the one ICU gives, which the cases with a terminator check against.
TEST_CASE("text without a sentence terminator is one sentence, trimmed, as ICU would split it", "[ingest][text]") {
  CHECK(sentences("  NVIDIA | $589 billion | January 27, 2025  ") == Words{"NVIDIA | $589 billion | January 27, 2025"});
  CHECK(sentences("Founded: 2023; headquarters: Hangzhou") == Words{"Founded: 2023; headquarters: Hangzhou"});
  CHECK(sentences("   ").empty());
  CHECK(sentences("Acme raised $5 billion. It hired 300 people") ==
        Words{"Acme raised $5 billion.", "It hired 300 people"});
  CHECK(sentences("Acme raised $5.6 billion (a record) in 2024") ==
        Words{"Acme raised $5.6 billion (a record) in 2024"});
  CHECK(sentences("Is it? Yes! “Curly” ends here") == Words{"Is it?", "Yes!", "“Curly” ends here"});
}

// sentenceBreaks reads plain ASCII itself and must break exactly where ICU does: every string of up
// to five characters over letters, a digit, the three terminators, closing marks, spaces and inner
// marks, alone and after a word; of up to four after the ends of ICU's exceptions ("Mr", "U.S",
// "Ph.D", "AI", "I.e"); and random texts of words, exceptions and marks.
TEST_CASE("plain ASCII text is cut without ICU exactly where ICU cuts it", "[ingest][text]") {
  Words differing;
  std::size_t checked = 0;
  auto check = [&](const std::string& text) {
    ++checked;
    if (sentenceBreaks(text) != icuSentenceBreaks(text)) differing.push_back(text);
  };
  auto strings = [](const std::string& alphabet, std::size_t longest, auto&& each) {
    std::vector<std::string> texts{""};
    for (std::size_t length = 1; length <= longest; ++length) {
      std::vector<std::string> longer;
      for (const std::string& t : texts)
        for (char c : alphabet) longer.push_back(t + c);
      texts = std::move(longer);
      for (const std::string& t : texts) each(t);
    }
  };
  strings("aB3.!?)\" ,-", 5, [&](const std::string& t) {
    check(t);
    check("Word" + t);
  });
  strings(".Dd ;(\t", 4, [&](const std::string& t) {
    for (const char* before : {"Mr", "Mr.", "U.S", "Ph.D", "AI", "I.e", "e.g", "Hon.B", "Lt.Cdr"}) check(before + t);
  });
  CHECK(checked == 2 * (11 + 121 + 1331 + 14641 + 161051) + 9 * (7 + 49 + 343 + 2401));
  std::mt19937 random(16);
  const std::vector<std::string> pieces = {
      "Mr.",  "Mrs.", "U.S.",     "U.S.A.",  "Ph.D.", "I.",  "I.e.", "AI.",  "Inc.", "Dr.", "e.g.",
      "a.m.", "vs.",  "Hon.B.A.", "Lt.Cdr.", "Jan.",  "No.", "word", "Word", "WORD", "3",   "3.5",
      ".",    "!",    "?",        "...",     "\"",    "'",   ")",    "(",    "]",    " ",   " ",
      " ",    "  ",   "\t",       ",",       ";",     "-",   ":",    "#"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t count = 1 + random() % 12;
    for (std::size_t k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    check(text);
  }
  CHECK(differing == Words{});
  CHECK(sentenceBreaks("Revenue rose 3.5 percent in the U.S. last year.") == std::vector<std::size_t>{47});
  CHECK(sentenceBreaks("It rose. Then it fell.") == std::vector<std::size_t>{9, 22});
  CHECK(sentenceBreaks("Mr. Smith left. Mrs. Roe stayed.") == std::vector<std::size_t>{16, 32});
  CHECK(sentenceBreaks("").empty());
}

// ICU's breaks are byte offsets of the UTF-8 text: a character of two, three or four bytes (a
// surrogate pair in UTF-16) before a break must not shift the cut, and text that is not valid
// UTF-8 is still split.
TEST_CASE("sentence cuts after multi-byte characters fall on the right bytes", "[ingest][text]") {
  CHECK(sentences("Zürich grew. Next one.") == Words{"Zürich grew.", "Next one."});
  CHECK(sentences("Prices rose – sharply. Then fell.") == Words{"Prices rose – sharply.", "Then fell."});
  CHECK(sentences("It said \xF0\x9F\x98\x80 twice. Then stopped! Done?") ==
        Words{"It said \xF0\x9F\x98\x80 twice.", "Then stopped!", "Done?"});
  CHECK(sentences("München 東京 grew. 北京 too.") == Words{"München 東京 grew.", "北京 too."});
  const std::string invalid = "Bad \xFF byte here. Next one.";
  CHECK(sentences(invalid) == Words{"Bad \xFF byte here.", "Next one."});
}

// ASCII text goes to ICU as UTF-16, other text as UTF-8: the cuts must be the same, at the same
// bytes. Each text opens with a capital; with "Á" (two bytes) there instead, every cut is one byte later.
TEST_CASE("ASCII text is cut where the same text with a character beyond ASCII is cut", "[ingest][text]") {
  const std::vector<std::string> texts = {
      "Acme grew. Mr. Smith left in 2024! Did he? Yes.",
      "As the U.S. Army said, it works (see e.g. the notes). Then it fell 3.5 percent.",
      "Also Dr. Roe and Prof. Lee spoke.  \"Done.\" Next one. Jan. 5 came. Inc. Magazine wrote it.",
      "A line\nanother line. End",
  };
  for (const std::string& ascii : texts) {
    std::vector<std::size_t> expected = sentenceBreaks(ascii);
    REQUIRE(expected.size() > 1);
    for (std::size_t& cut : expected) ++cut;
    CHECK(sentenceBreaks("\u00C1" + ascii.substr(1)) == expected);
  }
}

namespace {

std::vector<std::pair<std::size_t, std::size_t>> spans(const std::vector<Token>& tokens) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const Token& t : tokens) out.emplace_back(t.begin, t.end);
  return out;
}

}  // namespace

TEST_CASE("a block's token array holds the tokenizer's words with their byte spans", "[ingest][text][tokens]") {
  // "Quorvex's" and "GPT-4.1" keep their inner marks; the curly quotes (3 bytes each) and the dash end words.
  const std::string text = "Quorvex's GPT-4.1 rose \u201Cfast\u201D\u2014 by 5%. Next, Zoë.";
  const BlockTokens tokens(text);
  using Spans = std::vector<std::pair<std::size_t, std::size_t>>;
  CHECK(spans(tokens.all()) == Spans{{0, 9}, {10, 17}, {18, 22}, {26, 30}, {37, 39}, {40, 41}, {44, 48}, {50, 54}});
  CHECK(spans(tokens.all()) == spans(tokenize(text)));
  // A sentence: the words inside it, counted from its first byte.
  CHECK(spans(tokens.within(44, 55)) == Spans{{0, 4}, {6, 10}});  // "Next, Zoë."
  CHECK(spans(tokens.within(0, 17)) == Spans{{0, 9}, {10, 17}});
  // Edges that cut a word are read as the piece alone reads: "Quorvex" of "Quorvex's", "PT-4" of "GPT-4.1".
  CHECK(spans(tokens.within(0, 7)) == Spans{{0, 7}});
  CHECK(spans(tokens.within(11, 15)) == Spans{{0, 4}});
  CHECK(spans(tokens.within(10, 16)) == Spans{{0, 5}});  // "GPT-4." ends before its dot
  // An edge inside the curly quote's three bytes: its last bytes stand alone and are word bytes.
  CHECK(spans(tokens.within(24, 30)) == spans(tokenize(std::string_view(text).substr(24, 6))));
  CHECK(spans(tokens.within(24, 30)) == Spans{{0, 6}});
  // Past the end: clipped as substr clips; "ë." of "Zoë." (its edge cuts the word) gives "ë".
  CHECK(spans(tokens.within(50, 1000)) == Spans{{0, 4}});
  CHECK(spans(tokens.within(52, 1000)) == Spans{{0, 2}});
  CHECK(tokens.within(20, 20).empty());
  CHECK(tokens.within(36, 37).empty());  // a space
  CHECK_THROWS_AS(tokens.within(text.size() + 1, text.size() + 2), std::out_of_range);
}

TEST_CASE("a block's tokens fold any piece of it exactly as foldKey folds the piece alone", "[ingest][text][tokens]") {
  // Plain ASCII pieces (lowered from the block's one lowered copy), a tab, two spaces, a curly
  // quote, a non-ASCII letter and a typographic dash (folded by foldKey).
  const std::string text =
      " Vice President Orla Quint, of\tKestrel  Labs, said \u201CNo\u201D \u2014 \u00C9COLE \uFB01 ok. @AZ[`az{ "
      "QUIET-ZONE_ALL caps,   x\n  y. ";
  const BlockTokens tokens(text);
  CHECK(tokens.folded(0, 15) == "vice president");  // the edge spaces cut
  CHECK(tokens.folded(15, 27) == "orla quint,");
  CHECK(tokens.folded(27, 38) == "of kestrel");    // a tab in it: foldKey's one space
  CHECK(tokens.folded(31, 44) == "kestrel labs");  // two spaces: one
  CHECK(tokens.folded(44, 44).empty());
  std::vector<std::string_view> views;
  for (std::size_t begin = 0; begin < text.size(); ++begin)
    for (std::size_t end = begin; end <= text.size(); ++end) {
      INFO(begin << ".." << end);
      const std::string_view view = tokens.folded(begin, end);
      REQUIRE(view == cg::graph::foldKey(std::string_view(text).substr(begin, end - begin)));
      views.push_back(view);
    }
  // Every view is still the fold after all the others were made.
  std::size_t i = 0;
  for (std::size_t begin = 0; begin < text.size(); ++begin)
    for (std::size_t end = begin; end <= text.size(); ++end)
      REQUIRE(views[i++] == cg::graph::foldKey(std::string_view(text).substr(begin, end - begin)));
}

TEST_CASE("every piece of a block reads from its token array exactly as the tokenizer reads it alone",
          "[ingest][text][tokens]") {
  const std::string text =
      "U.S. chips\u2019 sales (of Zoë's lab) rose\u2013fell: \u201CDeepSeek-V3\u201D 's 'quoted' e.g. x.y-z & co.";
  const BlockTokens tokens(text);
  for (std::size_t begin = 0; begin <= text.size(); ++begin)
    for (std::size_t end = begin; end <= text.size() + 2; ++end) {
      INFO("piece [" << begin << ", " << end << ")");
      REQUIRE(spans(tokens.within(begin, end)) == spans(tokenize(std::string_view(text).substr(begin, end - begin))));
    }
}

TEST_CASE("an article's token arrays are made once for each block that asks", "[ingest][text][tokens]") {
  Article article;
  article.blocks.resize(2);
  article.blocks[0].text = "Acme said revenue rose.";
  article.blocks[1].text = "It fell.";
  ArticleTokens tokens(article);
  const BlockTokens& second = tokens.of(1);
  CHECK(spans(second.all()) == std::vector<std::pair<std::size_t, std::size_t>>{{0, 2}, {3, 7}});
  CHECK(&tokens.of(1) == &second);  // the same array again, not a new scan
  CHECK(spans(tokens.of(0).all()) ==
        std::vector<std::pair<std::size_t, std::size_t>>{{0, 4}, {5, 9}, {10, 17}, {18, 22}});
}

namespace {

// What RE2 itself gives on UTF-8: the groups as strings ("" for a group that took no part).
std::vector<std::string> utf8Groups(const std::string& regex, std::string_view text, bool whole, int groups) {
  const RE2 re(regex);
  std::vector<re2::StringPiece> found(static_cast<std::size_t>(groups) + 1);
  if (!re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), whole ? RE2::ANCHOR_BOTH : RE2::UNANCHORED,
                found.data(), groups + 1))
    return {"no match"};
  std::vector<std::string> out;
  for (int g = 1; g <= groups; ++g)
    out.emplace_back(found[static_cast<std::size_t>(g)].data() ? std::string(found[static_cast<std::size_t>(g)]) : "");
  return out;
}

std::vector<std::string> letterGroups(const LetterPattern& p, std::string_view text, bool whole, int groups) {
  std::vector<std::string_view> found(static_cast<std::size_t>(groups));
  if (!(whole ? p.fullMatch(text, found) : p.partialMatch(text, found))) return {"no match"};
  return {found.begin(), found.end()};
}

// Each text read whole by the letter pattern of `regex` as RE2 reads it on UTF-8, two groups.
void checkWholeAsOnUtf8(const std::string& regex, std::initializer_list<std::string_view> texts) {
  const LetterPattern p(regex, "test pattern");
  for (std::string_view text : texts) {
    CAPTURE(text);
    CHECK(letterGroups(p, text, true, 2) == utf8Groups(regex, text, true, 2));
  }
}

}  // namespace

TEST_CASE("a letter pattern matches what RE2 matches on UTF-8, its groups as views of the text",
          "[ingest][text][re2]") {
  // Bounded repeats count characters (a two-byte 'é' is one), classes read upper- and lower-case
  // letters beyond ASCII, other letters ('ß' is Ll; 'ª', Hebrew 'א' are Lo) and non-letters ('€').
  const std::string regex = R"(^[,.]? ?(\p{Lu}[\p{L} ]{2,6}?), (\p{Ll}+)(?: (\p{L}\p{Lu}))?,? \(?\d{4}\b)";
  const LetterPattern p(regex, "test pattern");
  for (std::string_view text :
       {", Éditions Ça, zürich 1996", ", Éd Ça, zürich 1996", ", Steiner, wiesbaden, 1963", ", Aééééééé, zz 1996",
        ", Aéééééé, zz 1996", ", Año, straße ªÖ 2001", ", Añ, straße 2001", ", Añ, straße אÖ 2001",
        ", Añ, straße ªÖ 2001", ", A€b, zz 1999", ", Ab, zz 19999", ". Øre, ß 2020 more", "\xC3(, bad, zz 1999",
        ", Ab, \xFFzz 1999", ""}) {
    CAPTURE(text);
    CHECK(letterGroups(p, text, false, 3) == utf8Groups(regex, text, false, 3));
    // Asked for no group, only whether it matches (a pattern of yes or no: its match is found once).
    CHECK(letterGroups(p, text, false, 0) == utf8Groups(regex, text, false, 0));
    CHECK(letterGroups(p, text, true, 0) == utf8Groups(regex, text, true, 0));
  }
  CHECK(letterGroups(p, ", Éd Ça, zürich 1996", false, 3) == std::vector<std::string>{"Éd Ça", "zürich", ""});
  CHECK(letterGroups(p, ", Éditions Ça, zürich 1996", false, 3) == std::vector<std::string>{"no match"});
  CHECK(letterGroups(p, ", Aééééééé, zz 1996", false, 3) == std::vector<std::string>{"no match"});  // 7 after 'A'
  CHECK(letterGroups(p, ", Aéééééé, zz 1996", false, 3) == std::vector<std::string>{"Aéééééé", "zz", ""});
  CHECK(letterGroups(p, ", Año, straße ªÖ 2001", false, 3) == std::vector<std::string>{"Año", "straße", "ªÖ"});
  CHECK(letterGroups(p, ", A€b, zz 1999", false, 3) == std::vector<std::string>{"no match"});
  // Text that is not UTF-8 is read by the pattern compiled for UTF-8.
  CHECK(letterGroups(p, ", Ab, \xFFzz 1999", false, 3) == std::vector<std::string>{"no match"});

  const std::string whole = R"(^([^()]{2,10}?)\s*\(([^()]{0,3}\b\d{4}\b)\)[.,]?\s*(.+)$)";
  const LetterPattern w(whole, "test pattern");
  for (std::string_view text :
       {"Müller, J. (2019). Über — alles", "Müllerrrrr (2019) x", "Ёж (в 2019) конец", "a (2019)"}) {
    CAPTURE(text);
    CHECK(letterGroups(w, text, true, 3) == utf8Groups(whole, text, true, 3));
  }
  CHECK(letterGroups(w, "Müller, J. (2019). Über — alles", true, 3) ==
        std::vector<std::string>{"Müller, J.", "2019", "Über — alles"});
}

TEST_CASE("a letter pattern's own characters beyond ASCII match themselves and no other character of their class",
          "[ingest][text][re2]") {
  // '’' and '”' (written as \x{201D}) are non-letters, 'É' an upper-case letter: each gets a stand-in
  // of its own, so '‘', '€' and 'Ö' stay what the class stand-ins make them.
  const std::string regex = R"(^[.,\x{201D}]* ?(\p{Lu}[\p{L}'’-]+) (É\p{Ll}+|[^\d’]{1,4}?)\.?$)";
  checkWholeAsOnUtf8(regex, {"O’Brien Éric", "” O’Brien Éric.", ",”, D’Arcy-Ö Éa", "O‘Brien Éric", "O€Brien Éric",
                             "Ö’Neil Öric", "Ö’Neil ab’c", "Ö’Neil a€‘c", "Ö’Neil a€‘cd", "Ö’Neil Éricc",
                             "Ö’Neil Öricc", "“ O’Brien Éric", "O’Brien Éric\xFF"});
  const LetterPattern p(regex, "test pattern");
  CHECK(letterGroups(p, "” O’Brien Éric.", true, 2) == std::vector<std::string>{"O’Brien", "Éric"});
  CHECK(letterGroups(p, "O‘Brien Éric", true, 2) == std::vector<std::string>{"no match"});
  CHECK(letterGroups(p, "Ö’Neil Éricc", true, 2) == std::vector<std::string>{"Ö’Neil", "Éricc"});
  CHECK(letterGroups(p, "Ö’Neil Öricc", true, 2) == std::vector<std::string>{"no match"});
  CHECK(letterGroups(p, "Ö’Neil a€‘c", true, 2) == std::vector<std::string>{"Ö’Neil", "a€‘c"});
  // A range needs the characters between its ends: not a letter pattern.
  CHECK_THROWS_AS(LetterPattern(R"([À-Þ]x)", "test pattern"), cg::Error);
}

TEST_CASE("a letter pattern reads its letter classes inside brackets and outside them as RE2 does",
          "[ingest][text][re2]") {
  // A ']' first in a class is a member, "[:digit:]" is one member: the class goes on past both.
  const std::string regex = R"(^[]\p{Lu}]+([^\p{Ll}\s]*) [[:digit:]\p{Ll}-]+ (\p{L}+)\.?$)";
  checkWholeAsOnUtf8(
      regex, {"]ÉA x9-é ªº", "ÉA]9 9ß-ö Ωω", "Éa 9ß Ω", "É€× é1 µ.", "É]€ é1 \u00AA", "É éé ×", "É a ]", "]] a Ö."});
  const LetterPattern p(regex, "test pattern");
  CHECK(letterGroups(p, "ÉA]9 9ß-ö Ωω", true, 2) == std::vector<std::string>{"9", "Ωω"});
  CHECK(letterGroups(p, "É éé ×", true, 2) == std::vector<std::string>{"no match"});
}

TEST_CASE("a letter pattern's (?i:...) group folds case as RE2 does on UTF-8, 'ſ' and the Kelvin sign included",
          "[ingest][text][re2]") {
  // On UTF-8, (?i) gives 's' the long s 'ſ' and 'k' the Kelvin sign 'K' besides their other case;
  // other characters beyond ASCII ('é', 'Ö', '’') stay what they are.
  const std::string regex = R"(^(\p{Lu}\p{L}*)(?:’s)? (?i:remarks|response(?:s)?|by) (\p{L}+)$)";
  checkWholeAsOnUtf8(regex, {"Öz remarks Ab", "Öz REMARKS Ab", "Öz remarKs Ab", "Öz remarKs Ab", "Öz remarkſ Ab",
                             "Öz reſponſeſ Éa", "Öz réponse Ab", "Öz’s By Ab", "Öz’s bY Ab", "Öz remarkss Ab",
                             "Öz remarks \xFF", "Oz Responses Ab", "Oz rEsPoNsE Ab"});
  const LetterPattern p(regex, "test pattern");
  CHECK(letterGroups(p, "Öz remarKs Ab", true, 2) == std::vector<std::string>{"Öz", "Ab"});
  CHECK(letterGroups(p, "Öz reſponſeſ Éa", true, 2) == std::vector<std::string>{"Öz", "Éa"});
  CHECK(letterGroups(p, "Öz réponse Ab", true, 2) == std::vector<std::string>{"no match"});
  // Folding a class, \p or a character beyond ASCII would need rules of its own: refused, as is (?i).
  CHECK_THROWS_AS(LetterPattern(R"((?i:[a-z]x))", "test pattern"), cg::Error);
  CHECK_THROWS_AS(LetterPattern(R"((?i:\p{Lu}x))", "test pattern"), cg::Error);
  CHECK_THROWS_AS(LetterPattern(R"((?i:é))", "test pattern"), cg::Error);
  CHECK_THROWS_AS(LetterPattern(R"((?i)abc)", "test pattern"), cg::Error);
}
