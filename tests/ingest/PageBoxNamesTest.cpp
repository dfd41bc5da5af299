// Entities on the AI Wiki's typical pages (issue #12): model cards, whose tabs hold code, and the
// boxes of plugin and custom GPT pages, whose labels name nothing and whose fields say what their
// values are (data/page_fields.tsv); English forms that mark no name (a capitalised common noun
// after "a", text set in capitals) and names run into Chinese, Japanese or Korean text; and names
// the finder cut or missed (a model's size, "X & Y (2022)", "<word> AI", a field's developer, a
// label listing names, a name quoted as a keyword, a linked name's version but not a quantity after a
// name). Pages of our own.
#include <algorithm>
#include <initializer_list>
#include <string>

#include <catch2/catch.hpp>

#include "ingest/Article.h"
#include "ingest/Entities.h"

using namespace cg::ingest;
using cg::graph::EntityType;

namespace {

const cg::graph::EntityRecord* named(const ArticleEntities& e, const std::string& name) {
  const int id = e.find(name);
  return id == cg::graph::kNone ? nullptr : &e.entities[static_cast<std::size_t>(id)];
}

// The entity named `name` exists and has type `type`.
void checkType(const ArticleEntities& e, const std::string& name, EntityType type) {
  INFO(name);
  const auto* entity = named(e, name);
  REQUIRE(entity != nullptr);
  CHECK(entity->type == type);
}

// No entity is named by any of `names`.
void checkAbsent(const ArticleEntities& e, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    INFO(name);
    CHECK(named(e, name) == nullptr);
  }
}

ArticleEntities entitiesOf(const std::string& page, const std::string& file) {
  return findEntities(readArticle(page, file));
}

// An entity is named by each of `names`.
void checkPresent(const ArticleEntities& e, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    INFO(name);
    CHECK(named(e, name) != nullptr);
  }
}

}  // namespace

TEST_CASE("a model card's tab titles and code name nothing, its box types and classes", "[ingest][entities]") {
  const std::string page =
      "---\ntitle: \"Zandor/quill-base model\"\nslug: \"zandor_quill-base_model\"\n---Zandor/quill-base model\n\n"
      "**Hugging Face**\n\n[zandor/quill-base](/index.php?title=Zandor/quill-base&action=edit&redlink=1)\n\n"
      "**Type**\n\n[Multimodal](/index.php?title=Multimodal&action=edit&redlink=1)\n\n"
      "**Task**\n\n[Feature Extraction](/index.php?title=Feature_Extraction&action=edit&redlink=1)\n\n"
      "**Library**\n\n[Torchly](/index.php?title=Torchly&action=edit&redlink=1), [Kerbow](/wiki/kerbow)\n\n"
      "Zandor/quill-base model is a [Multimodal](/index.php?title=Multimodal&action=edit&redlink=1) model used for "
      "[Feature Extraction](/index.php?title=Feature_Extraction&action=edit&redlink=1).\n\n"
      "## Clone Model Repository\n\n<tabber>\n|-|HTTPS=\n\n"
      "#Be sure to have git-lfs installed (https://git-lfs.com)\ngit lfs install\n"
      "git clone https://huggingface.co/zandor/quill-base\n\n"
      "#To clone the repo without large files\nGIT_LFS_SKIP_SMUDGE=1\n\n</tabber>\n\n"
      "## Deployment\n\n<tabber>\n|-|Summarization=\n<tabber>\nAWS=\n\n"
      "# create Hugging Face Model Class\nhuggingface_model = HuggingFaceModel(\n)\n\n|-|\nLocal Machine=\n\n"
      "# deploy model to Sagemaker Inference\npredictor = huggingface_model.deploy()\n\n</tabber>\n"
      "|-|Conversational=\n<tabber>\nAWS=\n\nx = 1\n\n</tabber>\n</tabber>\n";
  const ArticleEntities e = entitiesOf(page, "zandor_quill-base_model.md");
  // The Library field's values are products; the Hugging Face field's value names the model.
  checkType(e, "Torchly", EntityType::kProduct);
  checkType(e, "Kerbow", EntityType::kProduct);
  // The Type and Task fields hold classes of things, in the box and in the prose after it.
  checkAbsent(e, {"Multimodal", "Feature Extraction", "Summarization", "Conversational", "AWS", "Local Machine", "Be",
                  "LFS", "SMUDGE", "GIT", "Model Class", "Sagemaker Inference"});
}

