"""Expands an iCalendar file with vobject and dateutil (an implementation independent of
ours) and prints every occurrence start in UTC between two instants, as JSON.

Zones come from the file's own VTIMEZONE blocks (vobject would otherwise substitute
pytz zones, which dateutil's rrule cannot do arithmetic with), so this also checks
the VTIMEZONEs we write."""
import json
import sys
from datetime import datetime, timezone

import vobject
from dateutil.rrule import rruleset, rrulestr

path, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
lo = datetime.fromisoformat(start.replace("Z", "+00:00"))
hi = datetime.fromisoformat(end.replace("Z", "+00:00"))
with open(path, encoding="utf-8", newline="") as f:
    cal = vobject.readOne(f.read())
zones = {z.tzid.value: z.gettzinfo() for z in cal.vtimezone_list}


def ours(line, value):
    """The datetime read with the VTIMEZONE named by the line's TZID."""
    # vobject moves a TZID it recognises into X-VOBJ-ORIGINAL-TZID.
    tzid = (line.params.get("TZID") or line.params.get("X-VOBJ-ORIGINAL-TZID") or [None])[0]
    if tzid is None:
        return value
    return value.replace(tzinfo=None).replace(tzinfo=zones[tzid])


def utc(d):
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


masters, overrides = {}, {}
for ev in cal.vevent_list:
    uid = ev.uid.value
    if hasattr(ev, "recurrence_id"):
        overrides.setdefault(uid, []).append(ev)
    else:
        masters[uid] = ev

out = []
for uid, ev in masters.items():
    dtstart = ours(ev.dtstart, ev.dtstart.value)
    rs = rruleset()
    if hasattr(ev, "rrule"):
        rs.rrule(rrulestr("RRULE:" + ev.rrule.value, dtstart=dtstart))
    else:
        rs.rdate(dtstart)
    for line in ev.contents.get("rdate", []):
        for v in line.value:
            rs.rdate(ours(line, v))
    for line in ev.contents.get("exdate", []):
        for v in line.value:
            rs.exdate(ours(line, v))
    replaced = {utc(ours(o.recurrence_id, o.recurrence_id.value)) for o in overrides.get(uid, [])}
    for s in rs.between(lo, hi, inc=True):
        if utc(s) not in replaced and lo <= s < hi:
            out.append([uid, utc(s)])
    for o in overrides.get(uid, []):
        s = ours(o.dtstart, o.dtstart.value)
        if lo <= s < hi:
            out.append([uid, utc(s)])
out.sort()
json.dump(out, sys.stdout)
