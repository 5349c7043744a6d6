"""A hosting side for the tests, checking each message with the Standard
Webhooks reference library (PyPI `standardwebhooks`), not with the portal's
own code.

    hosting.py SECRET LOG ANSWERS

Listens on a free loopback port (printed first). Each POST is verified and
written to LOG as one JSON line: its id, whether the signature held, the
payload and the status answered. The status is the first line of the file
ANSWERS, which is then removed from it (204 when the file is empty).
"""

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Lock

from standardwebhooks import Webhook

secret, log_path, answers_path = sys.argv[1:4]
hook = Webhook(secret)
lock = Lock()


def next_answer():
    try:
        with open(answers_path) as f:
            lines = f.read().split()
    except FileNotFoundError:
        return 204
    if not lines:
        return 204
    with open(answers_path, "w") as f:
        f.write("\n".join(lines[1:]))
    return int(lines[0])


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0))).decode()
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            payload, verified = hook.verify(body, headers), True
        except Exception:
            payload, verified = None, False
        with lock:
            status = next_answer()
            with open(log_path, "a") as log:
                line = {"id": headers.get("webhook-id"), "verified": verified,
                        "payload": payload, "status": status}
                log.write(json.dumps(line) + "\n")
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
