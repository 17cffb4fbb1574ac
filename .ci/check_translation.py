#!/usr/bin/env python3
"""Checks one language's Fluent files against English, without building:
same files, same message ids in the same file, no argument English does not
pass, every file parses, the review marker on top, and few messages left as
English copies. Usage: .ci/check_translation.py <code> [<code>...]"""
import os
import re
import sys

from fluent.syntax import FluentParser, ast

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "locales")
VARIABLE = re.compile(r"\$([a-zA-Z][a-zA-Z0-9_-]*)")


def messages(code):
    out = {}
    folder = os.path.join(ROOT, code)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ftl"):
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        resource = FluentParser(with_spans=True).parse(text)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                yield ("error", f"{code}/{name}: does not parse: {entry.content[:80]!r}")
            elif isinstance(entry, ast.Message):
                source = text[entry.span.start:entry.span.end]
                body = source.split("=", 1)[1]
                out[entry.id.name] = (name, set(VARIABLE.findall(body)), body.strip())
        if code != "en" and "native speaker" not in text[:400]:
            yield ("error", f"{code}/{name}: lacks the native-speaker review marker at the top")
    yield ("messages", out)


def load(code):
    errors, found = [], {}
    for kind, value in messages(code):
        if kind == "error":
            errors.append(value)
        else:
            found = value
    return errors, found


def main(codes):
    _, english = load("en")
    failed = False
    for code in codes:
        errors, theirs = load(code)
        for message, (file, variables, body) in english.items():
            if message not in theirs:
                errors.append(f"{code}: lacks {message} (in {file})")
                continue
            their_file, their_variables, their_body = theirs[message]
            if their_file != file:
                errors.append(f"{code}: {message} is in {their_file}, English has it in {file}")
            unknown = their_variables - variables
            if unknown:
                errors.append(f"{code}: {message} uses {sorted(unknown)} which English does not pass")
        for message in theirs.keys() - english.keys():
            errors.append(f"{code}: {message} is not an English message")
        copies = [m for m in english if m in theirs and theirs[m][2] == english[m][2]
                  and re.search(r"[a-z]{4,}", english[m][2])]
        share = len(copies) / max(len(english), 1)
        if share > 0.05:
            errors.append(f"{code}: {len(copies)} messages ({share:.0%}) are English copies: {copies[:20]}")
        for error in errors:
            print(error)
        print(f"{code}: {len(theirs)}/{len(english)} messages, {len(copies)} identical to English, "
              f"{len(errors)} problems")
        failed |= bool(errors)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:] or [d for d in os.listdir(ROOT) if d != "en"])
