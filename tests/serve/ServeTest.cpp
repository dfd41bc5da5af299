// claimgraph serve: request decoding and escaping, then a real server on a free port of the
// loopback, asked over sockets: the --json answers in their schemas' shapes, the 4xx answers to
// hostile requests, and article text (a <script> from a fixture) escaped in the pages.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <regex>
#include <thread>
#include <vector>

#include "SchemaCheck.h"
#include "TestSupport.h"
#include "ingest/Ingest.h"
#include "query/Answers.h"
#include "reason/Reason.h"
#include "serve/Request.h"
#include "serve/Server.h"

using namespace cg;

namespace {

struct Reply {
  int status = 0;
  std::string head, body;
};

std::optional<Reply> exchange(const std::string& request, int port);

// The graph of corpus/ and the hostile fixture, its engine, and a server on a free port.
struct Served {
  graph::ClaimGraph graph;
  query::Engine engine;
  serve::Server server;
  int port;
  std::thread thread;

  Served()
      : graph(load()),
        engine(graph),
        server(engine, serve::ServerOptions{.host = "127.0.0.1", .port = 0, .threads = 4}),
        port(server.bind()),
        thread([this] { server.run(); }) {
    // Answered once run() is serving: a stop() before that would be lost, and the join would hang.
    exchange("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port);
  }
  ~Served() {
    server.stop();
    thread.join();
  }
  static graph::ClaimGraph load() {
    // As `claimgraph ingest` builds it: read, then reasoned into contested sets.
    auto result = reason::buildGraph({test::repo("corpus"), test::repo("tests/fixtures/serve")});
    result.graph.freeze();
    return std::move(result.graph);
  }
};

Served& served() {
  static Served s;
  return s;
}

// Sends `request` as raw bytes (so that malformed ones go out as they are) and reads the reply;
// nothing when it cannot connect. No Catch2 assertion inside: it runs on other threads too.
std::optional<Reply> exchange(const std::string& request, int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return std::nullopt;
  }
  std::size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may answer and close before it has read everything
    sent += static_cast<std::size_t>(n);
  }
  std::string raw;
  char buffer[65536];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) raw.append(buffer, static_cast<std::size_t>(n));
  ::close(fd);
  Reply reply;
  std::size_t split = raw.find("\r\n\r\n");
  reply.head = raw.substr(0, split);
  reply.body = split == std::string::npos ? "" : raw.substr(split + 4);
  if (raw.size() > 12) reply.status = std::stoi(raw.substr(9, 3));
  return reply;
}

Reply send(const std::string& request) {
  std::optional<Reply> reply = exchange(request, served().port);
  REQUIRE(reply);
  return *reply;
}

