#pragma once
// Wikipedia's citations as sources: the cite templates ({{cite news}}, {{cite web}},
// {{cite journal}}, {{cite book}}, {{cite press release}}, {{citation}}, and the German
// {{Internetquelle}} and {{Literatur}}), free-text and bare-URL references, and the keys
// that bind a short citation ({{sfn|Smith|2005|p=3}}, {{harvnb|Smith|2005}}) to its entry
// in the bibliography.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Article.h"
#include "ingest/WikiMarkup.h"

namespace cg::ingest {

// True for the templates that cite a work (see above).
[[nodiscard]] bool isCiteTemplate(std::string_view name);

// True for the templates that cite a record of one database ({{IMDb name}}, {{IUCN}},
// {{GEOnet3}}, {{cite GNIS}}, {{SEP}}, ...): a citation when they stand inside a <ref>.
[[nodiscard]] bool isDatabaseCitation(std::string_view name);

// True for {{sfn}}, {{sfnp}}, {{harvnb}}, {{harv}}, {{harvs}}, ...: a short citation.
[[nodiscard]] bool isShortCitation(std::string_view name);

// The fields a cite template gives: title, publisher, work (website, newspaper, journal,
// magazine; German werk/sammelwerk), date (ISO), access date, URL (or a DOI/ISBN address
// when the template has none). Markup is stripped from every field.
[[nodiscard]] Reference referenceFromTemplate(const TemplateCall& call);

// A template of no cite family that names a page by url= or title= ({{Wayback|url=|title=}},
// {{UNICRI|url=}}: a site's own template for citing a page of it): standing alone in a <ref>, it is
// the citation, with that title and URL. nullopt when it gives neither.
[[nodiscard]] std::optional<Reference> referenceFromSiteTemplate(const TemplateCall& call);

// {{ISBN|0-19-518767-9}}, {{doi|10.1136/bmj.323}}, {{OCLC|474197910}}: a template that gives one
// identifier of data/cite_identifiers.tsv (its name is the cite parameter); the address the
// identifier links to, or "" for any other template.
[[nodiscard]] std::string identifierTemplateUrl(const TemplateCall& call);

// The fields of a free-text reference: its first URL, a [url label] or "quoted" title,
// an ''italic'' work, the first date.
[[nodiscard]] Reference referenceFromText(std::string_view wikitext);

// A free-text short citation ("Bodie 2001, p. 208", "Hill, pp. 25-28"): its surnames
// folded and joined by '|', and its year ("" when none); empty when the text is not one.
[[nodiscard]] std::vector<std::string> shortTextKeys(std::string_view plain);

// The surnames of a free-text short citation as written ("Thompson and Smith" of "Thompson and
// Smith 2008, p. 240"); "" when the text is not one.
[[nodiscard]] std::string shortTextAuthors(std::string_view plain);

// A short citation with no bibliography entry to bind to ("Galland 1954, p. 138"): when it names one
// author and no publisher, work or URL, the author stands for the publisher (Reference::byAuthor).
void standInAuthor(std::string_view shortText, Reference& r);

// The key under which a cite template can be found by short citations: the authors' last
// names and the year, folded ("smith|jones|2005"); "" when it names no author.
[[nodiscard]] std::string bibliographyKey(const TemplateCall& call);

// The key of a short citation's target: the same form as bibliographyKey.
[[nodiscard]] std::string shortCitationKey(const TemplateCall& call);

// A short citation as shown: "Smith 2005, p. 3".
[[nodiscard]] std::string shortCitationText(const TemplateCall& call);

// When a reference names neither publisher nor work, the domain of its URL stands in as
// publisher; when it names a work only, the work is its publisher too.
void fillPublisher(Reference& reference);

}  // namespace cg::ingest
