// The one word reader (ingest/Words.h), table-driven: what each rule set makes a word of, the
// possessive read off a word, and the determiner and auxiliary lists.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/Words.h"

using namespace cg::ingest;

namespace {

// The words of `text` by `rules`, each as written, a possessive one followed by "+'s".
std::vector<std::string> words(std::string_view text, const WordRules& rules) {
  std::vector<std::string> out;
  for (const WordSpan& w : wordSpans(text, rules))
    out.push_back(std::string(text.substr(w.begin, w.end - w.begin)) + (w.possessive ? "+'s" : ""));
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("each rule set says what a word holds", "[ingest][words]") {
  const WordRules names{.marks = "-.&+", .cutClosingMarks = true, .readPossessive = true};
  const WordRules plain{.marks = "-'"};
  struct Case {
    std::string_view text;
    WordRules rules;
    Words expected;
  };
  const std::vector<Case> cases = {
      {"GPT-4o beat S&P at 24/7.", kLetterRuns, {"GPT", "o", "beat", "S", "P", "at"}},
      {"Zürich 3 pages/day", kLetterRuns, {"Z", "rich", "pages", "day"}},
      {"the model's state-of-the-art F1", plain, {"the", "model's", "state-of-the-art", "F1"}},
      {"Character.AI and Acme Inc. ship HumanEval+",
       names,
       {"Character.AI", "and", "Acme", "Inc", "ship", "HumanEval+"}},
      {"OpenAI's and the labs' GPT-", names, {"OpenAI+'s", "and", "the", "labs+'s", "GPT"}},
      {"Acme\u2019s model", names, {"Acme+'s", "model"}},
      {"Acme\u2019s model", plain, {"Acme\u2019s", "model"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(words(c.text, c.rules) == c.expected);
  }
}

TEST_CASE("eachWord reads the words wordSpans returns, with no vector", "[ingest][words]") {
  std::size_t n = 0;
  eachWord("a mean of 0.5", WordRules{}, [&](const WordSpan&) { ++n; });
  CHECK(n == wordSpans("a mean of 0.5", WordRules{}).size());
}

TEST_CASE("one determiner list and one verb group", "[ingest][words]") {
  for (std::string_view d : {"the", "a", "its", "your", "these", "every", "no"}) CHECK(isDeterminer(d));
  for (std::string_view w : {"model", "The", "it", "'s"}) CHECK_FALSE(isDeterminer(w));
  // The possessive determiners, one list for the figure reader and the statement reader, among the determiners.
  for (std::string_view d : {"its", "their", "his", "her", "our", "your", "my"}) {
    CHECK(isPossessiveDeterminer(d));
    CHECK(isDeterminer(d));
  }
  for (std::string_view w : {"the", "these", "it", "Its", "mine"}) CHECK_FALSE(isPossessiveDeterminer(w));
  CHECK(auxiliaryOf("were") == Auxiliary::kBe);
  CHECK(auxiliaryOf("had") == Auxiliary::kHave);
  CHECK(auxiliaryOf("did") == Auxiliary::kDo);
  CHECK(isModal("must"));
  CHECK(isAuxiliary("would"));
  CHECK_FALSE(isAuxiliary("be"));  // the infinitive follows a modal; it is no finite auxiliary
  CHECK_FALSE(isModal("is"));
  // A form of "be", finite or not: one list for the passive's "was" and a lead-in's clause verb.
  for (std::string_view be : {"is", "are", "was", "were", "be", "been", "being"}) CHECK(isBeAuxiliary(be));
  for (std::string_view w : {"has", "does", "Was", "bee", "become"}) CHECK_FALSE(isBeAuxiliary(w));
}

TEST_CASE("the forms of be are one list, its finite forms auxiliaryOf's kBe", "[ingest][words]") {
  // The finite forms open a verb group after its subject ("X was released"); the others do not.
  for (std::string_view be : {"is", "are", "was", "were"}) {
    CHECK(isFiniteBe(be));
    CHECK(isBeAuxiliary(be));
    CHECK(auxiliaryOf(be) == Auxiliary::kBe);
  }
  for (std::string_view be : {"be", "been", "being"}) {
    CHECK_FALSE(isFiniteBe(be));
    CHECK(isBeAuxiliary(be));
    CHECK(auxiliaryOf(be) == Auxiliary::kNone);
  }
  // In its clause's own verb group: every form but "being", which opens a participle phrase.
  for (std::string_view be : {"is", "are", "was", "were", "be", "been"}) CHECK(isVerbGroupBe(be));
  for (std::string_view w : {"Was", "has", "am", "bee", "", "wasn't"}) {
    CHECK_FALSE(isFiniteBe(w));
    CHECK_FALSE(isBeAuxiliary(w));
    CHECK_FALSE(isVerbGroupBe(w));
  }
  CHECK_FALSE(isVerbGroupBe("being"));
}

TEST_CASE("a form of do is does, did and the bare do that auxiliaryOf leaves out", "[ingest][words]") {
  for (std::string_view d : {"do", "does", "did"}) CHECK(isFormOfDo(d));
  CHECK(auxiliaryOf("do") == Auxiliary::kNone);  // as often the main verb ("what they do")
  for (std::string_view w : {"Do", "done", "doing", "is", "would", "don't"}) CHECK_FALSE(isFormOfDo(w));
}

TEST_CASE("a noun's number by its spelling, one rule for titles, table labels and counts", "[ingest][words]") {
  for (const char* plural : {"outliers", "queries", "boxes", "keys"}) CHECK(endsAsPlural(plural));
  for (const char* singular : {"loss", "corpus", "analysis", "model", ""}) CHECK_FALSE(endsAsPlural(singular));
  struct Case {
    const char *singular, *plural;
  };
  for (const Case& c :
       {Case{"problem", "problems"}, Case{"query", "queries"}, Case{"key", "keys"}, Case{"box", "boxes"},
        Case{"search", "searches"}, Case{"dish", "dishes"}, Case{"bus", "buses"}}) {
    INFO(c.singular);
    CHECK(regularPlural(c.singular) == c.plural);
  }
  CHECK(regularSingular("queries") == "query");
  CHECK(regularSingular("outliers") == "outlier");
  CHECK(regularSingular("boxes") == "boxe");  // the "-es" is its caller's to try, with a word list
}
