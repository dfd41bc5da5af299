#pragma once
// Where a statement's subject phrase has its head (issue #13): a name the graph knows may stand in
// the phrase only as a modifier of a common noun ("the root mean square error", "Unstable Diffusion's
// Kickstarter campaign", "baseline models in machine learning") or as an item of the list a count
// introduces ("a five-element tuple: state, action, ..."), and then it is not whose figure it is.
// Byte offsets into the statement, as the reader's names carry them.

#include <cstddef>
#include <string>
#include <string_view>

namespace cg::query {

// The lower-case noun right after a name that heads the phrase the name modifies, the clause's verb
// right after it ("campaign" in "Kickstarter campaign had collected", "error" in "root mean square
// error takes"); empty when the word there is no such noun: a verb ("OpenAI raised", "o3 resolves
// 69%"), a noun that another word of the phrase follows ("LaMDA language model"), a function word, a word of the
// figure's measure (`measure`: "revenue" in "ChatGPT revenue reached"), a measure cue of the lexicon ("rate"), or a
// noun that says what kind of thing the name is ("the Llama model", "the ChatGPT app").
// `kindNouns`: a noun of a kind is a head too (after a possessive, "OpenAI's evaluation framework" is a
// thing of OpenAI's, where "the Llama model" is Llama).
[[nodiscard]] std::string headNounAfter(std::string_view statement, std::size_t nameEnd, std::string_view measure,
                                        bool kindNouns = false);

// The part of a thing a possessive names as the clause's subject: "decoder" in "DeepSeek-OCR's decoder
// activates about 570 million parameters" (the name ending at `nameEnd`). The figure is then the
// part's, not the whole's: a component's count is not the model's. Empty when no possessive follows
// the name, or the noun after it is no such head (headNounAfter: a measure's word, a kind noun, a verb).
[[nodiscard]] std::string possessedPart(std::string_view statement, std::size_t nameEnd, std::string_view measure);

// The part of a thing named before it by a preposition of containment: "expert" in "The action expert
// inside SmolVLA has roughly 100 million parameters" (the name beginning at `nameBegin`). As with
// possessedPart, the figure is the part's, not the whole's. Empty when no "inside" or "within" stands
// right before the name, or the noun before that is no part's head (a word of grammar, of the measure,
// a measure cue, or a form of the whole: "the second version within ...").
[[nodiscard]] std::string partBeforeWhole(std::string_view statement, std::size_t nameBegin, std::string_view measure);

// Whether a name is written as a term, in lower case ("the root mean square error" is no root mean
// square; a page of the whole term would have been named by its longer name first). A name that opens
// the statement may carry the sentence's capital ("Machine learning targets fall into ...": the
// targets of machine learning), if its first word is English and the rest is in lower case.
[[nodiscard]] bool writtenAsTerm(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd);

// Whether a name written as a term (writtenAsTerm) is the first part of a longer term whose head it lacks:
// the noun after it heads the clause's subject (headNounAfter).
[[nodiscard]] bool insideLongerTerm(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd,
                                    std::string_view measure);

// The plural noun right after a name that heads the clause's subject, the clause's verb in its plain
// form right after it ("targets" in "Machine learning targets fall into ...", "epochs" in "... epochs
// are"), where headNounAfter asks a verb that is a noun too for an object. Empty when the word is no
// counted plural or no such verb follows.
[[nodiscard]] std::string pluralHeadAfter(std::string_view statement, std::size_t nameEnd);

// Whether `before`, the lower-case words from a count to a name (an article dropped), end where a range of the
// things counted names its first or last: ", from " or ", running from " (one participle may lead it in:
// "six libraries, from PyTorch to Rust"), or " to " after such a "from". The ends of a list are members of
// it, not whose count it is.
[[nodiscard]] bool endsAtRangeOfMembers(std::string_view before);

// Whether a name written in lower case stands as the domain of a common noun before it, in the
// subject phrase (before the figure at `figureAt`): "baseline models in machine learning" are no
// figure of machine learning, nor are "the embedding spaces used in machine learning" (a past participle between).
[[nodiscard]] bool domainOfNoun(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd,
                                std::size_t figureAt);

// Whether a name stands between "its" or "their" and a lower-case noun ("lists two datasets on its Hugging
// Face card"): it modifies a thing the clause's subject owns, and is not that subject.
[[nodiscard]] bool modifiesOwnedNoun(std::string_view statement, std::size_t nameBegin, std::size_t nameEnd);

// Whether a name stands in the list that a colon after the figure opens ("a five-element tuple:
// state, action, reward, ..."): an item of what the figure counts, never its subject.
[[nodiscard]] bool enumeratedAfterFigure(std::string_view statement, std::size_t figureEnd, std::size_t nameBegin);

// A count's measure named by the plural of its noun, as the record names counts: "number of element"
// of a figure written as a compound in the singular ("a five-element tuple") is "number of elements".
// Other measures, and counts written otherwise ("22 aircraft", "a 384-dimensional vector"), as they are.
[[nodiscard]] std::string pluralCountMeasure(std::string_view measure, std::string_view figureText);

}  // namespace cg::query
