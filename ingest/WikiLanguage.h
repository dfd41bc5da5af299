#pragma once
// The language a Wikipedia page is written in, and how that language writes numbers.
//
// A dump names its language (<mediawiki xml:lang="de">); a single page names it only through
// its namespaces: a German page files itself with "[[Kategorie:...]]", a Nordic one with
// "[[Kategori:...]]" (data/wiki_languages.tsv). Most European languages write "112.790" for
// 112,790 and "3,5" for 3.5; findFigures(text, NumberStyle::kDecimalComma) reads them so.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Quantity.h"

namespace cg::ingest {

enum class NumberStyle : unsigned char {
  kDecimalPoint,  // "1,240.5" (English, and a page whose language is unknown)
  kDecimalComma,  // "1.240,5", "3,5 Zoll"
};

// The language whose category namespace is `ns` ("Kategorie" -> "de"), in any case; "" for none.
[[nodiscard]] std::string languageOfCategoryNamespace(std::string_view ns);

// The language of a page from its category links ("[[Kategorie:Waffe]]"): the first link whose
// namespace is a known category namespace; "" when it has none.
[[nodiscard]] std::string pageLanguage(std::string_view wikitext);

// How `language` (an ISO 639 code, "de-AT" as "de") writes numbers; a decimal point for "" and
// for a language not in data/wiki_languages.tsv.
[[nodiscard]] NumberStyle numberStyleOf(std::string_view language);

// Whether `language` writes every noun with a capital, as German (and Luxembourgish) orthography
// does: there a capitalised word ("Kaliber", "Der Sicherheitsbereich") is no sign of a name.
[[nodiscard]] bool capitalisesNouns(std::string_view language);

// `text` with every number written in the decimal-comma style rewritten in the English one, byte
// for byte in place ("112.790" -> "112,790", "1.240,5" -> "1,240.5", "3,5" -> "3.5"): the
// same length, so spans found in the result are spans of `text`. Dates and versions
// ("23.6.1960", "3.6.13"), and a lone dot before one or two digits ("3.6"), are left alone.
[[nodiscard]] std::string decimalPointForm(std::string_view text);

// `text` with every phrase written in capitals lowered, byte for byte in place ("TRY AT LEAST THREE
// TIMES BEFORE CONCLUDING" -> "try at least three times before concluding"), or nullopt when it has
// none. A phrase in capitals is a run of at least four words of two or more capital letters, each an
// English word (wamerican) and one of them a function word, that holds a cardinal word: a text that
// shouts writes its number words in capitals, which the figure reader would take for a name ("the Big
// Four"). A run of acronyms ("NVIDIA GPU API") is none: they are no English words.
[[nodiscard]] std::optional<std::string> unshoutedForm(std::string_view text);

// findFigures on text whose numbers are written in `style`, its phrases in capitals read as written in
// lower case (unshoutedForm); spans are those of `text`.
[[nodiscard]] std::vector<Figure> findFigures(std::string_view text, NumberStyle style);

}  // namespace cg::ingest
