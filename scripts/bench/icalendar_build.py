#!/usr/bin/python3
"""Builds the same program as Homegroup's iCalendar export with python `icalendar`
(Debian's python3-icalendar), for the side-by-side figure. Reads the meetings the
Rust benchmark dumped; prints {"seconds": best of 3, "bytes": size} as JSON.

It builds only the VEVENTs (with TZID parameters) and no VTIMEZONE blocks, which
Homegroup also writes: the comparison leans in python's favour."""
import json
import sys
import time
from datetime import datetime, timedelta

from icalendar import Calendar, Event


def build(meetings):
    cal = Calendar()
    cal.add("prodid", "-//bench//python icalendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "World")
    stamp = datetime(2026, 1, 1, 0, 0, 0)
    for m in meetings:
        e = Event()
        e.add("uid", m["uid"])
        e.add("dtstamp", stamp)
        start = datetime.fromisoformat(m["start"])
        e.add("dtstart", start, parameters={"TZID": m["tz"]})
        e.add("dtend", start + timedelta(minutes=m["minutes"]), parameters={"TZID": m["tz"]})
        e.add("rrule", {"freq": "weekly", "byday": m["byday"]})
        e.add("summary", m["name"])
        if m["location"]:
            e.add("location", m["location"])
        if m["url"]:
            e.add("url", m["url"])
        e.add("description", m["description"])
        e.add("sequence", m["sequence"])
        cal.add_component(e)
    return cal.to_ical()


def main():
    meetings = json.load(open(sys.argv[1]))
    best = None
    size = 0
    for _ in range(3):
        t = time.perf_counter()
        body = build(meetings)
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
        size = len(body)
    print(json.dumps({"seconds": best, "bytes": size}))


if __name__ == "__main__":
    main()
