#pragma once
// A name as people write it in running text (issues #12/#13). Titles and infobox names of the AI Wiki
// carry what a sentence leaves out: pictographs ("MANY-E 🌟 10X Image Generation 🌟", "📗All-around
// Teacher", "Recombinant AI™") and a gloss in another script closing the name ("Chinese BaZi Fortune
// Teller (参天八字算命, 精准排盘解读)", "超级PPT生成（Super PPT）"). A statement writes "MANY-E 10X Image
// Generation" and "the Chinese BaZi Fortune Teller GPT": the entity goes by that name, the form with the
// symbols and the gloss kept as its aliases. Told by Unicode properties through ICU, not by a list.

#include <optional>
#include <string>
#include <string_view>

namespace cg::ingest {

// The name without its pictographs and symbols (Extended_Pictographic, general category So, emoji
// modifiers, regional indicators, and the joiners and variation selectors that bind them), each run of
// them a space between words, spaces collapsed and trimmed. The name itself when it holds none; empty
// when it is all symbols.
[[nodiscard]] std::string withoutPictographs(std::string_view name);

// A name closed by a gloss in brackets, "(...)" or fullwidth "（...）", whose letters are mostly of the
// other kind of script than the name's before it: cased (Latin, Greek, Cyrillic) against caseless (Han,
// Kana, Hangul, Arabic). "Chinese BaZi Fortune Teller (参天八字算命, 精准排盘解读)": the name "Chinese
// BaZi Fortune Teller" and the gloss "参天八字算命, 精准排盘解读". A bracket in the name's own kind of
// script qualifies it instead ("Paper Interpreter (Japanese)", "MJ Prompt Generator (V6)"): nullopt.
struct GlossedName {
  std::string_view name, gloss;
};
[[nodiscard]] std::optional<GlossedName> glossedName(std::string_view name);

// A name closed by its own acronym in brackets: "Multi-head Latent Attention (MLA)", "Art of Problem
// Solving (AoPS)", "Data-centric AI (DCAI)". The acronym's capitals (a plural "s" aside) are, in order,
// the initials of the name's words and their hyphened parts (every letter of a word in capitals),
// opening with the first word's and closing with the last word's: the name is "Multi-head Latent
// Attention" and "MLA" the form it is called by after. A bracket of anything else qualifies the name
// ("Essay Writing Tool (GPT)", "o3 (high)", "A3C" of "Asynchronous Methods for Deep Reinforcement
// Learning"): nullopt. The same pair as GlossedName.
[[nodiscard]] std::optional<GlossedName> acronymedName(std::string_view name);

// The name as a sentence writes it: without pictographs, then without a closing gloss.
[[nodiscard]] std::string nameAsWritten(std::string_view name);

}  // namespace cg::ingest
