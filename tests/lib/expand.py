"""Expands an exported .ics with vobject + dateutil (independent of Homegroup) into
[summary, UTC start] pairs between two dates; zones from the file's VTIMEZONEs."""
import json
import sys
from datetime import datetime, timezone

import vobject
from dateutil.rrule import rruleset, rrulestr

path, lo, hi = sys.argv[1], sys.argv[2], sys.argv[3]
lo = datetime.fromisoformat(lo).replace(tzinfo=timezone.utc)
hi = datetime.fromisoformat(hi).replace(tzinfo=timezone.utc)
cal = vobject.readOne(open(path, encoding="utf-8", newline="").read())
zones = {z.tzid.value: z.gettzinfo() for z in getattr(cal, "vtimezone_list", [])}


def ours(line, value):
    tzid = (line.params.get("TZID") or line.params.get("X-VOBJ-ORIGINAL-TZID") or [None])[0]
    return value if tzid is None else value.replace(tzinfo=None).replace(tzinfo=zones[tzid])


def unescape(s):
    return s  # vobject already unescapes TEXT values


out = []
for ev in getattr(cal, "vevent_list", []):
    if hasattr(ev, "recurrence_id"):
        continue
    start = ours(ev.dtstart, ev.dtstart.value)
    rs = rruleset()
    if hasattr(ev, "rrule"):
        rs.rrule(rrulestr("RRULE:" + ev.rrule.value, dtstart=start))
    else:
        rs.rdate(start)
    for line in ev.contents.get("exdate", []):
        for v in line.value:
            rs.exdate(ours(line, v))
    for s in rs.between(lo, hi, inc=True):
        if lo <= s < hi:
            out.append([ev.summary.value, s.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")])
out.sort()
json.dump(out, sys.stdout, ensure_ascii=False)
