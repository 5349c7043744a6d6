"""Attacks of a careless or hostile client against a running server on
loopback, with what the server did, as figures (nothing is asserted: the
tests in crates/server/tests/api/hardening.rs do that).

Usage: attacks.py BASE_URL TOKEN   (a server started with its default limits)
"""
import json
import socket
import sys
import time
import urllib.error
import urllib.request

base, token = sys.argv[1], sys.argv[2]
host, port = base.removeprefix("http://").split(":")
port = int(port)


def connect(source):
    s = socket.socket()
    s.bind((source, 0))
    s.connect((host, port))
    return s


def closed(s, wait):
    """Whether the server closed `s` within `wait` seconds (and what it sent)."""
    s.settimeout(wait)
    data = b""
    try:
        while True:
            chunk = s.recv(4096)
            if not chunk:
                return True, data
            data += chunk
    except (socket.timeout, TimeoutError):
        return False, data
    except OSError:
        return True, data


def first_line(data):
    return data.split(b"\r\n")[0].decode() if data else "-"


def timed_get(path):
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError as e:
        status = f"failed ({e})"
    return status, (time.perf_counter() - start) * 1000


def post(path, body, auth=True):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST")
    request.add_header("Content-Type", "application/json")
    if auth:
        request.add_header("Authorization", "Bearer " + token)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError as e:
        status = f"failed ({e})"
    return status, (time.perf_counter() - start) * 1000


print("## 1 100 idle connections from one address (127.0.0.2)")
idle, refused = [], 0
opened = time.perf_counter()
for _ in range(1100):
    try:
        idle.append(connect("127.0.0.2"))
    except OSError:
        refused += 1
time.sleep(0.5)
closed_at_once = sum(1 for s in idle if closed(s, 0.005)[0])
status, ms = timed_get("/api/health")
print(f"closed at once: {closed_at_once}; kept: {len(idle) - closed_at_once}; refused by the kernel: {refused}")
print(f"another client meanwhile: GET /api/health -> {status} in {ms:.1f} ms")
still = [s for s in idle if not closed(s, 0.001)[0]]
while still and time.perf_counter() - opened < 60:
    still = [s for s in still if not closed(s, 0.2)[0]]
print(f"the kept ones closed {time.perf_counter() - opened:.1f} s after the first was opened (head timeout)")
for s in idle:
    s.close()

print("## a head sent by halves (slowloris)")
s = connect("127.0.0.3")
s.sendall(b"GET /api/health HTTP/1.1\r\nHost: portal\r\n")
start = time.perf_counter()
done, _ = closed(s, 60)
print(f"closed: {done}, after {time.perf_counter() - start:.1f} s")

print("## a body that stops halfway")
s = connect("127.0.0.3")
s.sendall(b"POST /api/applications/status HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n"
          b"Content-Length: 100\r\n\r\n{\"ref")
start = time.perf_counter()
done, data = closed(s, 90)
print(f"answer: {first_line(data)}, closed after {time.perf_counter() - start:.1f} s")

print("## 10 MB announced with Expect: 100-continue")
s = connect("127.0.0.3")
s.sendall(b"POST /api/applications HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n"
          b"Content-Length: 10000000\r\nExpect: 100-continue\r\n\r\n")
start = time.perf_counter()
done, data = closed(s, 5)
print(f"answer: {first_line(data)} in {(time.perf_counter() - start) * 1000:.1f} ms")

print("## a survey with a scale from 0 to 10^12 and a condition on it")
with urllib.request.urlopen(urllib.request.Request(base + "/api/review/surveys/template",
                                                   headers={"Authorization": "Bearer " + token})) as r:
    definition = json.load(r)
definition["questions"][0]["scale"]["max"] = 10**12
definition["questions"][1]["show_if"] = {"question": definition["questions"][0]["id"], "any_of": ["999999999999"]}
status, ms = post("/api/review/surveys", {"definition": definition, "phases": [1]})
print(f"POST /api/review/surveys -> {status} in {ms:.1f} ms; the server then answers {timed_get('/api/health')[0]}")
definition["questions"][0]["scale"]["max"] = 20_000_000
status, ms = post("/api/review/surveys", {"definition": definition, "phases": [1]})
print(f"the same with 0..20 000 000 -> {status} in {ms:.1f} ms")
