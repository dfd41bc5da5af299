#pragma once
// A count whose noun names only people or occasions ("290 people", "890,000 times") says what it
// counts by its verb: "290 people had contributed to AutoGen" and "contributed by 290 people" count
// AutoGen's contributors, "The Royal Cinema seats 390 people" its seats, "downloaded 890,000 times"
// downloads. The article gives such a figure under the verb's noun ("290 community contributors",
// "890,000 downloads"), which the count's own noun ("people": employees; "number of times") never
// meets. One reader of that grammar, for the extractor (an article's figure, Extractor.cpp) and for
// check (a statement's figure, query/Query.cpp): two readers of one grammar drift apart.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cg::ingest {

// Which verbs of the text the reader weighs.
enum class VerbReach {
  // Only the verb the count is governed by: the people are its subject ("290 people from the community
  // had contributed", "500 people who attended") or its agent after "by" ("contributed by 290 people");
  // the times count its acts, its past form right before them ("downloaded 890,000 times"). What the
  // extractor names an article's figure by: one measure, or none.
  kGoverning,
  // Every verb of the text, nearest the figure first (auxiliaries and capitalised words aside), each
  // read as the agents' verb and as the act counted ("seats 390 people": seats). What check weighs a
  // statement's figure by, measure after measure, against the claims the graph has.
  kClause,
};

// The measures the count at [figureAt, figureEnd) of `text` can be, likeliest first, when the noun it
// counts is "people" (or another plural of WordNet's person synset) or "times": for each verb within
// `reach`, the count of its agents by WordNet ("contribute": "number of contributors", "use": users, as
// data/measures.tsv labels that noun; data/agent_nouns.tsv) and of its own noun ("seat": "number of
// seats"; "download": downloads). Empty when the figure counts another noun or no verb is within reach.
[[nodiscard]] std::vector<std::string> verbMeasures(std::string_view text, std::size_t figureAt, std::size_t figureEnd,
                                                    VerbReach reach);

// The measure of the acts of a verb, by its base form: its noun in the plural, as data/measures.tsv labels
// it when that is a count cue ("download": downloads) or where WordNet has the base form as a noun too
// ("view": "number of views"); "" for a verb with no such noun ("rename") or a word that is no verb.
[[nodiscard]] std::string actsMeasure(std::string_view verb);

}  // namespace cg::ingest
