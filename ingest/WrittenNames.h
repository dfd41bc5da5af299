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

// The name as a sentence writes it: without pictographs, then without a closing gloss.
[[nodiscard]] std::string nameAsWritten(std::string_view name);

}  // namespace cg::ingest