Reply get(const std::string& target, const std::string& method = "GET") {
  return send(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
}

Reply post(const std::string& target, const std::string& body) {
  return send("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: text/plain\r\n" +
              "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

std::string schema(const std::string& name) { return test::repo("schemas/" + name).string(); }

bool isJsonError(const Reply& r) { return r.body.rfind("{\"error\":\"", 0) == 0; }

// A folder holding claims.cg of the same two folders, made by the real command line once.
const std::filesystem::path& cliDir() {
  static const std::filesystem::path dir = [] {
    auto made = test::tempDir("serve-cli");
    auto r = test::runCli("ingest -q " + test::quote(test::repo("corpus").string()) + " " +
                              test::quote(test::repo("tests/fixtures/serve").string()),
                          made);
    if (r.status != 0) throw std::runtime_error("ingest failed: " + r.err);
    return made;
  }();
  return dir;
}

}  // namespace

TEST_CASE("percent-escapes decode, and malformed ones are refused", "[serve][request]") {
  CHECK(serve::percentDecode("a%20b+c", true) == "a b c");
  CHECK(serve::percentDecode("a+b", false) == "a+b");
  CHECK(serve::percentDecode("%E2%82%AC", true) == "\u20AC");
  CHECK_FALSE(serve::percentDecode("%zz", true));
  CHECK_FALSE(serve::percentDecode("%4", true));
  CHECK_FALSE(serve::percentDecode("abc%", true));
}

TEST_CASE("a target is split into a path and parameters, text only", "[serve][request]") {
  auto t = serve::parseTarget("/api/who-claimed?q=589+billion&limit=5&q=second");
  CHECK(t.error == "");
  CHECK(t.path == "/api/who-claimed");
  CHECK(t.params.find("q")->second == "589 billion");
  CHECK(t.params.find("limit")->second == "5");
  CHECK(serve::parseTarget("/search?q=%ff").error == "the request is not valid UTF-8");
  CHECK(serve::parseTarget("/search?q=%C0%AF").error == "the request is not valid UTF-8");  // overlong '/'
  CHECK(serve::parseTarget("/search?q=%00").error == "the request holds a NUL character");
  CHECK(serve::parseTarget("/search?q=%g1").error == "malformed percent-escape in the request");
}

TEST_CASE("HTML escaping covers the five characters that matter", "[serve][request]") {
  CHECK(serve::htmlEscape("<script>alert(\"x\" & 'y')</script>") ==
        "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
  CHECK(serve::urlEncode("e:renée dubois/&") == "e%3Aren%C3%A9e%20dubois%2F%26");
}

TEST_CASE("the API answers exactly what the command line's --json prints", "[serve][api]") {
  auto& s = served();
  auto hits = s.engine.whoClaimed("589 billion", 20);
  Reply r = get("/api/who-claimed?q=589+billion");
  CHECK(r.status == 200);
  CHECK(r.head.find("Content-Type: application/json") != std::string::npos);
  CHECK(r.body == query::whoClaimedJson(s.engine, "589 billion", hits));
  CHECK(test::schemaErrorsForText(test::slurp(schema("who-claimed.schema.json")), r.body) == "");
  CHECK(get("/api/who-claimed?q=589+billion&limit=1").body ==
        query::whoClaimedJson(s.engine, "589 billion", s.engine.whoClaimed("589 billion", 1)));
  // The command line itself, over a graph of the same two folders.
  const auto& dir = cliDir();
  CHECK(test::runCli("who-claimed '589 billion' --json", dir).out == r.body);
  CHECK(test::runCli("who-claimed '589 billion' --json --limit 1", dir).out ==
        get("/api/who-claimed?q=589+billion&limit=1").body);
}

TEST_CASE("every API route answers JSON of its schema's shape", "[serve][api]") {
  struct Case {
    std::string target, schemaFile;
  };
  auto [target, schemaFile] = GENERATE(Case{"/api/sources?claim=c:deepseek_market_crash:14", "sources.schema.json"},
                                       Case{"/api/contested", "contested.schema.json"},
                                       Case{"/api/contested?entity=NVIDIA", "contested.schema.json"},
                                       Case{"/api/entity?name=NVIDIA", "entity.schema.json"},
                                       Case{"/api/check?statement=NVIDIA+lost+about+600+billion+dollars+of+market+"
                                            "value+on+January+27%2C+2025.",
                                            "check.schema.json"});
  INFO(target);
  Reply r = get(target);
  CHECK(r.status == 200);
  CHECK(test::schemaErrorsForText(test::slurp(schema(schemaFile)), r.body) == "");
}

TEST_CASE("POST /api/check reads a draft like check --file --json", "[serve][api]") {
  const std::string draft =
      "# Draft\n\nNVIDIA lost about 600 billion dollars of market value on January 27, 2025.\n\nNo figure.\n"
      "The Nasdaq Composite fell about 9 percent.\n";
  Reply r = post("/api/check", draft);
  CHECK(r.status == 200);
  CHECK(test::schemaErrorsForText(test::slurp(schema("check-report.schema.json")), r.body) == "");
  // The command line itself, over a graph of the same two folders and the draft in a file named
  // as the server names a posted draft ("request"): the same report, byte for byte.
  const auto& dir = cliDir();
  std::ofstream(dir / "request") << draft;
  auto cli = test::runCli("check --file request --json", dir);
  REQUIRE(cli.status == 0);
  CHECK(r.body == cli.out);
  CHECK(r.body.find("\"line\": 3,") != std::string::npos);
  CHECK(r.body.find("\"verdict\": \"supported\"") != std::string::npos);
  CHECK(r.body.find("\"line\": 6,") != std::string::npos);
  CHECK(r.body.find("\"verdict\": \"refuted\"") != std::string::npos);
  CHECK(post("/api/check", "bad \xff byte").status == 400);
}

TEST_CASE("the diagram of an entity is an SVG drawn by GraphViz", "[serve][api]") {
  Reply r = get("/api/graph.svg?entity=NVIDIA&depth=1");
  CHECK(r.status == 200);
  CHECK(r.head.find("Content-Type: image/svg+xml") != std::string::npos);
  CHECK(r.body.find("<svg") != std::string::npos);
  CHECK(r.body.find(">NVIDIA</text>") != std::string::npos);  // the entity asked for, drawn
  CHECK(get("/api/graph.svg?entity=NVIDIA&depth=9").status == 400);
}

TEST_CASE("an unknown claim or entity is a 404 with an error object", "[serve][api]") {
  for (const char* target : {"/api/sources?claim=c:nowhere:1", "/api/entity?name=Nobody+Atall",
                             "/api/contested?entity=Nobody+Atall", "/api/graph.svg?entity=Nobody+Atall"}) {
    INFO(target);
    Reply r = get(target);
    CHECK(r.status == 404);
    CHECK(isJsonError(r));
  }
}

TEST_CASE("hostile requests get a 4xx and the server keeps serving", "[serve][hostile]") {
  struct Case {
    std::string request;
    int status;
  };
  std::string huge = "GET /search?q=" + std::string(1 << 20, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n";
  auto [request, status] = GENERATE_COPY(
      Case{huge, 414}, Case{"GET /api/who-claimed?q=%ff%fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400},
      Case{"GET /api/who-claimed?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400},
      Case{"GET /api/who-claimed?q=50%2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400},
      Case{"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404},
      Case{"GET /static/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404},
      Case{"GET /no/such/route HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404},
      Case{"DELETE /api/entity?name=NVIDIA HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405},
      Case{"PUT /api/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", 405},
      Case{"POST /search HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", 405},
      Case{"GET /api/who-claimed HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400},
      Case{"GET /api/who-claimed?q=x&limit=0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400},
      Case{"GET /api/who-claimed?q=x&limit=ten HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400},
      Case{"BREW /api/entity HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400});
  INFO(request.substr(0, 60));
  Reply r = send(request);
  CHECK(r.status == status);
  CHECK(isJsonError(r));
  CHECK(get("/api/entity?name=NVIDIA").status == 200);
}

// Debian's httplib listens with a backlog of 5: under load, a burst of new connections overflowed
// it and the kernel dropped their first packets, which came again only after a second or more.
TEST_CASE("the server's accept queue holds a burst of connections, not httplib's 5", "[serve][load]") {
  int somaxconn = std::stoi(test::slurp("/proc/sys/net/core/somaxconn"));
  CHECK(served().server.listenBacklog() == std::min(1024, somaxconn));
}

TEST_CASE("64 connections opened at once are all answered", "[serve][load]") {
  std::vector<std::thread> clients;
  std::vector<int> statuses(64, 0);
  for (std::size_t i = 0; i < statuses.size(); ++i)
    clients.emplace_back([&statuses, i, port = served().port] {
      auto reply =
          exchange("GET /api/who-claimed?q=589+billion HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port);
      statuses[i] = reply ? reply->status : -1;
    });
  for (auto& c : clients) c.join();
  CHECK(std::count(statuses.begin(), statuses.end(), 200) == 64);
}

TEST_CASE("a draft larger than the body limit is refused with 413", "[serve][hostile]") {
  CHECK(post("/api/check", std::string(300 * 1024, 'a')).status == 413);
  CHECK(get("/").status == 200);
}

TEST_CASE("article text is HTML-escaped in every page, a <script> included", "[serve][pages]") {
  for (const char* target : {"/search?q=Zephyr", "/search?q=%3Cscript%3E", "/entity?name=Zephyr+Robotics",
                             "/claim?id=c:zephyr_robotics:2", "/check?statement=Zephyr+sold+4%2C200+units+in+2024."}) {
    INFO(target);
    Reply r = get(target);
    CHECK(r.status == 200);
    CHECK(r.head.find("Content-Type: text/html") != std::string::npos);
    CHECK(r.body.find("<script>alert") == std::string::npos);
    CHECK(r.body.find("<b>sells</b>") == std::string::npos);
  }
  Reply claim = get("/claim?id=c:zephyr_robotics:2");
  CHECK(claim.body.find("Zephyr Robotics &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, line 9") !=
        std::string::npos);
  CHECK(claim.body.find("Zephyr &lt;b&gt;sells&lt;/b&gt;") != std::string::npos);
  CHECK(get("/search?q=%3Cscript%3E").body.find("Who claimed \u201C&lt;script&gt;\u201D") != std::string::npos);
  CHECK(claim.head.find("Content-Security-Policy: default-src 'none'; script-src 'self'") != std::string::npos);
  // The layout's slots are filled once: a "{{main}}" typed by a person stays text.
  Reply braces = get("/search?q=%7B%7Bmain%7D%7D");
  CHECK(braces.body.find("<title>Who claimed {{main}} · claimgraph</title>") != std::string::npos);
  CHECK(braces.body.find("value=\"{{main}}\"") != std::string::npos);
}

TEST_CASE("a claim card shows the figure, claimants, subject, sources and where it came from", "[serve][pages]") {
  Reply r = get("/claim?id=c:zephyr_robotics:2");
  CHECK(r.body.find("robot sold alert(1) <mark>about 4,200 units</mark> in 2024") != std::string::npos);
  CHECK(r.body.find("<dd class=\"claimants\"><a href=\"/entity?name=e%3Areuters\">Reuters</a></dd>") !=
        std::string::npos);
  CHECK(r.body.find("<li>[1] <a href=\"https://example.com/zephyr\" rel=\"noopener noreferrer\">Reuters, ") !=
        std::string::npos);
  CHECK(r.body.find("2025-01-05") != std::string::npos);
  CHECK(r.body.find("<dd class=\"subject\"><a href=\"/entity?name=e%3Azephyr_robotics\">Zephyr Robotics</a></dd>") !=
        std::string::npos);
  CHECK(r.body.find("&lt;/script&gt;, line 9") != std::string::npos);  // its document and line
}

// The entries of the check page in order: each sentence as shown (its line, if any, and its text),
// then its verdict's words.
std::vector<std::string> checkEntries(const std::string& html) {
  static const std::regex entry(
      R"(<p class="sentence">(.*?)</p>[\s\S]*?<span class="verdict [a-z_]+">([a-z ]+)</span>)");
  static const std::regex tags("<[^>]*>");
  std::vector<std::string> out;
  for (std::sregex_iterator m(html.begin(), html.end(), entry), end; m != end; ++m)
    out.push_back(std::regex_replace((*m)[1].str(), tags, "") + " -> " + (*m)[2].str());
  return out;
}

TEST_CASE("the check page lists every sentence of a draft in order, checked or not, and the count", "[serve][pages]") {
  // Three sentences on two lines: a figure the graph supports, one that states no figure, and a
  // figure it refutes. The page's form sends the text as /check?statement=.
  const std::string page = get("/check?statement=NVIDIA+lost+about+600+billion+dollars+of+market+value+on+January+"
                               "27%2C+2025.+NVIDIA+designs+chips.%0AThe+Nasdaq+Composite+fell+9+percent+on+January+"
                               "27%2C+2025.")
                               .body;
  CHECK(page.find("<p class=\"muted checked-count\">Checked 2 of 3 sentences.</p>") != std::string::npos);
  CHECK(checkEntries(page) ==
        std::vector<std::string>{
            "Line 1: NVIDIA lost about 600 billion dollars of market value on January 27, 2025. -> supported",
            "Line 1: NVIDIA designs chips. -> not checked",
            "Line 2: The Nasdaq Composite fell 9 percent on January 27, 2025. -> refuted"});
  CHECK(page.find("<span class=\"verdict not_checked\">not checked</span> no figure or checkable claim read") !=
        std::string::npos);
  // The same sentences, in the same order and with the same verdicts, as POST /api/check reports them.
  const std::string report = post("/api/check",
                                  "NVIDIA lost about 600 billion dollars of market value on January 27, 2025. NVIDIA "
                                  "designs chips.\nThe Nasdaq Composite fell 9 percent on January 27, 2025.\n")
                                 .body;
  CHECK(report.find("\"sentences\": 3,") != std::string::npos);
  CHECK(report.find("\"checked\": 2") != std::string::npos);
  CHECK(report.find("\"index\": 2,\n      \"statement\": \"NVIDIA designs chips.\"") != std::string::npos);

  // One sentence without a figure: not checked, no line, the count in the singular.
  const std::string one = get("/check?statement=NVIDIA+designs+chips.").body;
  CHECK(one.find("Checked 0 of 1 sentence.") != std::string::npos);
  CHECK(checkEntries(one) == std::vector<std::string>{"NVIDIA designs chips. -> not checked"});
  // Text with no sentence of a draft (a heading) is checked whole, as before.
  const std::string heading = get("/check?statement=%23+NVIDIA+lost+about+600+billion+dollars+of+market+value+on+"
                                  "January+27%2C+2025.")
                                  .body;
  CHECK(heading.find("checked-count") == std::string::npos);
  CHECK(checkEntries(heading).size() == 1);
}

TEST_CASE("pages answer with their question in the address, and a 404 page for an unknown one", "[serve][pages]") {
  CHECK(get("/").status == 200);
  const std::string contested = get("/contested").body;
  CHECK(contested.find("<h1>Contested figures</h1>") != std::string::npos);
  CHECK(contested.find("<a href=\"/entity?name=e%3Anvidia\">NVIDIA</a> · market value lost <span "
                       "class=\"muted\">discrepancy x:1</span>") != std::string::npos);
  CHECK(get("/check?statement=NVIDIA+lost+about+600+billion+dollars+of+market+value+on+January+27%2C+2025.")
            .body.find("<span class=\"verdict supported\">supported</span>") != std::string::npos);
  CHECK(get("/entity?name=NVIDIA").body.find("<img src=\"/api/graph.svg?entity=e%3Anvidia&amp;depth=1\"") !=
        std::string::npos);
  CHECK(get("/entity?name=Nobody+Atall").status == 404);
  CHECK(get("/claim?id=c:x:1").status == 404);
  CHECK(get("/static/app.js").head.find("Content-Type: text/javascript") != std::string::npos);
  CHECK(get("/static/layout.html").status == 404);
}
