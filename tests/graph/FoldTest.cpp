// Folding: the one rule by which names, tokens and quotes compare.
#include <catch2/catch.hpp>

#include <cctype>
#include <cstdint>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "graph/AsciiRun.h"
#include "graph/DotWriter.h"
#include "graph/Fold.h"

using namespace cg::graph;

TEST_CASE("folding ignores case, width, typographic quotes and spacing", "[graph][fold]") {
  CHECK(foldKey("NVIDIA") == "nvidia");
  CHECK(foldKey("  Satya   Nadella ") == "satya nadella");
  CHECK(foldKey("\u201CAI\u2019s Sputnik moment\u201D") == "\"ai's sputnik moment\"");
  CHECK(foldKey("\uFF33\uFF06\uFF30 500") == "s&p 500");
  CHECK(foldKey("STRASSE") == foldKey("Stra\u00DFe"));
  CHECK(foldKey("DeepSeek\u2013R1") == "deepseek-r1");
}

TEST_CASE("ASCII with typographic punctuation folds as ICU would, and other text still goes through ICU",
          "[graph][fold]") {
  // Folded without ICU: quotes, dashes, the non-breaking hyphen and the spaces NFKC makes U+0020.
  CHECK(
      foldKey(
          "\u2018Nvidia\u2019s\u2019 \u201EX\u201D \u2010\u2011\u2012\u2013\u2014\u2212 a\u00A0\u2009\u202F\u2007b ") ==
      "'nvidia's' \"x\" ------ a b");
  // A prime is folded without ICU; a double prime decomposes (NFKC) into two primes.
  CHECK(foldKey("5\u2032") == "5'");
  CHECK(foldKey("5\u2033") == "5''");
  // Anything else takes the ICU path: an accent, an ellipsis (NFKC "..."), a ligature.
  CHECK(foldKey("Caf\u00C9 \u2014 \u2026 \uFB01") == "caf\u00E9 - ... fi");
}

TEST_CASE("text beyond ASCII folds piece by piece as ICU folds it whole", "[graph][fold]") {
  // Random texts of up to 40 pieces: ASCII letters and spaces, and characters that NFKC_Casefold
  // composes with what stands before them (combining acute and cedilla after "e", "c"; a Hangul vowel
  // after its leading consonant), decomposes ("\uFB01", "\u2460", fullwidth "\uFF21"), or folds
  // ("\u00C9", "\u00DF", "\u03A3", the Kelvin sign). foldKey sends only the pieces beyond ASCII to ICU.
  const std::string_view pieces[] = {"a",      "e",      "C",      "Z",      " ",      " ",
                                     "-",      "\u0301", "\u0327", "\u00C9", "\u00DF", "\u03A3",
                                     "\u212A", "\uFB01", "\u2460", "\uFF21", "\u1100", "\u1161"};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  REQUIRE(U_SUCCESS(status));
  auto whole = [&](const std::string& text) {  // ICU over the whole text, then spaces collapsed and trimmed
    std::string normal;
    nfkcCasefold->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(normal);
    std::string out;
    for (std::size_t i = 0; i < normal.size(); ++i)
      if (normal[i] != ' ' || (!out.empty() && out.back() != ' ')) out.push_back(normal[i]);
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  std::mt19937 rng(20261204);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t n = rng() % 41;
    for (std::size_t k = 0; k < n; ++k) text += pieces[rng() % std::size(pieces)];
    INFO(text);
    CHECK(foldKey(text) == whole(text));
  }
  CHECK(foldKey("cafe\u0301 and the long ascii run then \u00C9") == "caf\u00E9 and the long ascii run then \u00E9");
}

