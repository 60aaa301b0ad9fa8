#!/usr/bin/env python3
"""A static file server for the end-to-end tests: `python3 -m http.server`, but with a listen
backlog large enough for the tests' bursts (twenty embeds on one page, two workers at once). The
standard one queues five connections; past that, a browser's request can fail and a page loses a
script (seen once as "pym is not defined" on the pym.js host page).

Usage: serve.py <port> <directory>
"""
import functools
import http.server
import sys


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 256
    daemon_threads = True


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> None:
    port, directory = int(sys.argv[1]), sys.argv[2]
    handler = functools.partial(Quiet, directory=directory)
    with Server(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
