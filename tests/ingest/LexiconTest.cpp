// The word lists' look-ups (ingest/Lexicon.h): sets and maps of words probed with a view of
// running text, in any ASCII case, without building a string for each word.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/Lexicon.h"

using namespace cg::ingest;

TEST_CASE("a word set is probed with a view, and a lower-cased look-up ignores ASCII case", "[ingest][lexicon]") {
  const WordSet words{"according", "u.s", "chief executive"};
  const std::string_view sentence = "According to the U.S. chief executive";
  CHECK(words.count(sentence.substr(17, 3)) == 0);  // "U.S" as written
  CHECK(containsLower(words, sentence.substr(17, 3)));
  CHECK(containsLower(words, sentence.substr(0, 9)));
  CHECK(containsLower(words, sentence.substr(22, 15)));
  CHECK_FALSE(containsLower(words, sentence.substr(13, 3)));
  CHECK_FALSE(containsLower(words, ""));
  const std::string longWord(100, 'A');
  CHECK_FALSE(containsLower(words, longWord));  // longer than the stack buffer: still answered
  CHECK(containsLower(WordSet{std::string(100, 'a')}, longWord));
}

TEST_CASE("a set of views and a word map take the same look-ups", "[ingest][lexicon]") {
  const std::unordered_set<std::string_view> english{"nearly", "apple"};
  CHECK(containsLower(english, "Nearly"));
  CHECK_FALSE(containsLower(english, "Nvidia"));
  WordMap<std::string> verbs{{"writing", "wrote"}};
  const auto it = verbs.find(std::string_view("writing now").substr(0, 7));
  REQUIRE(it != verbs.end());
  CHECK(it->second == "wrote");
}

TEST_CASE("the built-in lexicon answers roles and common words from a view", "[ingest][lexicon]") {
  const Lexicon& lex = lexicon();
  CHECK(lex.isRole(std::string_view("chief executive officer").substr(0, 15)));
  CHECK(lex.startsWithRole("chief executive satya"));
  CHECK(lex.startsWithRole("chief executive, satya", " ,"));  // a comma ends the role where it is a separator
  CHECK_FALSE(lex.startsWithRole("chief executive, satya"));  // and does not where it is not
  CHECK(lex.startsWithRole("chief executive"));
  CHECK_FALSE(lex.startsWithRole(""));
  CHECK_FALSE(lex.startsWithRole(" chief executive"));
  CHECK(containsLower(lex.englishWords, "Nearly"));
  CHECK_FALSE(containsLower(lex.englishWords, "NVIDIA"));
}

TEST_CASE("the word hash reads every byte of a word, short or long", "[ingest][lexicon]") {
  CHECK(wordHash("apple") == wordHash(std::string("apple")));
  CHECK(wordHash("apple") != wordHash("apply"));
  CHECK(wordHash("chief executive officer") != wordHash("chief executive officel"));
  CHECK(wordHash("") != wordHash(std::string_view("\0", 1)));  // the length counts
}

// The hash as first written, a byte at a time for the last bytes: wordHash reads them in two loads
// and must give the same value, so that no set's layout depends on how the tail is read.
std::uint64_t wordHashByBytes(std::string_view s) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = s.size() * kMultiplier;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    h = (h ^ word) * kMultiplier;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  for (std::size_t k = i; k < s.size(); ++k) tail |= std::uint64_t{static_cast<unsigned char>(s[k])} << (8 * (k - i));
  h = (h ^ tail) * kMultiplier;
  return h ^ (h >> 32);
}

TEST_CASE("the word hash reads a word's last bytes as the byte-by-byte definition does, at every length",
          "[ingest][lexicon]") {
  const std::string text = "Quorvex Ltd\xc3\xa9 said revenue rose to 4.2 billion";
  for (std::size_t length = 0; length <= 24; ++length)
    for (std::size_t from = 0; from + length <= text.size(); from += 5) {
      const std::string_view word = std::string_view(text).substr(from, length);
      CHECK(wordHash(word) == wordHashByBytes(word));
    }
  CHECK(wordHash("abc") != wordHash("abd"));      // the third of three tail bytes
  CHECK(wordHash("abcde") != wordHash("abXde"));  // a middle byte of five
}

