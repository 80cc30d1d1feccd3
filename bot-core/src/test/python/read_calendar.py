#!/usr/bin/env python3
"""Reads a Rebound calendar (RFC 5545) with Python's standard library only, as a second reader.

Usage: read_calendar.py FILE ZONE [DUE ...]

FILE is the .ics file; ZONE an IANA zone (the member's, e.g. Pacific/Auckland); each DUE an ISO
instant (2027-03-01T15:00:00Z) of a follow-up the calendar must hold. The script checks the file's
shape (CRLF lines of at most 75 octets, one VCALENDAR of VERSION 2.0, every VEVENT with UID, DTSTAMP
in UTC, an all-day DTSTART, SUMMARY and DESCRIPTION), converts each DUE to its date in ZONE with
zoneinfo, and checks the events' dates are exactly those dates. It prints one line per event,
"<date> <weekday> | <summary> | <first line of the description>", then "ok <n> events in <zone>".
Any failure prints "FAIL: <why>" and exits with 1.
"""
import sys
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo


def fail(why):
    print("FAIL: " + why)
    sys.exit(1)


def physical_lines(raw):
    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    lines = raw[:-2].split(b"\r\n")
    for number, line in enumerate(lines, 1):
        if len(line) > 75:
            fail("line %d is %d octets, over the 75 of RFC 5545 section 3.1" % (number, len(line)))
        if b"\n" in line or b"\r" in line:
            fail("line %d holds a bare line break" % number)
    return [line.decode("utf-8") for line in lines]


def unfold(lines):
    """RFC 5545 section 3.1: a line starting with a space or a tab continues the one before."""
    logical = []
    for line in lines:
        if line[:1] in (" ", "\t"):
            if not logical:
                fail("the file starts with a continuation line")
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def split(line):
    """NAME;PARAM=V;...:VALUE -> (NAME, {PARAM: V}, VALUE); parameter values may be quoted."""
    colon, quoted = -1, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = i
            break
    if colon < 0:
        fail("a line without a value: " + line)
    head, value = line[:colon], line[colon + 1:]
    parts = head.split(";")
    params = {}
    for param in parts[1:]:
        key, _, val = param.partition("=")
        params[key.upper()] = val.strip('"')
    return parts[0].upper(), params, value


def text(value):
    """RFC 5545 section 3.3.11: \\n, \\N, \\, \\; and \\\\ in TEXT values."""
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def events(logical):
    stack, calendar, found, current = [], None, [], None
    for line in logical:
        name, params, value = split(line)
        if name == "BEGIN":
            stack.append(value.upper())
            if value.upper() == "VCALENDAR":
                calendar = {}
            elif value.upper() == "VEVENT":
                current = {}
        elif name == "END":
            if not stack or stack.pop() != value.upper():
                fail("END:%s closes nothing open" % value)
            if value.upper() == "VEVENT":
                found.append(current)
                current = None
        elif current is not None:
            current[name] = (params, value)
        elif calendar is not None and stack == ["VCALENDAR"]:
            calendar[name] = (params, value)
    if stack:
        fail("left open: " + ", ".join(stack))
    if calendar is None:
        fail("no VCALENDAR")
    if calendar.get("VERSION", ({}, ""))[1] != "2.0":
        fail("VERSION is not 2.0")
    if "PRODID" not in calendar:
        fail("no PRODID")
    return found


def check(event):
    for needed in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"):
        if needed not in event:
            fail("an event without " + needed)
    stamp = event["DTSTAMP"][1]
    if not stamp.endswith("Z"):
        fail("DTSTAMP not in UTC: " + stamp)
    datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")
    params, start = event["DTSTART"]
    if params.get("VALUE") != "DATE" or len(start) != 8:
        fail("DTSTART is not an all-day date: " + start)
    return date(int(start[:4]), int(start[4:6]), int(start[6:]))


def main(argv):
    if len(argv) < 3:
        fail("usage: read_calendar.py FILE ZONE [DUE ...]")
    zone = ZoneInfo(argv[2])
    with open(argv[1], "rb") as f:
        found = events(unfold(physical_lines(f.read())))
    uids = [e.get("UID", ({}, ""))[1] for e in found]
    if len(set(uids)) != len(uids):
        fail("two events share a UID")
    days = sorted(((check(e), e) for e in found), key=lambda pair: pair[0])
    expected = sorted(
        datetime.fromisoformat(due.replace("Z", "+00:00")).astimezone(timezone.utc).astimezone(zone).date()
        for due in argv[3:])
    got = [d for d, _ in days]
    if got != expected:
        fail("dates %s, expected in %s %s" % ([str(d) for d in got], argv[2], [str(d) for d in expected]))
    for day, event in days:
        description = text(event["DESCRIPTION"][1]).split("\n")[0]
        print("%s %s | %s | %s" % (day.isoformat(), day.strftime("%a"), text(event["SUMMARY"][1]), description))
    print("ok %d events in %s" % (len(days), argv[2]))


if __name__ == "__main__":
    main(sys.argv)
