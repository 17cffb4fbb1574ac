#!/usr/bin/env python3
"""Replaces an organizer's initial password and prints a new API token.

The API refuses the tokens of an account still on the initial password
whoever created it saw, so the browser tests' API calls use an organizer
activated here through the organizer pages, as a person would.
Usage: activate_organizer.py BASE_URL EMAIL INITIAL_PASSWORD
"""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

base, email, initial = sys.argv[1:4]
opener = urllib.request.build_opener(
    urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def fetch(path, fields=None):
    data = urllib.parse.urlencode(fields).encode() if fields is not None else None
    request = urllib.request.Request(base + path, data=data, headers={"Accept": "text/html"})
    with opener.open(request) as response:
        return response.read().decode()


def csrf(html):
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


page = fetch("/organize/login", {"email": email, "password": initial})
new = "an e2e passphrase " + initial
fetch("/organize/password", {"csrf": csrf(page), "current": initial, "new": new, "confirm": new})
made = fetch("/organize/tokens/new", {"csrf": csrf(fetch("/organize")), "valid_days": "30"})
token = re.search(r"hash\): \W*([A-Za-z0-9_\-]{20,})", made)
if not token:
    sys.exit("no token on the page:\n" + made)
print(token.group(1))