TEST_CASE("a model card's box: its site, typed links whatever their words, tags that are identifiers",
          "[ingest][entities]") {
  const std::string page =
      "---\ntitle: \"Quill-makers/quill-base model\"\nslug: \"quill-makers_quill-base_model\"\n---"
      "Quill-makers/quill-base model\n\n"
      "**Hugging "
      "Face**\n\n[quill-makers/quill-base](/index.php?title=Quill-makers/quill-base&action=edit&redlink=1)\n\n"
      "**User / Organization**\n\n[quill-makers](/index.php?title=Quill-makers&action=edit&redlink=1)\n\n"
      "**Dataset**\n\n[reading_comprehension_pairs](/"
      "index.php?title=Reading_comprehension_pairs&action=edit&redlink=1), "
      "[quill-data/simple-wiki](/index.php?title=Quill-data/simple-wiki&action=edit&redlink=1)\n\n"
      "**License**\n\n[mit](/index.php?title=Mit&action=edit&redlink=1)\n\n"
      "**Related to**\n\n[zorbert](/index.php?title=Zorbert&action=edit&redlink=1), "
      "[vision](/index.php?title=Vision&action=edit&redlink=1), "
      "[Eval Results](/index.php?title=Eval_Results&action=edit&redlink=1)\n\n"
      "Quill-base is a ZORBERT encoder for [Vision](/index.php?title=Vision&action=edit&redlink=1) work, "
      "trained on [simple words](/wiki/simple_words) kept in [/rules](/wiki/rules) folders, free of "
      "[bias (fairness/harm)](/wiki/bias).\n";
  const ArticleEntities e = entitiesOf(page, "quill-makers_quill-base_model.md");
  // The box's first label is the site the model is published on.
  checkType(e, "Hugging Face", EntityType::kOrganization);
  // A link in a field of a type is a name, though its words are English ("quill-makers", "mit").
  checkType(e, "quill-makers", EntityType::kOrganization);
  checkType(e, "mit", EntityType::kOther);
  // Words joined by an underscore or a slash are an identifier, not prose.
  checkType(e, "reading_comprehension_pairs", EntityType::kOther);
  checkType(e, "quill-data/simple-wiki", EntityType::kOther);
  // A tag that is an identifier names a model family, and the prose's "ZORBERT" is the same one.
  checkType(e, "zorbert", EntityType::kProduct);
  // Tags of English words or of a phrase are classes, here and in the prose; a prose link of common
  // English words is still a concept.
  checkAbsent(e, {"vision", "Vision", "Eval Results", "simple words", "/rules", "bias (fairness/harm)",
                  "User / Organization", "Dataset", "License"});

  // A GPT box's "DALL·E Image Generation" row names the image model.
  const ArticleEntities gpt = entitiesOf(
      "---\ntitle: \"Vellow (GPT)\"\nslug: \"vellow_gpt\"\n---| Vellow (GPT) |\n| --- |\n| **Name** | Vellow |\n"
      "| **DALL\u00b7E Image Generation** | Yes |\n| **Code Interpreter** | No |\n\n**Vellow** draws.\n",
      "vellow_gpt.md");
  checkType(gpt, "DALL\u00b7E", EntityType::kProduct);
  checkAbsent(gpt, {"DALL\u00b7E Image Generation", "Code Interpreter", "Yes"});
}

