// Picture sizes and parts of a total in the figure reader (issue #12): "512x512 images" is a side
// of 512 pixels, "1920 × 1080 pixels" two sides; "29 of 49 Atari games" counts 29 games, as "29 out
// of 49" does. The rules are the written forms, not any page's sentence.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/ClaimGraph.h"
#include "ingest/Ingest.h"
#include "ingest/Quantity.h"

using namespace cg;

namespace {

// Each figure of `text` as "value unit noun".
std::vector<std::string> figures(std::string_view text) {
  std::vector<std::string> out;
  for (const ingest::Figure& f : ingest::findFigures(text)) {
    std::string value = std::to_string(*f.quantity.value);
    value.erase(value.find_last_not_of('0') + 1);
    if (value.back() == '.') value.pop_back();
    out.push_back(value + " " + f.quantity.unit + (f.noun.empty() ? "" : " " + f.noun));
  }
  return out;
}

}  // namespace

TEST_CASE("a square picture's size is one side in pixels", "[ingest][quantity][pictures]") {
  using V = std::vector<std::string>;
  CHECK(figures("It was trained on 512x512 images from a subset of LAION-5B.") == V{"512 count pixels"});
  CHECK(figures("The diffusion model denoises a 64x64 latent image patch.") == V{"64 count pixels"});
  CHECK(figures("It makes images at 1024 × 1024 resolution.") == V{"1024 count pixels"});
  CHECK(figures("It can raise the resolution of an image from 128x128 to 512x512.") ==
        V{"128 count pixels", "512 count pixels"});
  CHECK(figures("Photos are resized to 240X240 px first.") == V{"240 count pixels"});
  CHECK(figures("a 1024x1024-pixel render") == V{"1024 count pixels"});
  CHECK(figures("Images of 1024×1024 pixels were used.") == V{"1024 count pixels"});
  // A count's noun runs past a picture's size among its modifiers to the plural that closes it.
  CHECK(figures("The set holds 9,000 labeled 32x32 color photos of birds.") ==
        V{"9000 count labeled 32x32 color photos", "32 count pixels"});
}

TEST_CASE("a picture's two different sides are two figures in pixels", "[ingest][quantity][pictures]") {
  using V = std::vector<std::string>;
  CHECK(figures("The stickers are resized to 370x320 pixels.") == V{"370 count pixels", "320 count pixels"});
  CHECK(figures("The screen shows 1920 × 1080 pixels.") == V{"1920 count pixels", "1080 count pixels"});
}

TEST_CASE("a grid, a matrix or three sides is no picture size", "[ingest][quantity][pictures]") {
  CHECK(figures("A confusion matrix is a 2x2 table of counts.").empty());
  CHECK(figures("Pooling takes a 3x3 window of the feature map.").empty());
  CHECK(figures("A tensor with dimensions 2x3x4 images has 24 entries.") ==
        std::vector<std::string>{"24 count entries"});
  CHECK(figures("The sheet holds 16 frames in 4x4 rows of images.") == std::vector<std::string>{"16 count frames"});
  CHECK(figures("Go is played on a 19x19 board.").empty());
  CHECK(figures("Start each section with a 16x9 wide image.").empty());
  CHECK(figures("An Image is Worth 16x16 Words: Transformers for Image Recognition").empty());
}

TEST_CASE("N of a total M with its noun counts N things, as N out of M does", "[ingest][quantity][counts]") {
  using V = std::vector<std::string>;
  CHECK(figures("DQN reached human level on 29 of 49 Atari games.") == V{"29 count Atari games"});
  CHECK(figures("The team won 97 of its 162 games.") == V{"97 count games"});
  CHECK(figures("12 of the 40 members voted for it.") == V{"12 count members"});
  CHECK(figures("DQN reached human level on 29 out of 49 Atari games.") == V{"29 count Atari games"});
  // Not a part: a larger first number, a year, a total without its noun.
  CHECK(figures("It sold 500 of 49 boxes.") == V{"49 count boxes"});
  CHECK(figures("Released on 3 of 2024 platforms").size() != 1);
}

TEST_CASE("a picture size and a part of a total keep their subject in a claim", "[ingest][quantity][pictures]") {
  const std::string text =
      "# Stable Diffusion\n\nStable Diffusion was trained on 512x512 images.\n\n"
      "DQN reached human-level performance on 29 of 49 Atari games.\n";
  const graph::ClaimGraph g = ingest::ingestText(text, "stable_diffusion.md");
  std::vector<std::string> got;
  for (graph::ClaimId c : g.claims().ids()) {
    const graph::Claim& claim = g.claims()[c];
    if (claim.kind != graph::ClaimKind::kFigure) continue;
    const std::string subject = claim.subject.isValid() ? std::string(g.str(g.entities()[claim.subject].name)) : "-";
    got.push_back(std::to_string(static_cast<long>(claim.value)) + " " + std::string(g.str(claim.unit)) + " " +
                  subject);
  }
  CHECK(got == std::vector<std::string>{"512 count Stable Diffusion", "29 count DQN"});
}
