#!/usr/bin/env python3
"""Idle and half-sent connections against `claimgraph serve`: opens IDLE connections that send
nothing and HALF that send half a request line, keeps them open, and times one real request a
second. Usage: serve-idle.py PORT [IDLE=400] [HALF=100] [ROUNDS=8]  (docs/PERFORMANCE.md)"""
import socket
import sys
import time
import urllib.request

port = int(sys.argv[1])
idle, half, rounds = (int(a) for a in (sys.argv[2:] + ["400", "100", "8"][len(sys.argv) - 2:])[:3])
held = [socket.create_connection(("127.0.0.1", port)) for _ in range(idle)]
for _ in range(half):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /api/entity?name=NVI")
    held.append(s)
time.sleep(0.5)
for _ in range(rounds):
    started = time.time()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/who-claimed?q=OpenAI", timeout=60) as r:
        status = r.status
    print(f"with {idle} idle and {half} half-sent connections open: {status} in {time.time() - started:.3f} s")
    time.sleep(1)