TEST_CASE("a view set holds each word once, finds it from any view of the same bytes, and grows", "[ingest][lexicon]") {
  const std::string text = "shares of Apple rose as Apple said";
  ViewSet words;
  CHECK_FALSE(words.contains("Apple"));
  words.insert(std::string_view(text).substr(10, 5));
  words.insert(std::string_view(text).substr(24, 5));  // the same word again
  CHECK(words.size() == 1);
  CHECK(words.contains(std::string("Apple")));
  CHECK(words.count("Apple") == 1);
  CHECK_FALSE(words.contains("Appl"));
  CHECK_FALSE(words.contains("Apple's"));
  CHECK_FALSE(words.contains(""));
  words.insert("");
  CHECK(words.contains(""));
  std::vector<std::string> many;
  for (int i = 0; i < 5000; ++i) many.push_back("w" + std::to_string(i));
  for (const auto& w : many) words.insert(w);
  CHECK(words.size() == 5002);
  for (const auto& w : many) CHECK(words.contains(w));
  CHECK_FALSE(words.contains("w5000"));
}

TEST_CASE("every function word of data/function_words.txt is found, whatever the file's order", "[ingest][lexicon]") {
  const Lexicon& lex = lexicon();
  // Words after the file's first out-of-order line ("will" .. "amidst"), which a binary search
  // over the unsorted list never found.
  for (std::string_view word : {"with", "within", "without", "your", "amid", "amidst", "totalling", "etc"})
    CHECK(lex.isFunctionWord(word));
  CHECK(lex.isFunctionWord("About"));  // any ASCII case: a sentence's first word
  CHECK(lex.isFunctionWord("the"));
  CHECK_FALSE(lex.isFunctionWord("revenue"));
  CHECK_FALSE(lex.isFunctionWord(""));
}

TEST_CASE("a word set keeps each word once, in the order first inserted, and finds it from a view",
          "[ingest][lexicon]") {
  WordSet words{"said", "wrote", "said"};
  REQUIRE(words.size() == 2);
  const auto [at, added] = words.insert("told");
  CHECK(added);
  CHECK(*at == "told");
  const auto [again, addedAgain] = words.insert(std::string("wrote"));
  CHECK_FALSE(addedAgain);
  CHECK(*again == "wrote");
  CHECK(std::vector<std::string>(words.begin(), words.end()) == std::vector<std::string>{"said", "wrote", "told"});
  const std::string_view sentence = "Acme told reporters";
  CHECK(words.contains(sentence.substr(5, 4)));
  CHECK(*words.find(sentence.substr(5, 4)) == "told");
  CHECK(words.find(sentence.substr(0, 4)) == words.end());
  CHECK(words.count("tol") == 0);
  CHECK_FALSE(words.contains(""));
  CHECK_FALSE(WordSet{}.contains("said"));
  CHECK(WordSet{}.empty());
  // Past the first table's 16 slots and many more: every word found after each growth, none extra.
  WordSet many;
  for (int i = 0; i < 3000; ++i) CHECK(many.insert("word" + std::to_string(i)).second);
  CHECK(many.size() == 3000);
  for (int i = 0; i < 3000; ++i) CHECK(many.contains("word" + std::to_string(i)));
  CHECK_FALSE(many.contains("word3000"));
  CHECK(*(many.begin() + 2999) == "word2999");
}

