#!/usr/bin/python3
"""The desktop app (release build) under Xvfb: time from launch to its first screen
asking for data, then the memory of the app and its WebKit processes (PSS) after it
has sat idle, with a year of a group's data in the database. Given a third program (the
blank_window example: a Tauri window on a one-line page), its idle memory is measured
the same way, as the floor the app's figure sits on."""
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import json



def seed(db, cli):
    """A year of a group's data (also what scripts/startup-order runs the app on)."""
    feed = [{"name": f"Meeting {i}", "slug": f"m{i}", "day": i % 7, "time": "19:00", "timezone": "America/New_York",
             "address": f"{i} Main St", "city": "Springfield", "types": ["O"]} for i in range(60)]
    src = db + ".json"
    json.dump(feed, open(src, "w"))
    subprocess.run([cli, "--db", db, "import", src, "--fellowship", "na"], check=True, capture_output=True)
    # The feed server on a port the system picks: on its fixed default, a second copy of
    # the app left running held the port, this one's server did not start, and
    # scripts/startup-order (which runs the app on this data) left the server's code out.
    subprocess.run([cli, "--db", db, "feeds", "port", "0"], check=True, capture_output=True)
    c = sqlite3.connect(db)
    c.executemany("INSERT INTO members (nickname, clean_date, created_at, updated_at) VALUES (?, '2025-06-01', 'x', 'x')",
                  [(f"member{i}",) for i in range(300)])
    # A year of attendance: every meeting, every week, 25 people.
    rows = []
    for m in range(1, 61):
        for w in range(52):
            day = time.strftime("%Y-%m-%d", time.gmtime(time.time() - (w * 7 + m % 7) * 86400))
            for k in range(25):
                rows.append((m, f"{day}T19:00", 1 + (m * 7 + k) % 300))
    c.executemany("INSERT OR IGNORE INTO checkins (meeting_id, occurrence, member_id, first_time, checked_in_at) VALUES (?, ?, ?, 0, 'x')", rows)
    c.commit()
    return len(rows)


def as_used(env):
    """`env` without the app's log level: a person's launch logs warnings only, and an
    "info" level runs tracing's formatting code a person's launch never does."""
    return {k: v for k, v in env.items() if k != "HOMEGROUP_LOG"}


def launch_as_used(app_path, env, program=None, timeout=60):
    """Starts the app (or `program`, a command that runs it, such as valgrind) as
    people run it and returns once its window is on the screen: the app shows its
    window when the first screen's page has loaded."""
    app = subprocess.Popen(program or [app_path], env=as_used(env), stderr=subprocess.DEVNULL,
                           start_new_session=program is not None)
    shown = subprocess.run(["timeout", str(timeout), "xdotool", "search", "--sync", "--onlyvisible",
                            "--pid", str(app.pid), "--name", "^Homegroup$"],
                           env=env, capture_output=True)
    if shown.returncode != 0:
        app.kill()
        sys.exit(f"{app_path}: no window within {timeout} s")
    return app


