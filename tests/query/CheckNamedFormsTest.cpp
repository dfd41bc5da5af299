// check over tests/fixtures/check-named-forms/ (issues #12, #13): a subject named in another form than the
// graph's name. An acronym's plural in brackets after a name is that name's alias, and its other number too
// ("SVMs", "SVM"); a term page's title in the plural opens the clause after an opening phrase ("By their
// shape, decision frontiers ..."); a GPT's name with slashes is one name of its words; a count whose clause
// the page's lower-case title opens as its verb's subject is the topic's; zero in words on the statement side.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-named-forms");

struct Case {
  const char* statement;
  Verdict verdict;
  const char* subject;
};

void checkAll(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    INFO(c.statement);
    const auto r = check(c.statement);
    CHECK(r.verdict == c.verdict);
    CHECK(check.subjectOf(r) == c.subject);
  }
}

}  // namespace

TEST_CASE("an acronym's plural in brackets after a name is its alias, as the acronym is",
          "[query][check][named-forms]") {
  const auto& g = check.graph();
  const auto plural = g.findEntity("MTCs");
  const auto singular = g.findEntity("MTC");
  REQUIRE(plural);
  REQUIRE(singular);
  CHECK(g.str(g.entities()[*plural].key) == "margin_tree_classifiers");
  CHECK(g.str(g.entities()[*singular].key) == "margin_tree_classifier");
  const auto kernels = g.findEntity("KMTCs");
  REQUIRE(kernels);
  CHECK(g.str(g.entities()[*kernels].key) == "kernel_margin_tree_classifiers_kmtcs");
  CHECK(check.subjectOfValue(2) == "margin_tree_classifiers");
  checkAll({
      {"Margin tree classifiers come in two categories, hard-split and soft-split.", Verdict::kSupported,
       "margin_tree_classifiers"},
      {"Margin tree classifiers come in four categories.", Verdict::kRefuted, "margin_tree_classifiers"},
  });
}

TEST_CASE("a term page's title in the plural opens the clause after an opening prepositional phrase",
          "[query][check][named-forms]") {
  checkAll({
      {"By their shape, decision frontiers fall into three broad types.", Verdict::kSupported, "decision_frontier"},
      {"By their shape, decision frontiers fall into five broad types.", Verdict::kRefuted, "decision_frontier"},
  });
  // Not after an opening phrase that no preposition opens: the plural inside a phrase names a class.
  const auto r = check("Most flat and decision frontiers fall into five broad types.");
  CHECK(check.subjectOf(r) != "decision_frontier");
}

TEST_CASE("a GPT's name with slashes is one name of its words", "[query][check][named-forms]") {
  checkAll({
      {"The Essay/Outline/Draft Helper For College has logged 3 thousand conversations.", Verdict::kSupported,
       "essay_outline_draft_helper_for_college_gpt"},
      {"The Essay/Outline/Draft Helper For College has logged 9 thousand conversations.", Verdict::kRefuted,
       "essay_outline_draft_helper_for_college_gpt"},
      // An apposition's class word after it is no subject.
      {"The Essay/Outline/Draft Helper For College, a custom GPT from quillprompt.xyz, has logged 3 thousand chats.",
       Verdict::kSupported, "essay_outline_draft_helper_for_college_gpt"},
  });
}

TEST_CASE("zero in words is checked against a page's count of zero", "[query][check][named-forms]") {
  checkAll({
      {"LoomPrint GPT, Orla Q Fenwick's assistant, has yet to record a single chat.", Verdict::kSupported,
       "loomprint_gpt"},
      {"LoomPrint GPT has not recorded a single chat.", Verdict::kSupported, "loomprint_gpt"},
      {"LoomPrint GPT has recorded 5,000 chats.", Verdict::kRefuted, "loomprint_gpt"},
  });
}

TEST_CASE("a count whose verb follows the page's lower-case title right away is the topic's",
          "[query][check][named-forms]") {
  // After an opening clause and a comma, bare; after "the" that a verb governs, in the plural.
  CHECK(check.subjectOfValue(4) == "ordinal_ranking");
  CHECK(check.subjectOfValue(24) == "lookup_layer");
  checkAll({
      {"Ordinal ranking deals with four or more ranks.", Verdict::kSupported, "ordinal_ranking"},
      {"Ordinal ranking deals with ten or more ranks.", Verdict::kRefuted, "ordinal_ranking"},
      // A modifier's other name in an aside between commas leaves the term as written.
      {"Ordinal, or ranked, ranking deals with ten or more ranks.", Verdict::kRefuted, "ordinal_ranking"},
  });
}