TEST_CASE("a word map keeps the first value of a key, and answers find, at and [] from a view", "[ingest][lexicon]") {
  WordMap<std::string> verbs{{"writing", "wrote"}, {"says", "said"}, {"writing", "written"}};
  REQUIRE(verbs.size() == 2);
  CHECK(verbs.at("writing") == "wrote");  // the first value of a key stays, as with std::unordered_map
  CHECK_THROWS_AS(verbs.at("told"), std::out_of_range);
  const auto [at, added] = verbs.emplace(std::string("says"), "say");
  CHECK_FALSE(added);
  CHECK(at->second == "said");
  verbs["tells"] = "told";
  CHECK(verbs.at("tells") == "told");
  verbs["tells"] += " again";
  CHECK(verbs.size() == 3);
  CHECK(verbs.find(std::string_view("tells us").substr(0, 5))->second == "told again");
  CHECK(verbs.find("tell") == verbs.end());
  CHECK(verbs.count("says") == 1);
  std::vector<std::string> keys;
  for (const auto& [key, value] : verbs) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"writing", "says", "tells"});
  WordMap<std::vector<std::size_t>> cues;
  for (std::size_t i = 0; i < 1000; ++i) cues["cue" + std::to_string(i % 400)].push_back(i);
  CHECK(cues.size() == 400);
  CHECK(cues.at("cue7") == std::vector<std::size_t>{7, 407, 807});
  CHECK(cues.at("cue399") == std::vector<std::size_t>{399, 799});
}

TEST_CASE("a view set reserved for its words holds and finds them all", "[ingest][lexicon]") {
  std::vector<std::string> many;
  for (int i = 0; i < 1000; ++i) many.push_back("v" + std::to_string(i));
  ViewSet words;
  words.insert(many[0]);
  words.reserve(1000);  // after an insert: the word already there stays found
  CHECK(words.contains("v0"));
  for (const auto& w : many) words.insert(w);
  CHECK(words.size() == 1000);
  for (const auto& w : many) CHECK(words.contains(w));
  CHECK_FALSE(words.contains("v1000"));
}

TEST_CASE("every measure cue of more words starts with runs of words known as cue prefixes", "[ingest][lexicon]") {
  // A window's word n-grams are grown only through these runs, so each cue's must all be here.
  const Lexicon& lex = lexicon();
  std::size_t longer = 0;
  for (const MeasureRule& rule : lex.measures)
    for (const std::string& cue : rule.cues)
      for (std::size_t space = cue.find(' '); space != std::string::npos; space = cue.find(' ', space + 1)) {
        INFO(cue);
        CHECK(lex.measureCuePrefixes.contains(cue.substr(0, space)));
        ++longer;
      }
  CHECK(longer > 10);
  CHECK(lex.measureCuePrefixes.contains("market"));       // "market value", "market cap"
  CHECK(lex.measureCuePrefixes.contains("training"));     // "training run"
  CHECK_FALSE(lex.measureCuePrefixes.contains("value"));  // a cue's last word opens no longer one
  CHECK_FALSE(lex.measureCuePrefixes.contains("market value"));
}

TEST_CASE("the headings of an assistant's page are read by kind from data/prompt_headings.tsv", "[ingest][lexicon]") {
  const auto& headings = lexicon().promptHeadings;
  auto of = [&](PromptHeading kind) { return headings[static_cast<std::size_t>(kind)]; };
  CHECK(of(PromptHeading::kInstructions) == std::vector<std::string>{"instruction", "system prompt"});
  CHECK(of(PromptHeading::kStarters) == std::vector<std::string>{"starter", "starters"});
  CHECK(of(PromptHeading::kPrompts) == std::vector<std::string>{"prompt", "prompts"});
  CHECK(of(PromptHeading::kExamples) == std::vector<std::string>{"example", "examples", "sample", "samples"});
}