def descendants(pid):
    kids = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                ppid = int(open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(p))
            except OSError:
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def pss_kb(pid):
    try:
        for line in open(f"/proc/{pid}/smaps_rollup"):
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    app_path, cli = sys.argv[1], sys.argv[2]
    blank_path = sys.argv[3] if len(sys.argv) > 3 else None
    tmp = tempfile.mkdtemp(prefix="homegroup-start-")
    db = os.path.join(tmp, "year.sqlite3")
    rows = seed(db, cli)
    env = as_used(dict(os.environ, HOMEGROUP_DB=db, WEBKIT_DISABLE_COMPOSITING_MODE="1", HOME=tmp))
    starts = []
    for attempt in range(3):
        t = time.perf_counter()
        # The first screen's moment is read from the app's log (at "info", for timing only).
        app = subprocess.Popen([app_path], env=dict(env, HOMEGROUP_LOG="info"), stderr=subprocess.PIPE, text=True)
        for line in app.stderr:
            if "first screen" in line:
                starts.append(time.perf_counter() - t)
                break
        app.terminate()
        app.wait()
    # Memory is measured on a launch as people make it: after earlier sessions on the
    # same file, and with nothing logged below the default level.
    app = launch_as_used(app_path, env)
    time.sleep(8)
    code = own_code_kb(app.pid, app_path)
    total, parts, app_maps = idle_pss(app)
    print(f"database: 60 meetings, 300 members, {rows} attendance rows (a year)")
    print(f"start to first screen: best {min(starts):.2f} s of {len(starts)} launches")
    print(f"memory when idle (PSS): {total:.0f} MB ({parts})")
    # 3.2 MB when src-tauri/startup.order matches the build, 13 MB without it: a figure
    # well above the first says the file is stale (scripts/startup-order).
    print(f"  of which the app's own code resident: {code / 1024:.1f} MB of its binary's .text")
    if blank_path:
        blank, blank_maps = launched_idle(blank_path, env)
        print(f"a blank Tauri window, same build settings, for comparison: {blank}")
        breakdown(app_maps, app_path, blank_maps, blank_path)
        # Where the difference is: the same first screen drawn by WebKit without the
        # front end's script, and the app with WebKit's JavaScript compilers off (both
        # for the breakdown only: the app keeps them, see the README).
        page = os.path.join(tmp, "first-screen.html")
        subprocess.run([os.path.join(os.path.dirname(__file__), "first_screen_html.mjs"), app_path, db, page],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        static, _ = launched_idle(blank_path, dict(env, HOMEGROUP_BLANK_PAGE=page))
        print(f"its first screen as a page without script, in the blank window: {static}")
        print(f"the app with WebKit's JIT off (JSC_useJIT=0): {launched_idle(app_path, dict(env, JSC_useJIT='0'))[0]}")


def launched_idle(path, env):
    """`path` started with `env` and left idle for 10 s: its PSS and the split by process,
    and each process's PSS by mapping."""
    program = subprocess.Popen([path], env=env, stderr=subprocess.DEVNULL)
    time.sleep(10)
    total, parts, maps = idle_pss(program)
    return f"{total:.0f} MB ({parts})", maps


ROLES = {"WebKitWebProces": "web process", "WebKitNetworkPr": "network process"}
KINDS = ["libraries and data files the blank window maps too",
         "libraries only the app maps",
         "the program's own binary",
         "memory allocated (heap, anonymous, stacks)",
         "the window's pixels in X shared memory"]


def mapping_pss(pid):
    """PSS in kB of each mapped file (by path) or kind of memory ([heap], [anon], ...)."""
    out, name = {}, None
    for line in open(f"/proc/{pid}/smaps"):
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:
            name = " ".join(fields[5:]) if len(fields) > 5 else "[anon]"
        elif fields[0] == "Pss:":
            out[name] = out.get(name, 0) + int(fields[1])
    return out


def kind(name, binary, blank_files):
    if name.startswith("/SYSV"):
        return KINDS[4]
    if not name.startswith("/") or name.startswith("/memfd:") or name.endswith("(deleted)"):
        return KINDS[3]
    if os.path.realpath(name) == binary:
        return KINDS[2]
    return KINDS[0] if name in blank_files else KINDS[1]


def breakdown(app_maps, app_path, blank_maps, blank_path):
    """Where the app's memory over the blank window's is, by process and by kind of
    mapping: what WebKitGTK and the libraries under it take (files both programs map:
    their code and data pages that running this page touched), against what is the
    app's own (its binary, libraries only it links, memory allocated). The goal is for
    the app's part, not for the pages of libraries every Tauri window runs."""
    rows, libraries = {}, {}
    for maps, path, sign in ((app_maps, app_path, 1), (blank_maps, blank_path, -1)):
        other = blank_maps if sign == 1 else app_maps
        for role, by_map in maps.items():
            shared = set(other.get(role, {}))
            for name, kb in by_map.items():
                key = (role, kind(name, os.path.realpath(path), shared))
                rows[key] = rows.get(key, 0) + sign * kb
                if key[1] in KINDS[:2]:
                    libraries[(key[1], role, name)] = libraries.get((key[1], role, name), 0) + sign * kb
    roles = sorted({r for r, _ in rows}, key=lambda r: ["web process", "the program", "network process"].index(r))
    print("  where the difference is (MB PSS, app minus blank window):")
    print("    " + " " * 52 + "".join(f"{r:>17}" for r in roles) + f"{'total':>9}")
    for k in KINDS:
        cells = [rows.get((r, k), 0) / 1024 for r in roles]
        print(f"    {k:<52}" + "".join(f"{c:>+17.1f}" for c in cells) + f"{sum(cells):>+9.1f}")
    # The first two rows by file: which of WebKitGTK's and the system's files the same
    # window drawing a real screen and running its script touches more of, and which
    # only one of the two programs maps (negative: only the blank window).
    for k, most in ((KINDS[0], 8), (KINDS[1], 4)):
        biggest = sorted(((r, n, kb) for (kk, r, n), kb in libraries.items() if kk == k and abs(kb) >= 50),
                         key=lambda item: -abs(item[2]))[:most]
        print(f"  {k}, by file (MB PSS, app minus blank window):")
        for role, name, kb in biggest:
            print(f"    {os.path.basename(name):<44} {role:<16} {kb / 1024:>+6.1f}")
    library = sum(v for (r, k), v in rows.items() if k == KINDS[0]) / 1024
    total = sum(rows.values()) / 1024
    print(f"  the app's own part (the difference less the pages of libraries both map): {total - library:+.1f} MB"
          f" (goal: within 25 MB of the blank window)")


def own_code_kb(pid, path):
    """Resident kB of the program's own executable mapping (its .text)."""
    real, inside = os.path.realpath(path), False
    for line in open(f"/proc/{pid}/smaps"):
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:
            inside = "x" in fields[1] and len(fields) > 5 and os.path.realpath(fields[5]) == real
        elif inside and fields[0] == "Rss:":
            return int(fields[1])
    return 0


def x_shm_kb(by_map):
    """PSS of the System V shared memory a process holds (from `mapping_pss`): with
    WebKit drawing without compositing (as here, under Xvfb), cairo hands the window's
    pixels to the X server through a shared pool (32 MB mapped, shared with the server,
    so half of each page is counted here). Each paint's image takes a window's worth of
    it; a paint that comes while the last is still being copied takes another, and the
    pages stay: the app, shown at once and painted several times as it started, held two
    in about a third of its launches (3.7 MB against 1.8); since it is shown once its
    page has loaded (session 49), one, as the blank window."""
    return sum(kb for name, kb in by_map.items() if name.startswith("/SYSV"))


def idle_pss(app):
    """PSS in MB summed over the process and its children, and the split by process
    (the first process's X shared memory named apart); the process is then stopped."""
    each, maps = [], {}
    for p in descendants(app.pid):
        try:
            comm = open(f"/proc/{p}/comm").read().strip()
            each.append((comm, pss_kb(p)))
            maps[ROLES.get(comm, "the program")] = mapping_pss(p)
        except OSError:
            pass
    shm = x_shm_kb(maps.get("the program", {}))
    app.terminate()
    app.wait()
    parts = ", ".join(f"{name} {kb / 1024:.0f}" for name, kb in sorted(each, key=lambda e: -e[1]))
    parts += f"; of which the window's pixels in X shared memory {shm / 1024:.1f}"
    return sum(kb for _, kb in each) / 1024, parts, maps


if __name__ == "__main__":
    main()
