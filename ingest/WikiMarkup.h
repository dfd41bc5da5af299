#pragma once
// Wikitext below the page level: templates ({{name|a|key=b}}) expanded innermost first in
// one pass, the formatting templates that carry figures and dates rendered for what they
// show ({{convert}}, {{US$}}, {{as of}}, {{start date}}, ...), and wiki markup stripped
// to plain text.
//
// The page reader marks places in the text with placeholders that no wikitext holds:
// kPlaceholderOpen, a kind letter, a number, kPlaceholderClose. A removed line break is
// kept as kPhantomNewline, so that lines after a multi-line template or comment keep the
// file line they had.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/Text.h"  // lowerAscii: template names, parameter keys and namespaces are ASCII

namespace cg::ingest {

inline constexpr char kPlaceholderOpen = '\x01';
inline constexpr char kPlaceholderClose = '\x02';
inline constexpr char kPhantomNewline = '\x05';

// "\x01R12\x02": a placeholder of `kind` for item `index`.
[[nodiscard]] std::string placeholder(char kind, std::size_t index);

// One template as written: its name folded (lower case, '_' as ' ', "Template:" dropped;
// a parser function "formatnum:5" has the name "formatnum" and "5" as first argument),
// and its parameters in order, positional ones with an empty key. Values are trimmed and
// hold the already expanded inner templates.
struct TemplateCall {
  std::string name;
  std::vector<std::pair<std::string, std::string>> params;

  // The first non-empty named value among `keys` (lower case), or "".
  [[nodiscard]] std::string_view named(std::initializer_list<std::string_view> keys) const;
  // The i-th positional value, or "".
  [[nodiscard]] std::string_view positional(std::size_t i) const;
  [[nodiscard]] std::size_t positionalCount() const;
};

// What a template stands for in the text; "" drops it.
using TemplateRenderer = std::function<std::string(const TemplateCall&)>;

struct Expansion {
  std::string text;
  std::size_t unclosed = 0;  // "{{" never closed: the braces are dropped, their text kept
  std::size_t unopened = 0;  // "}}" with nothing open: dropped
  std::size_t tooDeep = 0;   // templates nested deeper than kMaxTemplateDepth: dropped
};

// Templates nested deeper than this render as nothing. It bounds the copying of inner
// renderings into outer ones, so expansion stays linear at any nesting.
inline constexpr std::size_t kMaxTemplateDepth = 40;

// Expands every template of `text`, innermost first, with an explicit stack (no recursion
// that the input controls): linear time in the size of `text`.
[[nodiscard]] Expansion expandTemplates(std::string_view text, const TemplateRenderer& render);

// What {{convert}} writes for a unit code: "m" -> "metres", "sqmi" -> "square miles"; a code
// it does not list as written ("km/h").
[[nodiscard]] std::string convertUnitName(std::string_view code);

// The rendering of a formatting template ({{convert|5|km}} -> "5 kilometres (3.107 mi)", with the
// conversion the page shows to four significant digits; {{US$|1.2 billion}}
// -> "US$1.2 billion", {{as of|2023|5}} -> "As of May 2023", {{nowrap|x}} -> "x", ...), or
// nullopt for a template that is not one of them.
[[nodiscard]] std::optional<std::string> renderFormatting(const TemplateCall& call);

// Where a block quotation ({{quote}}, {{cquote}}, <blockquote>) begins: a placeholder that
// shows nothing, so that joinIntroducedQuotes can find it.
inline constexpr std::string_view kBlockQuoteMark = "\x01Q\x02";

// A quotation template ({{blockquote}}, {{quotation}}, {{cquote}}, {{quote box}}, {{rquote}},
// {{pull quote}}) as the page shows it: blockQuotation of its text, then " — author" when it
// names one, then the <ref>s of its title and source parameters.
[[nodiscard]] std::string renderQuoteTemplate(const TemplateCall& call);

// A block quotation as the page shows it, in quotation marks: kBlockQuoteMark, "“", the text
// (its line breaks kept as phantoms, so that it is one paragraph), "”". Quotation marks the
// text already has around it are not doubled.
[[nodiscard]] std::string blockQuotation(std::string_view text);

// The text of a block quotation, one character at a time: a line break as a phantom, and its
// own quotation marks as the inner pair (‘ ’), as quotes inside a quote are written, so that
// the block is one quotation.
class NestedQuotes {
 public:
  // Appends what `rest`'s first character shows; returns how many more bytes it took.
  std::size_t append(std::string& out, std::string_view rest);
  // Closes the quotation on its last word.
  static void close(std::string& out);

 private:
  bool started_ = false;  // a word was appended
  bool open_ = false;     // a straight '"' opened an inner quote
};

// A block quotation that a colon introduces ("Zerbisias wrote on her blog:" and the quote on
// the next lines) goes on the colon's paragraph, as the sentence reads, so that the quote has
// the speaker its sentence names. Line breaks between them become phantoms. Linear time.
[[nodiscard]] std::string joinIntroducedQuotes(std::string_view text);

// Plain text of a piece of wikitext: [[a|b]] -> b, [url label] -> label, '' and ''' and
// HTML tags dropped, entities decoded, placeholders and phantom line breaks removed.
[[nodiscard]] std::string stripMarkup(std::string_view wikitext);

// The first http(s) URL in a text, or "": a bracketed one as written, a free one without the
// punctuation MediaWiki leaves to the sentence (a final ",;.:!?", and a ")" the URL does not open).
[[nodiscard]] std::string firstUrl(std::string_view text);

// "https://www.nytimes.com/x" -> "nytimes.com"; "" for no URL.
[[nodiscard]] std::string domainOf(std::string_view url);

}  // namespace cg::ingest