TEST_CASE("a model card's name field names the page's model, though it links a page of its own", "[ingest][entities]") {
  const std::string page =
      "---\ntitle: \"Quill-makers/quill-ner model\"\nslug: \"quill-makers_quill-ner_model\"\n---"
      "Quill-makers/quill-ner model\n\n"
      "**Name**\n\n[quill-ner](/index.php?title=Quill-ner&action=edit&redlink=1)\n\n"
      "**User / Organization**\n\n[quill-makers](/index.php?title=Quill-makers&action=edit&redlink=1)\n\n"
      "**Library**\n\n[PyTorch](/index.php?title=PyTorch&action=edit&redlink=1), [JAX](/wiki/jax)\n\n"
      "## Model Description\n\nThe Quill-makers/quill-ner model tags names.\n";
  const ArticleEntities e = entitiesOf(page, "quill-makers_quill-ner_model.md");
  REQUIRE(e.topic != cg::graph::kNone);
  // "quill-ner" is the topic's name, not a red link's entity of its own.
  const int named = e.find("quill-ner");
  REQUIRE(named == e.topic);
  CHECK(e.find("Quill-makers/quill-ner model") == e.topic);
  checkType(e, "quill-makers", EntityType::kOrganization);
  // Another field's link keeps its own entity.
  CHECK(e.find("PyTorch") != e.topic);
}

TEST_CASE("a model card's name field of common words names the page's model", "[ingest][entities]") {
  // "plain-text-safety-checker" is words of the dictionary, which a link elsewhere would make a concept's:
  // in the box's name field they are the model's name, an alias of the page's topic.
  const std::string name = "plain-text-safety-checker", slug = "quill_" + name + "_model";
  const ArticleEntities e =
      entitiesOf("---\ntitle: \"Quill/" + name + " model\"\nslug: \"" + slug + "\"\n---Quill/" + name +
                     " model\n\n**Name**\n\n[" + name + "](/index.php?title=P&action=edit&" +
                     "redlink=1)\n\n## Model Description\n\nThe model flags unsafe text.\n",
                 slug + ".md");
  REQUIRE(e.topic != cg::graph::kNone);
  CHECK(e.find(name) == e.topic);
  const auto& topic = e.entities[static_cast<std::size_t>(e.topic)];
  CHECK(topic.key == slug);
  CHECK(std::count(topic.aliases.begin(), topic.aliases.end(), name) == 1);
}

TEST_CASE("a plugin's or GPT's box: labels name nothing, fields say what their values are", "[ingest][entities]") {
  const std::string page =
      "---\ntitle: \"Quillmate (GPT)\"\nslug: \"quillmate_gpt\"\n---| Quillmate (GPT) |\n| --- |\n| Information |\n"
      "| **Name** | Quillmate |\n| **Platform** | [Chatterly](/wiki/chatterly) |\n"
      "| **Model** | [Zorbla-4](/wiki/zorbla-4) |\n| **Category** | [Education](/wiki/education) |\n"
      "| **Developer** | quillfinder.co |\n| **OpenAI URL** | "
      "[https://chat.example.com/g/q](https://chat.example.com/g/q) |\n"
      "| **Available** | Yes |\n\n"
      "**Quillmate** is a [Plugin](/wiki/plugin) for [Chatterly](/wiki/chatterly). Teachers use Education "
      "plans with it.\n";
  const ArticleEntities e = entitiesOf(page, "quillmate_gpt.md");
  checkType(e, "Chatterly", EntityType::kProduct);
  checkType(e, "Zorbla-4", EntityType::kProduct);
  // The Developer field holds one name whole: a site's domain names who runs it.
  checkType(e, "quillfinder.co", EntityType::kOrganization);
  checkAbsent(e, {"Education", "Plugin", "OpenAI URL", "Developer", "Yes", "Available", "Information"});

  // Lower-case common words in the Developer field are no name.
  const ArticleEntities placeholder = entitiesOf(
      "---\ntitle: \"Vellow (GPT)\"\nslug: \"vellow_gpt\"\n---| Vellow (GPT) |\n| --- |\n| **Name** | Vellow |\n"
      "| **Developer** | community builder |\n\n**Vellow** helps.\n",
      "vellow_gpt.md");
  CHECK(named(placeholder, "community builder") == nullptr);
}