TEST_CASE("the hedges between a word and its figure are read by kind from data/figure_hedges.tsv",
          "[ingest][lexicon]") {
  const Lexicon& lex = lexicon();
  CHECK(lex.isHedge("about", kEveryHedge));
  CHECK(lex.isHedge("just", kRestrictiveHedges));
  CHECK_FALSE(lex.isHedge("about", kRestrictiveHedges));
  // "over" bounds the figure: a reader of approximators and restrictives does not read past it.
  CHECK_FALSE(lex.isHedge("over", FigureHedge::kApproximate | FigureHedge::kRestrictive));
  CHECK(lex.longestHedgeWords == 2);
  // The longest hedge that ends before a word: "up to", not a bare "to", which is no hedge.
  const std::vector<std::string> words = {"an", "accuracy", "of", "up", "to"};
  const auto wordAt = [&](std::size_t k) -> const std::string& { return words[k]; };
  CHECK(lex.hedgeEndingAt(words.size(), kEveryHedge, wordAt) == 2);
  CHECK(lex.hedgeEndingAt(words.size() - 1, kEveryHedge, wordAt) == 0);
  CHECK(lex.hedgeEndingAt(0, kEveryHedge, wordAt) == 0);
}

TEST_CASE("the verbs of being behind and the words of a shortfall are read from data/", "[ingest][lexicon]") {
  const Lexicon& lex = lexicon();
  // data/lagging_verbs.txt: WordNet's lag and trail synsets and "fall short", base forms, a line each.
  CHECK(lex.laggingVerbs == std::vector<std::string>{"lag", "trail", "drag", "fall behind", "fall back", "get behind",
                                                     "drop behind", "drop back", "fall short"});
  // data/shortfall_words.txt: not measures.tsv's every comparative of a decrease ("fewer" is none a score takes).
  CHECK(lex.shortfallWords.size() == 6);
  for (std::string_view word : {"behind", "below", "lower", "less", "worse", "short"})
    CHECK(lex.shortfallWords.count(word));
  CHECK_FALSE(lex.shortfallWords.count("fewer"));
}

TEST_CASE("the verbs of a duration and the phrases of a platform are read from data/", "[ingest][lexicon]") {
  const Lexicon& lex = lexicon();
  // data/duration_verbs.txt: base forms of WordNet's take, last and spend synsets' first words, and "require".
  CHECK(lex.durationVerbs.size() == 4);
  for (std::string_view verb : {"take", "last", "spend", "require"}) CHECK(lex.durationVerbs.count(verb));
  // data/platform_phrases.txt: as written before a name, in order.
  CHECK(lex.platformPhrases == std::vector<std::string>{"running on", "runs on", "powered by", "built on", "based on"});
}

TEST_CASE("the figure reader's hedges and their bounds are read in order from data/value_hedges.tsv",
          "[ingest][lexicon]") {
  const std::vector<ValueHedge>& hedges = lexicon().valueHedges;
  REQUIRE(hedges.size() == 46);
  const auto is = [](const ValueHedge& h, std::string_view phrase, bool approximate, cg::graph::Bound bound) {
    return h.phrase == phrase && h.approximate == approximate && h.bound == bound;
  };
  CHECK(is(hedges.front(), "on the order of", true, cg::graph::Bound::kExact));
  CHECK(is(hedges[6], "approx.", true, cg::graph::Bound::kExact));
  CHECK(is(hedges[19], "just over", true, cg::graph::Bound::kAtLeast));
  CHECK(is(hedges[20], "well over", false, cg::graph::Bound::kAtLeast));
  CHECK(is(hedges[34], "just under", true, cg::graph::Bound::kAtMost));
  CHECK(is(hedges.back(), "a maximum of", false, cg::graph::Bound::kAtMost));
  // Every approximator of data/figure_hedges.tsv is one of them, and says the value is about the number.
  for (const auto& [phrase, kind] : lexicon().figureHedges)
    if (kind == FigureHedge::kApproximate) {
      INFO(phrase);
      CHECK(std::any_of(hedges.begin(), hedges.end(),
                        [&](const ValueHedge& h) { return is(h, phrase, true, cg::graph::Bound::kExact); }));
    }
}
