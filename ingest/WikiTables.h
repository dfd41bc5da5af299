#pragma once
// What a wikitable's column header says its cells hold. A Wikipedia table writes a figure's
// unit or counted noun once, in the header ("Deaths", "General seats", "Population (%)",
// "[[Moment magnitude scale|M]]"), and each row only the number ("28", "7.3–7.4"). The
// page reader writes that word after a cell that is only a number, as a reader of the table
// reads it ("28 deaths", "7.3–7.4 magnitude"), in the way it writes "5,400 employees" for an
// infobox field, so that the figure reader finds the figure with its unit.

#include <string>
#include <string_view>

namespace cg::ingest {

// The word a bare number under a header stands with: a unit ("metres", "magnitude", "%") or a
// counted noun ("deaths"), which takes whole numbers only ("7.5 deaths" is no count).
struct ColumnUnit {
  std::string word;  // "" when the header names no unit or counted noun
  bool counted = false;
};

// What a header names (nothing for a date, a rank, a year, coordinates, free text, or a header
// whose parenthesis scales or qualifies it: "Population (millions)"). `header` is the cell as
// written (wikitext), so that a link's target counts: "[[Moment magnitude scale|''M'']]" heads
// magnitudes.
[[nodiscard]] ColumnUnit wikiColumnWord(std::string_view header);

// `cell` (plain text) with the unit after its number, when the cell is only a number or a range
// of two ("28", "1,240", "8.7–9.2"); else `cell` unchanged. "%" is glued to the number.
[[nodiscard]] std::string withColumnUnit(std::string_view cell, const ColumnUnit& unit);

}  // namespace cg::ingest