TEST_CASE("a class after \"a\", text in capitals and a script change mark no name", "[ingest][entities]") {
  const std::string page =
      "# Quillmate\n\n"
      "Quillmate is a Plugin for Chatterly. It runs on a Discord server and sends a Newsletter.\n\n"
      "**REQUEST TO QUILLMATE**\n\nWRITE THE FULL CODE before you test ZQX DRV boards.\n\n"
      "使用Quillbrook来进行写作。请打开Vellum Shorts에 그리고 Ravensoft」として使う。\n";
  const ArticleEntities e = entitiesOf(page, "quillmate.md");
  CHECK(named(e, "Discord") != nullptr);  // a name that modifies the noun after it stays
  CHECK(named(e, "ZQX DRV") != nullptr);  // acronyms are no English words
  CHECK(named(e, "Quillbrook") != nullptr);
  CHECK(named(e, "Vellum Shorts") != nullptr);
  CHECK(named(e, "Ravensoft") != nullptr);
  checkAbsent(e, {"Plugin", "Newsletter", "REQUEST TO QUILLMATE", "WRITE THE FULL CODE", "Quillbrook来进行写作",
                  "Vellum Shorts에", "Ravensoft」として使う"});
  // "a Newsletter" ends its noun phrase at "." and is a class; no entity holds CJK after Latin.
  for (const auto& entity : e.entities) CHECK(entity.name.find("\u6765") == std::string::npos);
}

TEST_CASE("names the finder cut or missed on the typical page", "[ingest][entities]") {
  const std::string page =
      "# Quill serving\n\n"
      "Teams serve Zorbla 2 70B on eight GPUs; Zorbla 3.1 405B needs more.\n\n"
      "The work had support from Quorvex AI, LAION and others.\n\n"
      "Ye & Marlow (2022) observed that explanations help. Teams held a Quill Agent Challenge in 2025.\n\n"
      "Styles use keywords such as \u201cRay Tracing\u201d.\n\n"
      "## Tools\n\n"
      "- **Plannly.com, Taskorr**: plan tasks with AI.\n"
      "- **Speed, Accuracy**: what teams want.\n";
  const ArticleEntities e = entitiesOf(page, "quill_serving.md");
  for (const char* name : {"Zorbla 2 70B", "Zorbla 3.1 405B", "Quorvex AI", "Ye", "Marlow", "Plannly.com", "Taskorr",
                           "Quill Agent Challenge"}) {
    INFO(name);
    CHECK(named(e, name) != nullptr);
  }
  checkAbsent(e, {"Zorbla 2", "Quorvex", "Ray Tracing", "Speed", "Speed, Accuracy"});
}

TEST_CASE("an imperative or gerund before a name, placeholders and lower-case compounds", "[ingest][entities]") {
  const std::string page =
      "# Quill tips\n\n"
      "1. Summarize Quorbix.org papers on agents.\n"
      "2. Look for jobs in {City, State} near {Employer}.\n\n"
      "Scale Vennly to more users. It stores [high-dimensional vector data](/wiki/vectors) for Quorbix.org.\n";
  const ArticleEntities e = entitiesOf(page, "quill_tips.md");
  CHECK(named(e, "Quorbix.org") != nullptr);
  CHECK(named(e, "Scale Vennly") != nullptr);  // "scale" is a noun too: a name may open with it
  checkAbsent(e, {"Summarize Quorbix.org", "City", "State", "Employer", "high-dimensional vector data"});
}