TEST_CASE("ASCII folds eight bytes a step as it folds a byte at a time", "[graph][fold]") {
  // Lowered, each run of tab, line feed, carriage return and space one space, trimmed; a vertical tab
  // or a form feed kept. Random texts of up to 70 bytes over the bytes around each letter range
  // ('@', '[', '`', '{') and the blanks, some mostly letters (runs that cross eight-byte steps),
  // some mostly blanks (runs that end inside one).
  auto byByte = [](std::string_view text) {
    std::string out;
    bool pending = false;
    for (char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pending = !out.empty();
        continue;
      }
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
  };
  const std::string_view letters = "aAzZmM09@[`{-.", blanks = " \t\n\r\v\f  ";
  std::mt19937 rng(20261205);
  for (int round = 0; round < 20000; ++round) {
    const unsigned blankOdds = 2 + round % 7;  // one byte in blankOdds is a blank
    std::string text;
    const std::size_t n = rng() % 71;
    for (std::size_t k = 0; k < n; ++k)
      text += rng() % blankOdds == 0 ? blanks[rng() % blanks.size()] : letters[rng() % letters.size()];
    INFO(text);
    CHECK(foldKey(text) == byByte(text));
  }
  CHECK(foldKey("  The QUICK\tbrown\r\n\r\nFOX jumps   OVER the lazy DOG  ") ==
        "the quick brown fox jumps over the lazy dog");
  CHECK(foldKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{") == "abcdefghijklmnopqrstuvwxyz@[`{");
  CHECK(foldKey("A\vB\fC") == "a\vb\fc");
  CHECK(foldKey(" \t\n ").empty());
}

TEST_CASE("text that folds by lowering alone folds as the whole rule folds it", "[graph][fold]") {
  // Words of 1 to 20 bytes with one space between them (every place of a space in an eight-byte step,
  // the last word's 0 to 7 bytes), spaces at either end or not, and now and then two spaces, a tab or
  // a byte beyond ASCII beside a space, which take the other paths.
  const std::string_view letters = "AZazMm09@[`{-.";
  const char* breaks[] = {"  ", "\t", " \n", "\u00E9 "};
  std::mt19937 rng(20261207);
  for (int round = 0; round < 20000; ++round) {
    std::string text(rng() % 3, ' ');
    const std::size_t words = 1 + rng() % 4;
    for (std::size_t w = 0; w < words; ++w) {
      if (w > 0) text += rng() % 16 == 0 ? breaks[rng() % 4] : " ";
      const std::size_t length = 1 + rng() % 20;
      for (std::size_t k = 0; k < length; ++k) text += letters[rng() % letters.size()];
    }
    text.append(rng() % 3, ' ');
    INFO(text);
    CHECK(foldKey(text) == foldKey(text + "\u00E9").substr(0, foldKey(text).size()));
  }
  CHECK(foldKey(" Satya Nadella ") == "satya nadella");
  CHECK(foldKey("ABCDEFG H") == "abcdefg h");
  CHECK(foldKey("ABCDEFGH  I") == "abcdefgh i");
  CHECK(foldKey("ABCDEFG  H") == "abcdefg h");
  CHECK(foldKey("   ").empty());
}

TEST_CASE("a text that stops folding by lowering after its first steps folds from its own bytes", "[graph][fold]") {
  // The first eight-byte steps are lowered in the key's buffer before a later step finds a tab, two
  // spaces or a byte beyond ASCII: the other paths fold the text as written into the same buffer.
  CHECK(foldKey("ABCDEFGHIJKLMNOP\tQ") == "abcdefghijklmnop q");
  CHECK(foldKey("ABCDEFGHIJ  KLMN") == "abcdefghij klmn");
  CHECK(foldKey("ABCDEFGH IJKLMNO ") == "abcdefgh ijklmno");
  CHECK(foldKey("NVIDIA GEFORCE \u00C9COLE") == "nvidia geforce \u00E9cole");
  CHECK(foldKey("ABCDEFGHIJKLMNOP \u201CQ\u201D") == "abcdefghijklmnop \"q\"");
  CHECK(foldKey("Satya Nadella") == "satya nadella");
  CHECK(foldKey("").empty());
}

TEST_CASE("tokens keep decimals and abbreviations whole and drop possessives", "[graph][fold]") {
  CHECK(foldTokens("DeepSeek's R1 fell 3.1% in the U.S.") ==
        std::vector<std::string>{"deepseek", "r1", "fell", "3.1", "in", "the", "u.s"});
}

TEST_CASE("ASCII text tokenizes as it does beside a non-ASCII word, which takes the folded path", "[graph][fold]") {
  // foldTokens reads ASCII in place; one accented word sends the same text through foldKey.
  const char* cases[] = {"DeepSeek's R1 fell 3.1% in the U.S.",
                         "  IT'S  Acme's\tSHARES. v2.0 .5 a..b x.  it'Sx o'neill 's 'S x' y'",
                         "snake_case __init__ GPU-hours S&P 500 e.g. (N.Y.) 1,000.50 end.",
                         "Bob'S dog's, Alice's. He's'",
                         "",
                         "   "};
  for (std::string_view text : cases) {
    std::vector<std::string> plain = foldTokens(text);
    std::vector<std::string> beside = foldTokens(std::string(text) + " \u00E9t\u00E9");
    REQUIRE(!beside.empty());
    beside.pop_back();
    CHECK(plain == beside);
  }
}

namespace {

// A random text of fewer than `lengths` bytes, each drawn from `bytes`.
std::string randomText(std::mt19937& rng, std::string_view bytes, std::size_t lengths) {
  std::string text;
  const std::size_t length = rng() % lengths;
  for (std::size_t k = 0; k < length; ++k) text += bytes[rng() % bytes.size()];
  return text;
}

// foldTokens' rule written out a byte at a time, as the folded path reads a folded text: a token opens
// at a letter, a digit, '_' or a byte beyond ASCII (here only the bytes of "\u00E9", a letter that
// folds to itself); a '.' before a letter or digit and a '\'' before a letter stay in it; "'s" or "'S"
// before no letter or digit ends it and is dropped; trailing dots are cut; ASCII letters are lowered.
std::vector<std::string> tokensByteByByte(std::string_view text) {
  auto alnum = [](unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0; };
  auto alpha = [](unsigned char c) { return c >= 0x80 || std::isalpha(c) != 0; };
  std::vector<std::string> tokens;
  std::string token;
  auto flush = [&] {
    while (!token.empty() && token.back() == '.') token.pop_back();
    if (!token.empty()) tokens.push_back(token);
    token.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const auto afterNext = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (c == '\'' && !token.empty() && alpha(next) && (next | 0x20) == 's' && !alnum(afterNext)) {
      flush();
      ++i;
    } else if (alnum(c) || c == '_' || (!token.empty() && ((c == '.' && alnum(next)) || (c == '\'' && alpha(next))))) {
      token += lowerAscii(static_cast<char>(c));
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

}  // namespace

TEST_CASE("tokens read through the byte table are the tokens of the rule read a byte at a time", "[graph][fold]") {
  // Letters (the possessive's 's' among them), digits, '_', dots, apostrophes and blanks, in any order;
  // in a fifth of the texts a letter beyond ASCII anywhere, which sends the text through foldKey from
  // that byte on.
  const std::string_view bytes = "aZsS09_.'' ,-xQ";
  std::mt19937 rng(20261207);
  for (int round = 0; round < 60000; ++round) {
    std::string text = randomText(rng, bytes, 40);
    if (round % 5 == 0) text.insert(rng() % (text.size() + 1), "\u00E9");
    INFO(text);
    const std::vector<std::string> expected = tokensByteByByte(text);
    CHECK(foldTokens(text) == expected);
  }
  CHECK(tokensByteByByte("DeepSeek's R1 fell 3.1% in the U.S.") ==
        std::vector<std::string>{"deepseek", "r1", "fell", "3.1", "in", "the", "u.s"});
  CHECK(foldTokens("x'S. o'neill 's a.b. \u00E9's") == std::vector<std::string>{"x", "o'neill", "s", "a.b", "\u00E9"});
}

TEST_CASE("a text's token count is the number of tokens foldTokens makes of it", "[graph][fold]") {
  // The bytes of the rule's test above, and in a fifth of the texts a letter beyond ASCII that folds to
  // itself ("\u00E9"), to two letters ("\u00DF" to "ss") or to a letter and a space ("\u2160" to "i"),
  // so that the count of a text read by foldKey is asked as well.
  const std::string_view bytes = "aZsS09_.'' ,-xQ";
  const std::string_view beyond[] = {"\u00E9", "\u00DF", "\u2160", "\u00A0"};
  std::mt19937 rng(20261208);
  for (int round = 0; round < 60000; ++round) {
    std::string text = randomText(rng, bytes, 40);
    if (round % 5 == 0) text.insert(rng() % (text.size() + 1), beyond[rng() % std::size(beyond)]);
    INFO(text);
    CHECK(foldTokenCount(text) == foldTokens(text).size());
  }
  CHECK(foldTokenCount("DeepSeek's R1 fell 3.1% in the U.S.") == 7);
  CHECK(foldTokenCount("x'S. o'neill 's a.b. \u00E9's") == 5);
  CHECK(foldTokenCount("") == 0);
  CHECK(foldTokenCount(" ,; ") == 0);
}

TEST_CASE("ASCII tokens of every length are lowered as the folded path lowers them", "[graph][fold]") {
  // Words of 1 to 24 bytes, the letters at both ends of each case's range among them, so that a
  // token's last eight or four bytes overlap the word before at every offset.
  const std::string_view bytes = "AZaz09_MmQq";
  std::mt19937 rng(20261206);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int word = 0; word < 4; ++word) {
      const std::size_t length = 1 + rng() % 24;
      for (std::size_t k = 0; k < length; ++k) text += bytes[rng() % bytes.size()];
      text += rng() % 2 == 0 ? " " : ", ";
    }
    INFO(text);
    std::vector<std::string> beside = foldTokens(text + "\u00E9t\u00E9");
    REQUIRE(!beside.empty());
    beside.pop_back();
    CHECK(foldTokens(text) == beside);
  }
  CHECK(foldTokens("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::vector<std::string>{"abcdefghijklmnopqrstuvwxyz"});
  CHECK(foldTokens("Q GPT4 HOURS") == std::vector<std::string>{"q", "gpt4", "hours"});
}

TEST_CASE("a text lowered eight bytes a step is the text lowered a byte at a time, UTF-8 kept", "[graph][fold]") {
  // Capitals and the bytes on either side of their range ('@', '['), small letters, and bytes beyond
  // ASCII whose low seven bits are a capital or its neighbours (0xC1 is 0x80 | 'A'), alone and in the
  // UTF-8 of "\u00C1" and "\u00DA"; lengths 0 to 40, so that the last word overlaps at every offset.
  const std::string_view bytes = "AZazMq@[`{09 \xC1\xDA\xC0\xDB\xE1\xFA\xC3\x81\xC3\x9A";
  auto byteByByte = [](std::string_view text) {
    std::string out(text);
    for (char& c : out) c = lowerAscii(c);
    return out;
  };
  std::mt19937 rng(20261206);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t length = rng() % 41;
    for (std::size_t k = 0; k < length; ++k) text += bytes[rng() % bytes.size()];
    INFO(round);
    CHECK(lowerAscii(text) == byteByByte(text));
    // In place, a piece from a random offset: the bytes before and after it are not touched.
    const std::size_t from = rng() % (text.size() + 1), count = rng() % (text.size() - from + 1);
    std::string inPlace = text;
    lowerAsciiInPlace(inPlace.data() + from, count);
    CHECK(inPlace == text.substr(0, from) + byteByByte(text.substr(from, count)) + text.substr(from + count));
  }
  CHECK(lowerAscii("GPT-4 \u00C9T\u00C9 ABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
        "gpt-4 \u00C9t\u00C9 abcdefghijklmnopqrstuvwxyz");
  CHECK(lowerAscii("").empty());
}

TEST_CASE("up to eight bytes read in at most two loads are the bytes a byte loop reads", "[graph][fold]") {
  const std::string text =
      "\x01\x80\xFF"
      "Abc\x7F\xC3\xA9z";
  for (std::size_t from = 0; from < text.size(); ++from)
    for (std::size_t count = 0; from + count <= text.size() && count <= 8; ++count) {
      std::uint64_t expected = 0;
      for (std::size_t k = 0; k < count; ++k)
        expected |= std::uint64_t{static_cast<unsigned char>(text[from + k])} << (8 * k);
      INFO(from << " " << count);
      CHECK(loadUpTo8(text.data() + from, count) == expected);
    }
}

TEST_CASE("token views into one folding are the tokens foldTokens makes", "[graph][fold]") {
  // ASCII, which is lowered whole and read in place, and text beyond ASCII, which foldKey folds first;
  // the buffers are kept from one text to the next, as the word index keeps them.
  std::vector<std::string> cases = {"DeepSeek's R1 fell 3.1% in the U.S.",
                                    "  IT'S  Acme's\tSHARES. v2.0 .5 a..b x.  it'Sx o'neill 's 'S x' y'",
                                    "snake_case __init__ GPU-hours S&P 500 e.g. (N.Y.) 1,000.50 end.",
                                    "Bob'S dog's, Alice's. He's'",
                                    "",
                                    "   ",
                                    "Caf\u00C9 \u201CAI\u2019s\u201D \uFF33\uFF06\uFF30 500 STRASSE Stra\u00DFe"};
  const std::string_view bytes = "AZaz09_MmQq.' ,\t";
  std::mt19937 rng(20261208);
  for (int round = 0; round < 2000; ++round) {
    std::string text = randomText(rng, bytes, 48);
    if (round % 4 == 0) text += " \u00C9t\u00C9 X";
    cases.push_back(text);
  }
  std::string folded;
  std::vector<std::string_view> views;
  for (const std::string& text : cases) {
    INFO(text);
    foldTokenViews(text, folded, views);
    const std::vector<std::string> made = foldTokens(text);
    CHECK(std::vector<std::string>(views.begin(), views.end()) == made);
  }
  foldTokenViews("The U.S. GPU-hours", folded, views);
  CHECK(views == std::vector<std::string_view>{"the", "u.s", "gpu", "hours"});
}

TEST_CASE("the ASCII case tests and lowering answer every byte as the C locale's ctype does", "[graph][fold]") {
  for (int b = 0; b < 256; ++b) {
    const auto c = static_cast<char>(b);
    INFO(b);
    CHECK(isUpperAscii(c) == (std::isupper(b) != 0));
    CHECK(isLowerAscii(c) == (std::islower(b) != 0));
    CHECK(isLetterAscii(c) == (std::isalpha(b) != 0));
    CHECK(lowerAscii(c) == static_cast<char>(std::tolower(b)));
  }
  CHECK(isLetterAscii('q'));
  CHECK(isLetterAscii('Q'));
  CHECK_FALSE(isLetterAscii('7'));
  CHECK_FALSE(isLetterAscii('\xCF'));  // the first byte of "\u03C4" is no ASCII letter
}

TEST_CASE("invalid UTF-8 is found at its first byte", "[graph][fold]") {
  CHECK_FALSE(findInvalidUtf8("plain \xE2\x82\xAC text"));
  CHECK(findInvalidUtf8("ab\xC3") == std::size_t{2});
  CHECK(findInvalidUtf8("ok\xFF") == std::size_t{2});
}

TEST_CASE("slugs are readable ids", "[graph][fold]") {
  CHECK(slugify("Satya Nadella") == "satya_nadella");
  CHECK(slugify("DeepSeek-R1") == "deepseek_r1");
  CHECK(slugify("S&P 500") == "s&p_500");
}

TEST_CASE("a page key is a title lowered with its spaces as underscores, its marks kept", "[graph][fold]") {
  CHECK(pageKey("Alsea (company)") == "alsea_(company)");
  CHECK(pageKey("GPT-4o") == "gpt-4o");  // slugify gives "gpt_4o"
  CHECK(pageKey("Vantor Lark") == "vantor_lark");
  // Only ASCII letters are lowered; a folded name is its own fold's key.
  CHECK(pageKey("Zürich AI") == "zürich_ai");
  CHECK(pageKey(foldKey("ÜBER  Lab")) == "über_lab");
  CHECK(pageKey("").empty());
}

TEST_CASE("DOT strings escape quotes, backslashes and newlines and keep UTF-8", "[graph][dot]") {
  CHECK(dotQuote("a \"wake-up call\"") == "\"a \\\"wake-up call\\\"\"");
  CHECK(dotQuote("C:\\path") == "\"C:\\\\path\"");
  CHECK(dotQuote("two\nlines\r") == "\"two\\nlines\"");
  CHECK(dotQuote("\u20AC2.1 billion \u2014 caf\u00E9") == "\"\u20AC2.1 billion \u2014 caf\u00E9\"");
  CHECK(dotQuote(std::string("bell\x07", 5)) == "\"bell \"");
}

TEST_CASE("the hashes of every prefix made in one pass are each prefix's own", "[graph][fold]") {
  const std::string text = "Elon Musk's xAI caf\u00E9";
  std::vector<std::uint64_t> prefixes;
  stableHashPrefixes(text, prefixes);
  REQUIRE(prefixes.size() == text.size() + 1);
  for (std::size_t k = 0; k <= text.size(); ++k) CHECK(prefixes[k] == stableHash(text.substr(0, k)));
  stableHashPrefixes("", prefixes);
  CHECK(prefixes == std::vector<std::uint64_t>{stableHash("")});
}

TEST_CASE("a span's key cut from the whole text's is the span's own slug", "[graph][fold]") {
  const std::string text = "Elon Musk's xAI (Character.AI) - S&P 500 GPT-4o  __x__ caf\u00E9 .5 end.";
  const SpanKeys slugs(text, keptInSlug);
  for (std::size_t b = 0; b <= text.size(); ++b)
    for (std::size_t e = b; e <= text.size(); ++e)
      REQUIRE(slugs.of(b, e) == slugifyFolded(lowerAscii(text.substr(b, e - b))));
  CHECK(slugs.of(0, 9) == "elon_musk");
  CHECK(slugs.of(17, 29) == "character.ai");
  CHECK(slugs.of(9, 13) == "s_x");
  CHECK(slugs.of(15, 17).empty());  // " (" keeps nothing
}

TEST_CASE("span keys keep the bytes their rule keeps, lowered, one '_' for each gap inside", "[graph][fold]") {
  const SpanKeys keys("Character.AI - GPT-4o", [](unsigned char c) { return std::isalnum(c) || c == '-'; });
  CHECK(keys.of(0, 12) == "character_ai");
  CHECK(keys.of(9, 21) == "ai_-_gpt-4o");
  CHECK(keys.of(12, 13).empty());
  CHECK(keys.of(21, 21).empty());
}

TEST_CASE("span keys of texts that open, close or are made of dropped bytes", "[graph][fold]") {
  auto digitsOnly = [](unsigned char c) { return c >= '0' && c <= '9'; };
  const SpanKeys none("no digits here", digitsOnly);
  CHECK(none.of(0, 14).empty());
  CHECK(none.of(3, 9).empty());
  const SpanKeys edges("..12.-.345,,6..", digitsOnly);
  CHECK(edges.of(0, 15) == "12_345_6");
  CHECK(edges.of(0, 4) == "12");
  CHECK(edges.of(4, 15) == "345_6");
  CHECK(edges.of(3, 8) == "2_3");
  CHECK(edges.of(13, 15).empty());
  const SpanKeys empty("", digitsOnly);
  CHECK(empty.of(0, 0).empty());
}

TEST_CASE("a letter of a script that writes no capitals is told from a cased one", "[graph][fold]") {
  struct Case {
    const char* text;
    bool caseless;
  };
  for (const Case& c : {Case{"科技文章翻译", true}, Case{"AI算命", true}, Case{"ことば", true}, Case{"글쓰기", true},
                        Case{"مساعد", true}, Case{"עוזר", true}, Case{"ผู้ช่วย", true}, Case{"हिन्दी", true},
                        Case{"ქართული", true},  // Georgian: cased letters, but its modern use has no capitals
                        Case{"GPT-4o", false}, Case{"Ωmega", false}, Case{"Москва", false}, Case{"Ｓ＆Ｐ", false},
                        Case{"Hawaiʻi", false},  // the okina is a letter of no script of its own
                        Case{"「」。", false}, Case{"", false}}) {
    INFO(c.text);
    CHECK(hasCaselessLetter(c.text) == c.caseless);
  }
}
