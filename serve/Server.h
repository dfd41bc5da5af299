#pragma once
// `claimgraph serve`: the pages and the API over HTTP (cpp-httplib), read-only, answering from
// one loaded graph with the query engine the command line uses.
//
// Workers and time: a fixed pool of worker threads takes connections from a bounded queue (when
// it is full the accept loop waits, and new connections wait in the kernel's backlog); a
// connection reaches accept() only once it has sent something (TCP_DEFER_ACCEPT), and reads and
// keep-alive idling time out after a couple of seconds, so an idle or slow client holds a
// worker only that long. The kernel's queue of connections not yet accepted is `backlog` long,
// not the 5 that Debian's httplib listens with: a burst of new connections (64 at once from a
// load test, or a page's parallel fetches while the workers keep the accept loop off the CPU)
// overflowed 5, and the kernel dropped the handshake or the first request, which the client sent
// again only after 1 s, 3 s, ... of back-off: answers that took over 2 s under load. Every request target is split,
// decoded and UTF-8-checked by parseTarget before a route sees it.
//
//   cg::serve::Server server(engine, {.host = "127.0.0.1", .port = 0});
//   int port = server.bind();   // the port chosen
//   server.run();               // until stop(), from another thread

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "query/Query.h"
#include "serve/Request.h"

namespace httplib {
class Server;
}

namespace cg::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;            // 0: any free port
  std::size_t threads = 256;  // workers; one waiting on an idle client costs only its stack
  std::size_t queue = 512;    // connections waiting for a worker, at most
  int backlog = 1024;         // connections the kernel holds for accept() (capped by net.core.somaxconn)
  std::chrono::seconds readTimeout{2};
  std::chrono::seconds keepAlive{1};
  std::size_t maxBody = 256 * 1024;  // a POSTed draft, at most
};

class Server {
 public:
  Server(const query::Engine& engine, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the address; returns the port (the one chosen for port 0). Throws cg::Error.
  int bind();
  // Serves until stop(); call after bind().
  void run();
  void stop();
  // The accept queue's length as the kernel holds it (TCP_INFO of the listening socket), after bind().
  [[nodiscard]] int listenBacklog() const;

 private:
  // Listens again on the socket httplib bound, with options_.backlog. Throws cg::Error.
  void widenBacklog();

  const query::Engine& engine_;
  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
  std::atomic<int> listening_{-1};  // the socket httplib made, seen through its socket-options hook
};

// One request, from its method, raw target ("/api/entity?name=NVIDIA") and body, to its answer:
// the server's whole routing, apart from the sockets (the tests call it directly too).
[[nodiscard]] Response handle(const query::Engine& engine, std::string_view method, std::string_view target,
                              std::string body = {});

}  // namespace cg::serve
