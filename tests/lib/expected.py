"""What a Meeting Guide feed says, as UTC instants: for each active weekly meeting, each
date in the window on one of its days, at its local time in its zone (zoneinfo). The
calendar Homegroup exports from that feed must hold exactly these occurrences."""
import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

feed, start, days = sys.argv[1], date.fromisoformat(sys.argv[2]), int(sys.argv[3])
out = []
for m in json.load(open(feed, encoding="utf-8")):
    if "TC" in m.get("types", []) or "day" not in m or "time" not in m:
        continue
    ds = m["day"] if isinstance(m["day"], list) else [m["day"]]
    ds = {int(d) for d in ds}
    zone = ZoneInfo(m["timezone"])
    h, mi = map(int, m["time"].split(":"))
    for k in range(days):
        d = start + timedelta(days=k)
        if (d.isoweekday() % 7) in ds:
            local = datetime.combine(d, time(h, mi), tzinfo=zone)
            out.append([m["name"], local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")])
out.sort()
json.dump(out, sys.stdout, ensure_ascii=False)
