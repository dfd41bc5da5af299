// check over tests/fixtures/check-headed-names/ (pages of our own): a name written in a script without
// case, alone or beside Latin letters ("AI星图", "星图翻译"), is a name as a capitalised one is. A span
// that holds one is looked up with its letters kept, not as the Latin words left around them ("AI星图
// GPT" is no "AI GPT"); a shared class word right before such a name, or in an appositive after it,
// says what the name is and is never the subject itself.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-headed-names");

}  // namespace

TEST_CASE("a mixed-script name after its class word is the subject, not the class", "[query][check][names]") {
  auto r = check("The star-map GPT AI星图 counts 4,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "ai星图");
  auto wrong = check("The star-map GPT AI星图 counts 9,000 chats.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "ai星图");
}

TEST_CASE("a mixed-script name before its class word keeps its letters when looked up", "[query][check][names]") {
  auto r = check("The AI星图 GPT has been used in 4,000 chats.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "ai星图");
}

TEST_CASE("a name in a script without case that the graph does not know is the subject, not the class",
          "[query][check][names]") {
  auto before = check("The translation GPT 星图翻译 has been used in 52,000 chats.");
  CHECK(before.verdict == Verdict::kNotEnoughEvidence);
  CHECK(check.subjectOf(before).empty());
  CHECK(before.reading.subjectName == "星图翻译");
  auto appositive = check("星图翻译, a GPT that translates papers, has been used in 52,000 chats.");
  CHECK(appositive.verdict == Verdict::kNotEnoughEvidence);
  CHECK(appositive.reading.subjectName == "星图翻译");
}

TEST_CASE("a class word before a Latin name the graph knows by no page of that class stays a candidate",
          "[query][check][names]") {
  // "Marlow" is a GPT page, so "GPT Marlow" names it; "the GPT Store" is a name of its own.
  CHECK(check.subjectOf(check("The helper GPT Marlow has had 52,000 chats.")) == "marlow_gpt");
}
