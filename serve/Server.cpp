#include "serve/Server.h"

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#include "graph/Error.h"
#include "serve/Api.h"
#include "serve/Pages.h"

namespace cg::serve {
namespace {

// httplib's own pool queues without bound; this one makes the accept loop wait when `limit`
// connections are already waiting, so a flood costs a bounded amount of memory.
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(std::size_t threads, std::size_t limit) : limit_(limit) {
    for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  void enqueue(std::function<void()> task) override {
    std::unique_lock lock(mutex_);
    notFull_.wait(lock, [&] { return tasks_.size() < limit_ || stopping_; });
    tasks_.push_back(std::move(task));
    notEmpty_.notify_one();
  }
  void shutdown() override {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    notEmpty_.notify_all();
    notFull_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

 private:
  void work() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return !tasks_.empty() || stopping_; });
        if (tasks_.empty()) return;
        task = std::move(tasks_.front());
        tasks_.pop_front();
        notFull_.notify_one();
      }
      task();
    }
  }
  std::size_t limit_;
  std::vector<std::thread> workers_;
  std::deque<std::function<void()>> tasks_;
  std::mutex mutex_;
  std::condition_variable notEmpty_, notFull_;
  bool stopping_ = false;
};

void apply(const Response& answer, httplib::Response& res) {
  res.status = answer.status;
  res.set_content(answer.body, answer.contentType.c_str());
  if (!answer.allow.empty()) res.set_header("Allow", answer.allow);
  res.set_header("X-Content-Type-Options", "nosniff");
  // Defence in depth behind the escaping: no inline script, nothing from another origin.
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
                 "base-uri 'none'; frame-ancestors 'none'");
}

// The status httplib chose (400, 404, 413, 414, ...) as {"error": ...}.
void describeError(httplib::Response& res) {
  if (!res.body.empty()) return;
  const char* what = res.status == 414   ? "request target too long"
                     : res.status == 413 ? "request body too large"
                     : res.status == 404 ? "no such route"
                                         : "bad request";
  apply(errorResponse(res.status, what), res);
}

}  // namespace

Response handle(const query::Engine& engine, std::string_view method, std::string_view target, std::string body) {
  ParsedTarget parsed = parseTarget(target);
  if (!parsed.error.empty()) return errorResponse(400, parsed.error);
  Request request{std::string(method), std::move(parsed.path), std::move(parsed.params), std::move(body)};
  bool api = isApiPath(request.path);
  if (!api && !isPagePath(request.path)) return errorResponse(404, "no such route");
  std::string_view allowed = api ? apiMethods(request.path) : "GET";
  bool takes = request.method == "GET" || (request.method == "POST" && allowed.find("POST") != std::string::npos);
  if (!takes) {
    Response r = errorResponse(405, "method " + request.method + " is not allowed here");
    r.allow = std::string(allowed);
    return r;
  }
  // The request boundary is the server's main(): a failure answers this request, and the
  // server goes on serving the others.
  try {
    return api ? answerApi(engine, request) : answerPage(engine, request);
  } catch (const std::exception& e) {
    return errorResponse(500, std::string("internal error: ") + e.what());
  }
}

Server::Server(const query::Engine& engine, ServerOptions options)
    : engine_(engine), options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
  std::size_t threads = options_.threads, queue = options_.queue;
  http_->new_task_queue = [threads, queue] { return new BoundedPool(threads, queue); };
  http_->set_read_timeout(options_.readTimeout);
  http_->set_write_timeout(std::chrono::seconds(5));
  http_->set_keep_alive_timeout(options_.keepAlive.count());
  // httplib listens with a backlog of 5: a client that had to reconnect every 100 requests met a full
  // accept queue and waited for SYN retries (1 s, 3 s). A keep-alive session is bounded by time instead.
  http_->set_keep_alive_max_count(100000);
  http_->set_payload_max_length(options_.maxBody);
  // httplib writes the head and the body apart: without this, Nagle's algorithm and the client's
  // delayed ACK add 40 ms to every keep-alive answer.
  http_->set_tcp_nodelay(true);
  // A connection that sends nothing is not handed to accept() (and so to a worker) until its
  // first bytes arrive: hundreds of idle connections then hold no worker at all.
  int deferSeconds = static_cast<int>(options_.readTimeout.count());
  // httplib calls this hook only for the socket it binds (create_server_socket), never for an
  // accepted one: it is how widenBacklog() finds the listening socket.
  http_->set_socket_options([this, deferSeconds](socket_t sock) {
    listening_ = sock;
    httplib::default_socket_options(sock);
    ::setsockopt(sock, IPPROTO_TCP, TCP_DEFER_ACCEPT, &deferSeconds, sizeof deferSeconds);
  });
  // Everything but a POST of a draft is answered before httplib reads a body or routes.
  http_->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (req.method == "POST" && parseTarget(req.target).path == "/api/check")
      return httplib::Server::HandlerResponse::Unhandled;
    apply(handle(engine_, req.method, req.target), res);
    return httplib::Server::HandlerResponse::Handled;
  });
  http_->Post("/api/check", [this](const httplib::Request& req, httplib::Response& res) {
    apply(handle(engine_, req.method, req.target, req.body), res);
  });
  http_->set_error_handler([](const httplib::Request&, httplib::Response& res) { describeError(res); });
}

Server::~Server() = default;

int Server::bind() {
  int port = options_.port == 0 ? http_->bind_to_any_port(options_.host)
                                : (http_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (port < 0)
    throw Error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                " (in use, or not an address of this machine)");
  widenBacklog();
  return port;
}

void Server::widenBacklog() {
  int sock = listening_;
  int accepting = 0;
  socklen_t size = sizeof accepting;
  if (sock < 0 || ::getsockopt(sock, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &size) != 0 || !accepting)
    throw Error("cannot find the listening socket of " + options_.host + " to widen its accept queue");
  // listen() again on a listening socket changes only its backlog (Linux); the socket stays bound.
  if (::listen(sock, options_.backlog) != 0)
    throw Error("cannot widen the accept queue of " + options_.host + ": " + std::strerror(errno));
}

int Server::listenBacklog() const {
  tcp_info info{};
  socklen_t size = sizeof info;
  // For a listening socket the kernel reports its accept queue's limit in tcpi_sacked.
  if (listening_ < 0 || ::getsockopt(listening_, IPPROTO_TCP, TCP_INFO, &info, &size) != 0) return -1;
  return static_cast<int>(info.tcpi_sacked);
}

void Server::run() { http_->listen_after_bind(); }

void Server::stop() { http_->stop(); }

}  // namespace cg::serve
