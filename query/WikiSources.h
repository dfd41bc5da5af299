#pragma once
// A statement may name the wiki its figure is written in: "in the AI Wiki's list of podcasts", "according to
// the AI Wiki", "Vector search rests on two things, the AI Wiki says", "The AI Wiki credits discriminative
// models with three advantages". The wiki is then where the figure stands, or who tells it, not whose figure
// it is: `check` reads the statement without it, so that the "AI" of "AI Wiki" is not taken for its subject.

#include <string>
#include <string_view>
#include <vector>

namespace cg::query {

// The wikis claimgraph reads, as written (data/wiki_names.txt): "AI Wiki", "Wikipedia".
[[nodiscard]] const std::vector<std::string>& wikiNames();

// The statement with each mention of `wikiName` (any case) that frames it as where the figure is written
// left out together with the words that frame it: its article, its possessive ("the AI Wiki's"), the
// preposition before it ("on the AI Wiki", "according to the AI Wiki"), the finite speech verb after it ("the
// AI Wiki says"), or, where it opens the statement, its verb ("The AI Wiki credits"). A comma left with
// nothing to part goes too, and an opening lower-case letter is raised. A mention in no such frame ("the
// community-driven AI Wiki, has", "BookCorpus and Wikipedia") is kept.
[[nodiscard]] std::string withoutWikiAsSource(std::string_view statement, std::string_view wikiName);

}  // namespace cg::query