TEST_CASE("a GPT's or plugin's instructions: words that only modify or predicate name nothing", "[ingest][entities]") {
  const std::string body =
      "# Quillmate\n\n"
      "Quillmate writes copy for Zorvane. Tones: Concise, Playful and Humorous. IMPORTANT: NEVER reply "
      "in lists.\n\n"
      "- Include a title. Follow the brief and send the draft to Zorvane.\n"
      "- (Optional) Total Value Locked of the pool.\n\n"
      "It uses help from Elicit's team and Cohere's models, and users of Slack ask.\n";
  const ArticleEntities gpt =
      entitiesOf("---\ntitle: \"Quillmate GPT\"\ncategories:\n  - \"Custom_GPTs\"\n---\n" + body, "quillmate_gpt.md");
  checkAbsent(gpt, {"Concise", "Playful", "Humorous", "IMPORTANT", "NEVER", "Include", "Follow", "Optional", "Locked"});
  // Nouns may be brands; a possessive makes a name of a verb ("Elicit", "Cohere"); other names stay.
  for (const char* name : {"Zorvane", "Elicit", "Cohere", "Slack"}) {
    INFO(name);
    CHECK(named(gpt, name) != nullptr);
  }
  // Elsewhere a brand may be such a word ("Grok", "Wired"): the rule holds on assistants' pages only.
  const ArticleEntities other = entitiesOf("---\ntitle: \"Quillmate\"\n---\n" + body, "quillmate.md");
  CHECK(named(other, "Playful") != nullptr);
}

TEST_CASE("a linked name with a version after it is one longer name", "[ingest][entities]") {
  const std::string page =
      "---\ntitle: \"Varnix Code\"\nslug: \"varnix_code\"\n---\n\n"
      "The [ZQM](/wiki/zqm) exam, [Quillo](/wiki/quillo) and [Varnix](/wiki/varnix) are known.\n\n"
      "Models did well on ZQM 2024 problems. We compare Quillo 3 and Quillo 3.1 405B with each other. "
      "Varnix Code 2.0 added checkpoints.\n\n"
      "Zentro Officially Releases Quillo 6.\n";
  const ArticleEntities e = entitiesOf(page, "varnix_code.md");
  // The page's own title keeps its version; words before a versioned link are no part of its name.
  checkPresent(e, {"ZQM", "ZQM 2024", "Quillo 3", "Quillo 3.1 405B", "Varnix Code 2.0", "Quillo 6"});
  checkAbsent(e,
              {"3.1 405B", "405B", "Code 2.0", "Zentro Officially Releases Quillo 6", "Officially Releases Quillo 6"});
}

TEST_CASE("a number with a unit after a name is a quantity, not the name's version", "[ingest][entities]") {
  const std::string page =
      "---\ntitle: \"Boards\"\nslug: \"boards\"\n---\n\n"
      "The Zorbex board has a TDP 140W budget and runs Plinth 24 GB cards. "
      "Fine-tune Vantor 7B with Qorva 16-bit, or with Qorva 4-bit quantization on Kelpie 3 models.\n";
  const ArticleEntities e = entitiesOf(page, "boards.md");
  // A bare scale is a model's size, and a count of the words after a number is no unit.
  checkPresent(e, {"Zorbex", "TDP", "Plinth", "Vantor 7B", "Qorva", "Kelpie 3"});
  checkAbsent(e, {"TDP 140W", "Plinth 24", "Plinth 24 GB", "Qorva 16-bit", "Qorva 4-bit"});
}

TEST_CASE("a lower-case prefix before an acronym is a name's shape, not a unit, an option or a slot",
          "[ingest][entities]") {
  const std::string page =
      "---\ntitle: \"Kits\"\nslug: \"kits\"\n---\n\n"
      "The kit ships zuDNN and oneQBL with watchOS support, rated at 2 exaFLOPS. "
      "Install it with curl -fsSL and ask about the clinical trial [trialID] or the word [MASK] in [Kanazawa].\n";
  const ArticleEntities e = entitiesOf(page, "kits.md");
  checkPresent(e, {"zuDNN", "oneQBL", "watchOS", "Kanazawa"});
  // A prefixed unit (data/units.tsv), a program's option, a template's slots.
  checkAbsent(e, {"exaFLOPS", "fsSL", "trialID", "MASK"});
}
