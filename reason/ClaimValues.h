#pragma once
// What a figure claim's value means, for the code that compares claims (contested sets here,
// check in query/): its point, the interval its wording allows, whether its measure is a
// cost, the family a product's figures belong to, and how a value reads in an explanation.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/ClaimGraph.h"

namespace cg::reason {

// The value, or a range's midpoint.
[[nodiscard]] double claimPoint(const graph::ClaimGraph& g, graph::ClaimId c);
// A range; a bound ("more than") open on one side; a hedge around a point ("about": 2%, else 0.05%).
[[nodiscard]] std::pair<double, double> claimInterval(const graph::ClaimGraph& g, graph::ClaimId c);
// The values a claim's written figure allows, as the half-open [low, high): half a unit of the last
// digit it writes either side ("592.7 billion": 592.65-592.75 billion), with trailing zeros not
// significant when it is hedged ("about 600 billion": 550-650 billion, "600 billion": 599.5-600.5);
// a range widened the same way; a lower bound ("more than 60,000") open upward, as it agrees with
// any larger figure; an upper bound read at its figure, the size the text claims ("as much as
// $4.7 billion" against "about $2.5 billion", "up to 400,000 tokens" against 256,000); a K or M
// right after the digits may be binary ("128K" reaches 131,072, as context windows are counted).
// Two values disagree beyond the precision the text gives when their written intervals do not meet.
[[nodiscard]] std::pair<double, double> writtenInterval(const graph::ClaimGraph& g, graph::ClaimId c);
// The values a claim's words give, each as its written interval: one for most figures; the two
// ends of a range that its sentence says is a spread of different accounts ("estimates vary, with
// some sources reporting 700 to 4,000"), each end one account's value.
[[nodiscard]] std::vector<std::pair<double, double>> writtenReadings(const graph::ClaimGraph& g, graph::ClaimId c);
// Whether a claim's sentence says its figures are different accounts of one quantity
// ("estimates vary", "some sources report"): its figures are different voices, not one voice's
// parts or columns.
[[nodiscard]] bool accountsVary(const graph::ClaimGraph& g, graph::ClaimId c);
// The period a claim speaks for (its as_of, ISO 8601 as precise as known), or "" when unknown or
// only its document's own date. The one place that reads a claim's date.
[[nodiscard]] std::string_view periodOf(const graph::ClaimGraph& g, graph::ClaimId c);
// "training cost", "GPU-server capital expenditure", "spending", "investment".
[[nodiscard]] bool isCostMeasure(std::string_view measure);
// A period as a calendar date: a fiscal year ("FY2024", as claims about company results are dated)
// read as its calendar year, since a statement says "in fiscal 2024" or "in 2024" for it; other
// dates unchanged.
[[nodiscard]] std::string_view calendarPeriod(std::string_view period);
// Two ISO dates (or fiscal years, read by calendarPeriod) are one period when one contains the other ("2024" contains
// "2024-10"), an interval, decade or century when it overlaps the other ("1978/.." and 2025); an unknown
// date (empty) is compatible with any.
[[nodiscard]] bool samePeriod(std::string_view a, std::string_view b);
// The first and last month (year * 12 + month - 1) a period covers: a date at any precision ISO
// 8601 writes ("18" a century, "197" a decade, "2024", "2024-10", "2024-10-03") or an interval of two
// ("1914/1918", "1978/.." open at its end, "../197" at its start; an open end is ±2^40); nullopt for
// no such text.
[[nodiscard]] std::optional<std::pair<long, long>> periodMonths(std::string_view period);
// Whether period `a` reaches later than `b`: calendar dates in ISO order as written, an interval
// or decade by its last month (an open end is the latest of all: it still holds).
[[nodiscard]] bool laterPeriod(std::string_view a, std::string_view b);
// Whether two dates are clearly not one period: an interval, decade or century not overlapping the other; different
// years when either gives only its year, else months at least kClearlyApartMonths apart ("2024-03" and "2024-06"). A
// claim dated by its source is often a month or two after what it reports, so nearer months decide nothing.
inline constexpr int kClearlyApartMonths = 3;
[[nodiscard]] bool clearlyDifferentPeriods(std::string_view a, std::string_view b);
// The measures that name one quantity, `measure` first: a valuation and a market value are both
// what a company is worth. Most measures stand alone.
[[nodiscard]] std::vector<std::string_view> measuresOfOneQuantity(std::string_view measure);
// A count's measure in both grammatical numbers of the noun it counts, `measure` first: "number of
// pixel" (read from "a 64-pixel patch") and "number of pixels" count the same things. Other
// measures alone.
[[nodiscard]] std::vector<std::string> countedNounForms(std::string_view measure);
// A measure of a state that changes over time (valuation, users, employees, revenue, a count of
// things, "number of problems", …): a statement without a date speaks of its latest value. Others are events (a funding
// round, a day's loss): a statement without a date speaks of any of them.
[[nodiscard]] bool isStateMeasure(std::string_view measure);
// A state measure, or a figure of something counted per a period ("40 million requests/day",
// "tokens/year"): what a thing handles in a day is its state, whatever the measure's name.
[[nodiscard]] bool isStateReading(std::string_view measure, std::string_view unit);
// A measure of a state that moves up or down from one report to the next (valuation, revenue,
// users, employees, total funding, assets): a value without a date cannot be placed among its dated ones.
[[nodiscard]] bool isMovingMeasure(std::string_view measure);
// Per claim of `claims` (figures of one measure of one subject): whether it is undated and lies
// within the span of the others' dated series (two periods or more), so that it may be of any date
// between ("valued at $113 billion" beside $50 billion in December 2024 and $200 billion in
// September 2025): it speaks for no period of its own, neither contesting nor deciding one.
[[nodiscard]] std::vector<bool> placedInSeries(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& claims);
// A benchmark's name as folded words, one name across articles: without a last word that only says
// it is one ("the MATH benchmark" is "MATH"; "MMLU-Pro" and "MMLU Pro" are one), and without the word
// that names the subset every lab reports under the benchmark's own name ("GPQA Diamond" is what a
// leaderboard's "GPQA (Reasoning)" column scores, "SWE-bench Verified" what a "SWE-bench" column
// does). Other variants stay apart: "MMLU-Pro", "SWE-bench Lite", "AIME 2025", "MATH-500".
[[nodiscard]] std::vector<std::string> benchmarkWords(std::string_view name);
// A product's maker when the product is named after it ("DeepSeek V3" -> DeepSeek); else `e`.
[[nodiscard]] graph::EntityId familyOf(const graph::ClaimGraph& g, graph::EntityId e);
// A product's name without its maker written in front, when the rest is a name the graph knows
// too: "OpenAI o3" -> "o3", "Meta Llama 3.1 405B" -> "Llama 3.1 405B" (one thing written two ways);
// nullopt for any other name ("DeepSeek V3" when no "V3" is known, "OpenAI" itself).
[[nodiscard]] std::optional<std::string> withoutMaker(const graph::ClaimGraph& g, graph::EntityId e);
// A value as a reader writes it, with its unit when it has one: "5.6 million USD",
// "1.2 trillion USD", "294,000 GPU-hours", "17 percent" (4 significant digits above a million).
[[nodiscard]] std::string formatValue(double value, std::string_view unit);

}  // namespace cg::reason
