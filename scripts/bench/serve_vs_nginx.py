#!/usr/bin/python3
"""Homegroup's feed server beside nginx serving the same .ics bytes as a static file,
measured with wrk on loopback: full downloads (200) and revalidations (304)."""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

CLI = sys.argv[1]
MEETINGS = int(sys.argv[2]) if len(sys.argv) > 2 else 500
SECONDS = "5s"


def wrk(url, etag=None):
    cmd = ["wrk", "-t2", "-c64", "-d" + SECONDS, url]
    if etag:
        cmd[1:1] = ["-H", f"If-None-Match: {etag}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, int(non2xx.group(1)) if non2xx else 0


def status_and_etag(url, etag=None):
    req = urllib.request.Request(url, headers={"If-None-Match": etag} if etag else {})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.headers.get("ETag"), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("ETag"), b""


def main():
    tmp = tempfile.mkdtemp(prefix="homegroup-wrk-")
    feed = [
        {"name": f"Meeting {i}", "slug": f"m{i}", "day": i % 7, "time": f"{7 + i % 14:02d}:00",
         "end_time": f"{8 + i % 14:02d}:00", "timezone": "America/New_York",
         "conference_url": f"https://zoom.us/j/{1000000 + i}", "types": ["O", "D"]}
        for i in range(MEETINGS)
    ]
    src = os.path.join(tmp, "feed.json")
    json.dump(feed, open(src, "w"))
    db = os.path.join(tmp, "bench.sqlite3")
    subprocess.run([CLI, "--db", db, "import", src], check=True, capture_output=True)
    server = subprocess.Popen([CLI, "--db", db, "serve", "--bind", "127.0.0.1:0"], stdout=subprocess.PIPE, text=True)
    ours = server.stdout.readline().strip()
    status, etag, body = status_and_etag(ours)
    assert status == 200, status
    www = os.path.join(tmp, "www")
    os.makedirs(www)
    open(os.path.join(www, "feed.ics"), "wb").write(body)
    # nginx's workers run as an unprivileged user: let them read the file.
    for path in (tmp, www, os.path.join(www, "feed.ics")):
        os.chmod(path, 0o755)
    conf = os.path.join(tmp, "nginx.conf")
    port = 18000 + os.getpid() % 1000
    open(conf, "w").write(f"""
worker_processes 2;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  types {{ text/calendar ics; }}
  server {{ listen 127.0.0.1:{port}; root {www}; etag on; }}
}}
""")
    nginx = subprocess.Popen(["nginx", "-c", conf, "-p", tmp])
    theirs = f"http://127.0.0.1:{port}/feed.ics"
    try:
        nbody = b""
        for _ in range(50):
            try:
                _, nginx_etag, nbody = status_and_etag(theirs)
                break
            except Exception:
                time.sleep(0.1)
        assert nbody == body, "nginx serves the same bytes"
        assert status_and_etag(ours, etag)[0] == 304 and status_and_etag(theirs, nginx_etag)[0] == 304
        rows = []
        for label, url, tag in [("200 full", ours, None), ("304 revalidate", ours, etag)]:
            rows.append((label, wrk(url, tag)))
        nrows = []
        for label, url, tag in [("200 full", theirs, None), ("304 revalidate", theirs, nginx_etag)]:
            nrows.append((label, wrk(url, tag)))
    finally:
        server.terminate()
        nginx.terminate()
    print(f"feed of {MEETINGS} meetings, {len(body) / 1e3:.0f} kB; wrk -t2 -c64 -d{SECONDS} on loopback")
    print(f"{'':16} {'Homegroup r/s':>14} {'nginx r/s':>12} {'ratio':>7}")
    for (label, (a, ea)), (_, (b, eb)) in zip(rows, nrows):
        print(f"{label:16} {a:14.0f} {b:12.0f} {a / b:7.2f}" + (f"  (errors: {ea} / {eb})" if ea or eb else ""))


if __name__ == "__main__":
    main()
