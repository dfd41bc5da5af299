#pragma once
// Text shapes that decide what a figure is about, apart from the extractor's running state: a
// table cell that is wholly a name, a list item's leading label, a lead-in that names what the
// list under it describes, a name that stands as a modifier ("a Mixture of Experts LLM") or as
// a figure's counted noun ("100,000 H100 GPUs"), and a sentence whose subject is "It".
// All spans are byte offsets into one block's plain text.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/Entities.h"

namespace cg::ingest {

// Whether mention `m` leads the cell [cellBegin, cellEnd) as its name: nothing but markup
// before it; after it, an aside in brackets, then only capitalised words or numbers (the rest
// of a name: "Claude 3", "Google Investment") or one lower-case kind noun ("NordBio 40 index");
// not "Fortune" of "Fortune 500 adoption", nor "Cloud" of "AI Cloud Revenue".
[[nodiscard]] bool leadsCell(std::string_view text, std::size_t cellBegin, std::size_t cellEnd, const Mention& m);

// The whole name a table cell gives when mention `m` leads it but covers only its family's name:
// "[Gemini] 2.5 Pro", "[Grok] 4 (updated prompt)", "[GPT-5]-mini (high)", "[Qwen]3-A22B", "[o3] HIGH".
// The version, size or tier after a link is written as a name's words (a number or a capitalised
// word, or glued on with a hyphen), and the name or its continuation holds a digit (a versioned
// model: "Google Investment", "Fortune 500 adoption" are no names of this kind). An aside in brackets
// at the cell's end stays part of the name (a setting: "(low compute)", "(06-05)"), its words unread.
// Empty when nothing but an aside, or nothing at all, follows `m`, or the words after it are no name's.
[[nodiscard]] std::string_view cellName(std::string_view text, std::size_t cellEnd, const Mention& m);

// Where a list item's label ends: the colon of "OpenAI: ...", or the dash of "BFS-Prover -
// Theorem ..." (a spaced hyphen, en or em dash), the first after `from`; nullopt when none.
struct LabelEnd {
  std::size_t at = 0;     // where the separator starts
  std::size_t after = 0;  // where the text after it starts
};
[[nodiscard]] std::optional<LabelEnd> labelSeparator(std::string_view text, std::size_t from);

// "- **Fifth-generation NVLink.** Up to 1.8 TB/s ...": a list item that opens with a run-in heading,
// a short phrase with no verb ending in a period before more text, names what the item describes:
// the name that closes the heading (nothing but the period after it). nullptr when the item opens
// with a clause ("Adds micro-tensor scaling. ...") or with a longer phrase.
[[nodiscard]] const Mention* runInHeading(std::string_view text, const std::vector<Mention>& mentions);

// "a Mixture of Experts (MoE) LLM", "an Nvidia chip": a name after an indefinite article
// modifies the noun after it, so it names no owner.
[[nodiscard]] bool afterIndefiniteArticle(std::string_view text, std::size_t nameBegin);
// The same, or after "the" ("the reported figure").
[[nodiscard]] bool afterArticle(std::string_view text, std::size_t wordBegin);

// "formats such as LZ4, Snappy and Deflate at 800 GB/s": a name in a list of examples after
// "such as", "like", "including", "e.g." (only names, commas, "and", "or" between) is no owner,
// unless an aside in brackets or a relative clause after it speaks of it ("Zapier (8,000+ apps)").
[[nodiscard]] bool namedAsExample(std::string_view text, std::size_t sentenceBegin, std::size_t nameBegin);

// "Can be trained on a single consumer GPU (for example RTX 3080Ti with 12GB VRAM)": a name in an aside
// in brackets that opens with an example cue ("for example", "for instance", "e.g.", "such as", "like",
// "including"; only names, commas, "and", "or" between the cue and it) is an example of what the
// sentence speaks of. It owns what its aside says of it, and the text after the aside does not go on
// speaking of it. `sentenceBegin`: where the name's sentence begins; the aside is still open at the name.
[[nodiscard]] bool inExampleAside(std::string_view text, std::size_t sentenceBegin, std::size_t nameBegin);

// "The GB200 Superchip integrates one Grace CPU ... (900 GB/s)": a name that opens its clause
// (nothing but "The" before it) and is followed, after an aside in brackets, by a lower-case
// word that is no function word (its verb), is the clause's grammatical subject.
[[nodiscard]] bool opensClause(std::string_view text, std::size_t clauseBegin, const Mention& m);

// Whether an AI Wiki page's categories file it as one product: a custom GPT, a ChatGPT plugin,
// or a model. Such a page's topic owns the figures that name no other owner (the
// "Chats" of its infobox, "with over 10,000 users"), though its name is no known kind of thing.
[[nodiscard]] bool filedAsProduct(const std::vector<std::string>& categories);

// Whether an AI Wiki page's categories file it as a custom GPT or a ChatGPT plugin ("Custom_GPTs",
// "Plugin"): an assistant whose page quotes the instructions it was given.
[[nodiscard]] bool filedAsAssistant(const std::vector<std::string>& categories);

// "Instructions (System Prompt)", "Instructions": a heading over the instructions an assistant was
// given (its system prompt), not over what a user asks it ("Conversation Starters", "Example Prompts").
[[nodiscard]] bool headsInstructions(std::string_view title);

// "Conversation Starters", "Example Prompts", "Prompt" under "Example Usage": a heading over what a
// user asks an assistant. `titles` are a section's heading and its parents', nearest first. A user's
// request ("Find a 2-bedroom apartment ... of $1,500 per month") states no fact of the assistant.
[[nodiscard]] bool headsUserPrompts(const std::vector<std::string_view>& titles);

// Whether section `section` of `sections` is, or is under, a heading over what a user asks an
// assistant (headsUserPrompts of its heading and its parents'). kNone (-1) is under none.
[[nodiscard]] bool inUserPrompts(const std::vector<Section>& sections, int section);

// inUserPrompts of every section of `sections`, by index: each heading chain folded once per article.
[[nodiscard]] std::vector<bool> userPromptSections(const std::vector<Section>& sections);

// Whether the figure at `figureAt` of a sentence of an assistant's instructions tells the assistant
// what to make or how much: a clause before it in the sentence opens (after "Then", "Always", "do not"
// and the like, or a label "Task 1:") with a verb's base form before its object ("write 2 emails",
// "Task 1: Search for ... in 3 paragraphs", "Create 42 images ...: 1 main image, 40 sticker images")
// or with "you" ("you will write a script no longer than 240 words"), or a word that bounds a length
// stands right before it ("maximum 6 words", "within 150 characters", "a length of 150-200 words").
// The imperative and the second person address the assistant, so such a figure is the assistant's.
[[nodiscard]] bool directiveFigure(std::string_view sentence, std::size_t figureAt);

// "Instructions (System Prompt)", "Conversation Starters", "Example Prompts": a heading over
// text quoted as said to a model, whose figures are instructions, not facts of the page's topic.
[[nodiscard]] bool headsQuotedPrompts(std::string_view title);

// "are fabricated on custom TSMC 4NP", "improvement over standard RLHF": a name whose noun phrase a
// preposition opens (before the name only WordNet adjectives, at most two words, back to the
// preposition; not a determiner: "at the Battle of X" stays a candidate) is that preposition's object, which is no
// subject of the clause, though words stand between them. Not after "of" ("the accuracy of the X
// Model"): a genitive's object owns what its phrase names.
[[nodiscard]] bool objectOfPreposition(std::string_view text, std::size_t clauseBegin, std::size_t nameBegin);

// "Afterward, 4 images", "Overall, the model": a one-word name that opens the sentence, set off by a
// comma, and that WordNet lists as an adverb in lower case, is an introductory adverbial, no name.
[[nodiscard]] bool introductoryAdverb(std::string_view text, std::size_t sentenceBegin, std::size_t nameBegin,
                                      std::size_t nameEnd);

// "..., with prompts for DALL-E having a maximum of 400 characters and prompts for Midjourney staying
// under 60 words": an absolute phrase ("with", a noun phrase, a present participle) is a clause of its
// own whose subject is its noun phrase; a conjunct after "and" under the same "with" has its own.
// The span [first, second) of the noun phrase of the figure's absolute clause (no punctuation between
// its participle and the figure at `figureAt`), else nullopt.
[[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> absolutePhrase(std::string_view text,
                                                                                std::size_t sentenceBegin,
                                                                                std::size_t figureAt);

// "It excels ... trained on 20 trillion tokens": a sentence whose subject is "It" (not the
// "It is estimated that" of a reported clause) is about what the text spoke of last.
[[nodiscard]] bool opensWithIt(std::string_view sentence);
// "The model first creates ...", "This platform offers ...": the noun of a made thing (isThingNoun) that a
// definite description opening the sentence stands on, when a lower-case word follows it; "" otherwise
// ("The GPT Store", "The model's", "The models, ...").
[[nodiscard]] std::string openingDescription(std::string_view sentence);
// Whether a lower-case word is one WordNet lists as a verb ("support", "offer").
[[nodiscard]] bool isVerbWord(std::string_view lower);
// Whether `known` holds a base form of an "-ing" form's `stem` (the form without "ing"): as written
// ("turn"), with its "e" back ("produc" -> "produce") or with its doubled consonant undone ("plann" ->
// "plan"). `known` takes a candidate as a std::string.
template <class Known>
[[nodiscard]] bool ingStemIs(std::string_view stem, const Known& known) {
  const std::string s(stem);
  const bool doubled = s.size() > 2 && s[s.size() - 1] == s[s.size() - 2];
  return known(s) || known(s + "e") || (doubled && known(s.substr(0, s.size() - 1)));
}
// The base form of a lower-case verb form ("offers", "acquired", "made", "carried"), or "" when WordNet
// has no such verb. `past` says whether the form is a past tense or participle.
[[nodiscard]] std::string verbLemma(std::string_view word, bool& past);
// The base form of a lower-case verb form as verbLemma reads it, or of its "-ing" form ("raising" ->
// "raise", "cutting" -> "cut"); `inflected` when the form is a past or an "-ing" one. "" for no verb.
[[nodiscard]] std::string verbBase(std::string_view lower, bool& inflected);
// Every form of the WordNet verb that a lower-case word is a form of ("raise" or "raised" -> "raise",
// "raises", "raised", "raising"; "fell" -> "fall", "falls", "fell", "fallen", "falling"): WordNet's
// irregular forms and the regular spellings that read back to the base, some of which are no English word
// ("raiseed"): a word list is the caller's to ask. Empty for no verb.
[[nodiscard]] std::vector<std::string> verbForms(std::string_view word);

// "xAI's Colossus supercomputer:", "inclusionAI maintains:": of a lead-in ending in a colon,
// the name the list under it describes: the last name followed by at most two words before
// the colon. nullptr when the lead-in ends otherwise or names nothing there.
[[nodiscard]] const Mention* leadInName(std::string_view text, const std::vector<Mention>& mentions);

// The name a table's column header gives, without an aside in brackets at its end ("GB200 NVL72
// (rack)" is GB200 NVL72, "NVIDIA B200 (Blackwell)" NVIDIA B200) or markup around it ("**IBM**").
[[nodiscard]] std::string_view columnName(std::string_view header);

// "7B", "0.5B", "405B", "80M": a model's size written alone, as a column header of its variants.
[[nodiscard]] bool isModelSize(std::string_view name);

// "Description", "Target for Fault Tolerance", "Weight in Scoring": whether a later column's header
// says its column tells something of each row (its first or last word, data/table_headers.tsv role
// "describes"), where a comparison's headers name the things compared ("Superconducting", "PTQ").
[[nodiscard]] bool describesColumn(std::string_view header);

// "The Open X-Embodiment dataset, released in October 2023, represents ...:": of the lead-in
// sentence [begin, end) that ends in a colon, the name that opens it as its grammatical subject
// (nothing but "The" before it; after it, perhaps one kind noun, an aside in brackets or between
// commas, then its verb, which is no verb of saying: "NVIDIA stated that ..." speaks of another).
// nullptr when the sentence opens otherwise.
[[nodiscard]] const Mention* leadInOpener(std::string_view text, std::size_t begin, std::size_t end,
                                          const std::vector<Mention>& mentions);

// The first block of a table (its header or a row) when a table comes before the page's first heading;
// nullptr when a heading or nothing comes first. Its table is the page's infobox when infoboxHeading
// reads a name in it.
[[nodiscard]] const Block* leadingTableBlock(const std::vector<Block>& blocks);

// "| MMMLU |" over "| --- |", then "| Release date | ~2023 |" rows: the name in the one header cell of a
// table that opens a Markdown page before any heading (an infobox headed by its page's name), its bold
// markup dropped; "" when the page opens otherwise.
[[nodiscard]] std::string_view infoboxHeading(const std::vector<Block>& blocks);

// "### π0 (Pi-Zero)", "### Xiaomi CyberOne", "### Intel Gaudi 3": whether a section heading (its
// aside and subtitle dropped) is written as a name: one to five words, each opening with a capital,
// a digit or a letter outside ASCII, one of them written as no common word is (a capital inside it,
// a letter outside ASCII, or letters with digits: "CyberOne", "π0", "QPUs", "GB200"). Not "Dataset
// Statistics" nor "Chunking Strategies" (words in title case), nor "2023" (no letter).
[[nodiscard]] bool writtenAsName(std::string_view heading);

// "Google's Gemini 2.5 Computer Use model is a specialized variant ...", "Orrin was an agent": of
// the sentence [begin, end) of `text`, the name it says what it is (the name, perhaps one
// lower-case kind noun, then "is a", "is an", "was a", "was an"), not a possessor or the object of a
// preposition. nullptr when the sentence defines no name.
[[nodiscard]] const Mention* definedName(std::string_view text, std::size_t begin, std::size_t end,
                                         const std::vector<Mention>& mentions);
// "word2vec is a group of model architectures that ...": whether the sentence ending at `end` says what
// the name of mention `m` is (as definedName reads it) with a noun phrase that holds the lower-case `noun`
// or its plural (before a clause word or a mark ends the phrase), so that "the model" may refer to it.
[[nodiscard]] bool definedAsKind(std::string_view text, std::size_t end, const Mention& m, std::string_view noun);

// The grammatical subject of the clause that holds a figure: the noun phrase before the clause's
// main verb. The verb is the nearest word before the figure that can only be a verb here (by
// WordNet's verbs and nouns, its form and its neighbours: "were trained", "pack 208 billion",
// "use Hugging Face", not "the base models" nor "a curated subset"); the phrase runs back from
// it to a determiner, a comma, a preposition or a conjunction. A verb with no phrase of its own
// after "and" or a comma ("..., and pack 208 billion transistors") shares the subject of the
// verb before it; "X, which has ..." has X. A figure that opens its clause ("5,000 companies use
// Hugging Face") is about the verb's object: `objectBegin` says where that starts.
struct ClauseSubject {
  enum class Kind {
    kPhrase,    // [begin, end) is the subject noun phrase
    kPronoun,   // "it", "they", "he", "she": what the text spoke of last
    kDefinite,  // "the paper", "this variant", "the company": a thing named before (head at headAt)
    kThere,     // "there were 1,539 people": the clause names no owner
    kObject,    // the figure is the subject; its owner is the object, from `begin` to `end`
  };
  Kind kind = Kind::kPhrase;
  std::size_t begin = 0, end = 0;  // byte span of the phrase (or of the clause after the verb)
  std::size_t headAt = 0;          // the phrase's last word
};
[[nodiscard]] std::optional<ClauseSubject> clauseSubject(std::string_view text, std::size_t sentenceBegin,
                                                         std::size_t figureAt, std::size_t figureEnd);

// Whether the lower-case `word` can be read as a verb here, by WordNet 3.0 (built in) and its
// neighbours `before` and `after` (lower case; empty at the clause's edge, "#" for a number,
// "^" for a name) and `before2`, the word before `before`.
[[nodiscard]] bool readsAsVerb(std::string_view before, std::string_view word, std::string_view after,
                               std::string_view before2 = {});

// Whether a lower-case word is the regular plural of a WordNet 3.0 noun ("modalities", "learners"):
// the noun a list's lead-in names, where the word list behind isCountedPlural lacks its singular.
[[nodiscard]] bool isWordNetPlural(std::string_view lower);
// Whether a lower-case head noun names a made thing or a work that an article or its section is
// about ("model", "paper", "variant", "book", "platform"): "the paper" refers to it, where "this
// achievement" or "the values" refer to no thing.
[[nodiscard]] bool isThingNoun(std::string_view noun);
// Whether a lower-case word is a verb of WordNet 3.0 and no noun of it ("compare", "summarize"; not
// "scale", "block"), or the -ing form of such a verb or of any WordNet verb ("serving").
[[nodiscard]] bool verbOnly(std::string_view word);
// Whether a lower-case word is a word of WordNet 3.0 that can only modify or predicate, never
// name: an adjective, an adverb, a verb or a verb's past or -ing form, and no noun ("concise",
// "never", "follow", "locked"; not "start", "apple", "slack").
[[nodiscard]] bool nounless(std::string_view lower);
// Whether a lower-case word is a finite or -ing form of a WordNet verb and no noun in either number
// ("indicates", "indicating"; not "runs", "uses", "training"): after a number it is the number's verb,
// so it names nothing the number counts ("1 indicates its presence").
[[nodiscard]] bool verbFormOnly(std::string_view lower);
// The base form of a lower-case past tense or participle of a WordNet verb ("lowered" -> "lower",
// "cut" -> "cut"); "" for any other word.
[[nodiscard]] std::string pastVerbLemma(std::string_view lower);
// The noun a lower-case past tense or participle names its act by, where WordNet has the verb's base form
// as a noun too ("downloaded" -> "download", "viewed" -> "view", "played" -> "play"); "" for any other word.
[[nodiscard]] std::string eventNounOfPast(std::string_view lower);

// "the 21 drugs approved by the FDA in 2008", "300 papers written by Smith": right after a count
// with its noun (ending at `figureEnd`), a past participle and "by" (then perhaps "the"): where the
// participle's agent starts, else npos. Not after a word between ("a $101 million round led by X":
// the round's leader owns no money of it).
[[nodiscard]] std::size_t agentAfter(std::string_view text, std::size_t figureEnd);

// "Chemical biology is a scientific discipline between ...", "X was a mathematician, astronomer":
// the head noun of what the lead's first sentence says its topic is (lower case: "discipline",
// "mathematician"): after the first "is", "was", "are" or "were", the words up to a preposition, a
// clause word or punctuation, determiners aside. "" when the sentence says no such thing.
[[nodiscard]] std::string definingNoun(std::string_view sentence);

// "coding/GitLab (180)", "forums/Reddit (106)": whether the name at `nameBegin` follows a slash after
// a lower-case word: it glosses a kind of thing ("coding", "forums") as one of its instances, and the
// pair's head is the kind, so an aside after the pair is about the kind (a part of what the sentence
// breaks down), not about the name.
[[nodiscard]] bool glossAfterSlash(std::string_view text, std::size_t nameBegin);

// "NVIDIA (~$250 million), Lightspeed, ...", "GPT-4 (86.4%)": whether the figure at `figureAt` opens
// an aside in brackets right after a name that ends at `nameEnd` (only signs such as "~" or ">="
// between the bracket and the figure): an apposition, which is about that name.
[[nodiscard]] bool opensAsideAfter(std::string_view text, std::size_t nameEnd, std::size_t figureAt);

// "**DeepSeek-V2** (May 2024)", "**Prefill operations** (processing input prompts)": a paragraph
// written as a label over the list under it: a phrase of at most six words before any aside in
// brackets, that no sentence punctuation ends. Markdown pages write such bold lines as headings
// below the section's level.
[[nodiscard]] bool labelLine(std::string_view paragraph);

// "The DeepSeek-V2 MoE model (236B parameters)", "the NVIDIA A6000 GPU (48 GB)": whether the figure
// at `figureAt` opens an aside in brackets right after a noun phrase that the name ending at
// `nameEnd` opens: after the name only capitalised words (more names) and then one lower-case
// noun of a made thing (isThingNoun: "model", "GPU"). The aside is about the phrase, whose first
// name says which thing it is.
[[nodiscard]] bool opensAsideAfterPhrase(std::string_view text, std::size_t nameEnd, std::size_t figureAt);

// "the $14 billion NFT marketplace OpenSea", "the 7,000-seat arena Harlow Dome": a figure after
// "the" that modifies a common noun (perhaps after one more modifier) followed by a name: the name is
// the phrase's head in apposition to the noun, and the figure is its. Where that name starts, else npos.
[[nodiscard]] std::size_t apposedNameAfter(std::string_view text, std::size_t figureBegin, std::size_t figureEnd);

// "Seed", "Pre-seed", "Series A", "Series B extension": the name of a round of venture financing,
// an event of the company that raised it, which owns none of the round's figures.
[[nodiscard]] bool isFundingRound(std::string_view name);

// "FY2025", "Q1 FY2026", "Q3 2024", "H1 2025": the name of a company's fiscal or calendar period, a
// time the figures of its sentence are given for ("Q1 FY2025 revenue hit $26.0 billion"), which owns
// none of them; so is "YoY" ("+126% YoY"), a comparison with the period before.
[[nodiscard]] bool isFiscalPeriod(std::string_view name);

// "Ibn al-Haytham (latinized Alhazen; c. 965-1040) was a mathematician ...": the phrase that opens
// a Wikipedia lead, where the Manual of Style (MOS:FIRST) writes the topic's name: the text before
// its first aside in brackets, comma, semicolon or copula ("is", "was", "are", "were"), of one to
// eight words. "" when the lead opens otherwise.
[[nodiscard]] std::string_view leadPhrase(std::string_view lead);

}  // namespace cg::ingest
