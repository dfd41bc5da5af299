#pragma once
// The count of a list that a sentence introduces without writing it: "The GBT algorithm consists
// of the following steps:" and then "1. ..." to "5. ...", "X offers several advantages, such as:"
// and then four items. The lead-in names what the items are (its plural noun, after a quantifier
// such as "the following" or "several"); the list's length is how many of them the article gives.
// A lead-in that writes its own count ("in two ways:") keeps that count, and the list is not counted
// (the text states the figure; see docs/ACCURACY.md, h-term18).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Article.h"

namespace cg::ingest {

struct ListCount {
  std::size_t items = 0;
  // The phrase that stands for the items in the lead-in sentence ("the following steps",
  // "several significant advantages"): byte span in the sentence's text.
  std::size_t begin = 0, end = 0;
  std::string noun;  // its head noun, folded: "steps"
};

// The count of the list that blocks[b]'s sentence `s` leads into, when `s` is the last sentence of a
// paragraph, ends with a colon, names a plural noun `countNoun` accepts after a quantifier, and the
// list right after it is one level of items numbered 1, 2, ... (or bullets) that nothing interrupts, or a
// table whose body rows are the items (one a row, each first cell its own). None under a heading that opens
// with a remainder's word ("### Other Notable Variants"): its list is the rest of a set, not the set.
[[nodiscard]] std::optional<ListCount> listCountOf(const Article& article, std::size_t b, const Sentence& s,
                                                   const std::function<bool(const std::string&)>& countNoun);

// The count of the list a pronoun's lead-in gives, at the sentence before it that names the things: "Random Forest
// offers several advantages over single decision trees. These include:" and four items, "The loss curve serves
// several essential purposes in ... . It helps to:" and four. `s` is the paragraph's last sentence but one, with one
// phrase of "several" or "multiple" and a plural noun; the lead-in ("These include:", "These characteristics
// include:", "It helps to:") is a pronoun, perhaps that noun, and one verb in the present tense (perhaps "to").
[[nodiscard]] std::optional<ListCount> pointedBackCountOf(const Article& article, std::size_t b, const Sentence& s,
                                                          const std::function<bool(const std::string&)>& countNoun);

// The count of the sub-headings that blocks[b]'s sentence `s` leads into: the last sentence of the
// last paragraph of its section, ending with a colon after "the following" and a plural noun
// `countNoun` accepts, over 2 to 40 sub-headings of that section (as headingCountOf counts them).
[[nodiscard]] std::optional<ListCount> subHeadingCountOf(const Article& article, std::size_t b, const Sentence& s,
                                                         const std::function<bool(const std::string&)>& countNoun);

// The count of a tuple a sentence writes out: "An MDP is defined by a tuple (S, A, P, R)", "consists of
// the tuple (s, a, r, s', d)", "each exemplar is expanded to a triple of (question, chain of thought,
// answer)". The word that names it ("tuple", "triple", "triplet", "quadruple", their plurals), perhaps
// "of", then a bracket (perhaps in backticks) of 2 to 12 elements separated by commas, each at most three
// words and no bracket of its own: how many elements the tuple has. A word that writes its own number
// ("triple") must agree with the bracket. "a tuple containing two integers (for example (1, 2))" is no
// such tuple: the bracket must follow the word.
struct TupleCount {
  std::size_t items = 0;
  std::size_t begin = 0, end = 0;  // byte span in the text, from the word to the closing bracket
};

// The first tuple `text` writes out in the form above; nullopt for none.
[[nodiscard]] std::optional<TupleCount> tupleCountOf(std::string_view text);

// Nouns that name a thing's subdivisions ("types", "categories", "flavours"), plural, folded: how
// many kinds a thing comes in, whichever of them the text uses (reason::measuresOfOneQuantity), and
// the one heading noun whose sub-headings may each hold a list of members ("### Supervised Learning
// Models" over a list of models is one type of "## Types of Models"). Not "classes": the classes a
// classifier sorts into are its outputs, not kinds of it.
[[nodiscard]] const std::vector<std::string_view>& kindNouns();

// The count of a section's heading whose words say the section enumerates things of the page's topic:
// "Types of X", "Approaches to X", "Components of the X", "X Techniques" (X the page's title), over
// its N sub-headings, or, where it has none, the one list its blocks give (as itemsFrom counts it); or
// whose aside in brackets names the section's items by a plural noun ("## Knowledge (Uploaded Files)"
// over five file items, a custom GPT page's), over that one list; or that is one plural noun, at the second
// level or under a parent heading that pairs it with another ("### Advantages" under "## Advantages and
// Disadvantages"), over the one list that opens its section (one item or more: "## Actions" over the one
// API a custom GPT calls).
struct HeadingCount {
  std::size_t items = 0;
  std::string noun;      // the heading's plural noun, folded: "approaches"
  std::string nounText;  // as the heading writes it: "Approaches"
};

// The count of section `section`'s heading, when it has the form above, names a plural noun
// `countNoun` accepts that is no apparatus of the page ("Examples", "Notes", "References"), and its
// items are 2 to 40 sub-headings none of which is apparatus, "Other ..." (an open set), a gerund (how
// to do something) or, unless the noun is a kind noun, a heading over a list (a group of items), or, with
// no sub-heading, one uninterrupted list of one level that no lead-in with a colon introduces.
[[nodiscard]] std::optional<HeadingCount> headingCountOf(const Article& article, int section,
                                                         const std::function<bool(const std::string&)>& countNoun);

// The count a heading in an assistant's instructions gives its section's numbered list: "# Walkthrough Steps:"
// over four numbered steps, "## Skills :" over six, in a custom GPT's prompt. The heading (its colon and bold
// marks dropped) is a plural count noun, perhaps after one modifier (no function word, not "Other"), and one
// numbered list (as sectionListItems counts it, its sub-headings aside) opens its section: the prompt's
// headings name the parts it gives the assistant, whole, at any level. A heading that names a procedure
// ("## Workflows:", "### Process", data/procedure_nouns.txt), alone or before a noun of a summary ("### Workflow
// Overview:", data/summary_nouns.txt), gives the count of its steps (noun "steps"), not of workflows. The caller says
// the section is one of the instructions.
[[nodiscard]] std::optional<HeadingCount> instructionHeadingCountOf(
    const Article& article, int section, const std::function<bool(const std::string&)>& countNoun);

// A heading that writes its section's count in an aside after a name: "### STEM (22 subjects)" under
// "## Subject Categories" says the part named STEM holds 22 of the page's topic's subjects. The aside
// is only a cardinal (digits or a number word) and a plural noun `countNoun` accepts.
struct WrittenHeadingCount {
  double value = 0;
  std::string noun;  // folded: "subjects"
  std::string text;  // the aside as the heading writes it: "22 subjects"
  std::string part;  // the name before the aside: "STEM"
};

// The count heading `title` writes, when it has the form above; nullopt otherwise ("(2021 to Present)",
// "(GeForce RTX 50 Series)").
[[nodiscard]] std::optional<WrittenHeadingCount> writtenHeadingCountOf(
    std::string_view title, const std::function<bool(const std::string&)>& countNoun);

// A menu the text gives one option a line: each line a key of one to three letters, all in one case, then
// " - ", ": " or ") " and what the key does ("i - illustration", "🔮 W: \"Predict future price ...\""), perhaps
// in groups, each under a label line of its own ("📈 Stock Prediction", a short phrase in title case). The
// lines the text gives are the whole menu: a key is typed, so each stands for one option.
struct Menu {
  std::size_t block = 0;            // the block of its first line
  std::vector<std::string> lines;   // the option lines and group labels, as written
  std::vector<std::string> keys;    // the options' keys, in order
  std::vector<std::string> groups;  // the groups' labels, without their symbols; empty for no grouping
};

// The page's one menu of three or more options: none where a group repeats a key (notes on each key,
// "i) If user enters ...", "Q:" and "A:" pairs), where a line or the line after the menu leaves it open
// ("...", "etc.", "and more"), or where the page gives two menus (which one a count is of is not known).
// Groups count only when there are two or more and the first opens the menu (every option in one).
[[nodiscard]] std::optional<Menu> pageMenuOf(const std::vector<Block>& blocks);

// A numbered series the page gives a line each, each line opening with one noun and its number: "Rule No.
// 1: ...", "Rule 2. ...", ... "Rule No. 11. ..." in a custom GPT's instructions, "Step 1: ..." to "Step 5:
// ...". The lines follow one another in one section and run 1, 2, ... with no number missing or given
// twice, and the noun's lines appear nowhere else on the page: the highest number counts the items. In a
// section where a series' labels may head text of their own (an assistant's instructions: "Step 2: Assess
// the Author Bio" over paragraphs of what to do), other lines may stand between the labels; a label the text
// cut from its colon ("Step 4", then ": Gather Additional Information") is read whole.
struct SeriesCount {
  std::size_t items = 0;
  std::size_t block = 0;  // the block of its first line
  std::string noun;       // plural, folded: "rules"
  std::string text;       // its first and last labels: "Rule No. 1 ... Rule No. 11"
};

// Each series of three or more lines on the page whose noun's plural `countNoun` accepts.
// `spreadSection` says which sections' series may have lines between their labels.
[[nodiscard]] std::vector<SeriesCount> numberedSeriesOf(const std::vector<Block>& blocks,
                                                        const std::function<bool(const std::string&)>& countNoun,
                                                        const std::function<bool(int)>& spreadSection);

// A sentence that closes on a list its plural noun announces before a colon: "Ng breaks down the key AI
// tools: supervised learning and generative AI." The noun phrase is definite (after "the": the whole set,
// not some of it), the list closes the sentence with "and" before its last item, and each item is a short
// noun phrase (one to four words, no verb, no preposition): how many items it gives. "such as",
// "including", "like" or "or" leave the set open or give alternatives, and count nothing.
[[nodiscard]] std::optional<ListCount> colonListCountOf(std::string_view sentence,
                                                        const std::function<bool(const std::string&)>& countNoun);

// A list in brackets right after the plural noun it gives the members of: "a basket of different fruits (apples,
// bananas, and oranges)", "basic arithmetic operations (addition, subtraction, multiplication, and division)". The
// bracket closes with "and" before its last item (andListItems: short noun phrases, nothing that leaves the set
// open), gives three to twelve items, none of which writes a cardinal, and the noun phrase before it (the noun and
// up to three modifiers) writes no count of its own: how many items it gives, at that noun phrase.
[[nodiscard]] std::optional<ListCount> bracketListCountOf(std::string_view sentence,
                                                          const std::function<bool(const std::string&)>& countNoun);

// A field of a model card's box whose value lists the model's things one link each: "**Library**" over
// "[PyTorch](...), [TensorFlow](...), [Safetensors](...), [Transformers](...)" gives its four libraries.
struct FieldCount {
  std::size_t items = 0;
  std::string field;  // the label, folded: "library"
};

// The count the value block blocks[b] gives, when it stands before the page's first heading right under a
// label line (a paragraph of the label alone) that `countedField` accepts (folded), and its text is only
// links, separated by ", ", none twice; nullopt otherwise.
[[nodiscard]] std::optional<FieldCount> boxFieldCountOf(const std::vector<Block>& blocks, std::size_t b,
                                                        const std::function<bool(std::string_view)>& countedField);

// A model card's tag line: "[Text Generation](...), [PyTorch](...), [Transformers](...), [48 languages](...),
// [License: mit](...)" under the page's box. blocks[b] stands before the page's first heading, is a paragraph of
// three or more links with only commas and spaces between them, is no field's value (the block above it is no
// label line, a paragraph without links), and repeats the box: one of its links shows a text that a field's
// value above it links too. The line gives the box's fields again as tags, so a figure on it is the box's.
[[nodiscard]] bool isBoxTagLine(const std::vector<Block>& blocks, std::size_t b);

}  // namespace cg::ingest
