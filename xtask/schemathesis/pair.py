"""Pairs a phone with the coordinator at BASE the way a tutor and a person do, and prints the
device token: the tutor signs in on the dashboard, adds a beneficiary, makes a pairing code,
and the code is sent to /api/v1/pair. Used by `cargo xtask test` to run schemathesis with a
real device token (argv: BASE USERNAME; the tutor's password on stdin)."""

import re
import sys

import requests


def hidden(html: str, name: str) -> str:
    found = re.search(r'name="%s" value="([^"]*)"' % re.escape(name), html)
    if not found:
        sys.exit(f"no hidden field {name!r} on the page")
    return found.group(1)


def main() -> None:
    base, username = sys.argv[1], sys.argv[2]
    password = sys.stdin.readline().rstrip("\n")
    web = requests.Session()
    nonce = hidden(web.get(f"{base}/login").text, "login")
    signed = web.post(
        f"{base}/login",
        data={"login": nonce, "username": username, "password": password},
        allow_redirects=False,
    )
    if "ponte_session" not in web.cookies:
        sys.exit(f"sign-in refused: {signed.status_code}")
    csrf = hidden(web.get(f"{base}/beneficiaries").text, "csrf")
    created = web.post(
        f"{base}/beneficiaries",
        data={"nickname": "Schemathesis", "languages": "it, en", "csrf": csrf},
        allow_redirects=False,
    )
    beneficiary = created.headers["location"].removeprefix("/beneficiaries/")
    page = web.post(
        f"{base}/beneficiaries/{beneficiary}/code", data={"csrf": csrf}
    ).text
    code = re.search(r'id="pairing-code">([^<]+)<', page).group(1).strip()
    paired = requests.post(
        f"{base}/api/v1/pair",
        json={"code": code, "device_name": "schemathesis"},
        headers={"ponte-sync-version": "2"},
    )
    paired.raise_for_status()
    print(paired.json()["device_token"])


if __name__ == "__main__":
    main()
