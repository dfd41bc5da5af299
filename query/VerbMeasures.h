#pragma once
// A count whose noun names only people or occasions ("290 people", "890,000 times") says what it
// counts by its verb: "290 people had contributed to AutoGen" counts AutoGen's contributors, "The Royal
// Cinema seats 390 people" its seats, "downloaded 890,000 times" downloads. The article gives such a
// figure under the verb's noun ("290 community contributors", "| capacity = 390 |" read as seats,
// "890,000 downloads"), which the statement's own measure ("employees", read from "people"; "number of
// times") never meets.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cg::query {

// The measures the count at [figureAt, figureEnd) of `statement` can be, when the noun it counts is
// "people" (or another plural of WordNet's person synset) or "times": for each verb of the statement,
// nearest the figure first (auxiliaries and capitalised words aside), the count of its agents by
// WordNet ("contribute": "number of contributors", data/agent_nouns.tsv) and of its own noun
// ("seat": "number of seats"; "download": "downloads", as a count measure is labelled). Empty when
// the figure counts another noun or the statement has no verb.
[[nodiscard]] std::vector<std::string> verbMeasures(std::string_view statement, std::size_t figureAt,
                                                    std::size_t figureEnd);

}  // namespace cg::query
