// check over tests/fixtures/check-menus/ (pages of our own): a custom GPT's menu of keyed lines gives
// its number of options, and its labelled groups its number of categories ("These commands cover areas
// such as ..." counts nothing: it is no whole list); a name a member cue introduces after a count
// ("A pair of PDF files, among them the Quorra paper, ...") is one of the things counted, not the
// statement's subject.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks check("check-menus");

}  // namespace

TEST_CASE("a menu's labelled groups are the categories its commands are sorted into", "[query][check][menus]") {
  auto r = check("The hotkey menu of the Ledger Sage GPT sorts its commands into three categories.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "ledger_sage_gpt");
  CHECK(r.reading.measure == "number of categories");
  CHECK(check("The hotkey menu of the Ledger Sage GPT sorts its commands into five categories.").verdict ==
        Verdict::kRefuted);
  CHECK(check("The Ledger Sage GPT's hotkey menu offers six options.").verdict == Verdict::kSupported);
}

TEST_CASE("a menu of single-key lines counts its options, not the notes on each key", "[query][check][menus]") {
  auto r = check("After each image, the Prism Canvas GPT shows a menu of four single-key options.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "prism_canvas_gpt");
  CHECK(check("After each image, the Prism Canvas GPT shows a menu of six single-key options.").verdict ==
        Verdict::kRefuted);
}

TEST_CASE("a name after 'among them' or 'including' past a count is one of the things counted",
          "[query][check][menus][names]") {
  auto r = check("A pair of PDF files, among them the Quorra paper, are uploaded as knowledge to the Ledger Sage GPT.");
  CHECK(r.verdict == Verdict::kSupported);
  CHECK(check.subjectOf(r) == "ledger_sage_gpt");
  auto wrong = check("Four PDF files, including the Quorra paper, are uploaded as knowledge to the Ledger Sage GPT.");
  CHECK(wrong.verdict == Verdict::kRefuted);
  CHECK(check.subjectOf(wrong) == "ledger_sage_gpt");
}
