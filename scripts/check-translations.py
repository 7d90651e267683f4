#!/usr/bin/env python3
"""Quick check of translations against English, for translators: same files, same message
ids, no empty message, the same arguments ({ $name }). Usage: check-translations.py [code ...]
(no code: all 23). The authoritative check is `cargo test -p app --lib i18n::completeness`,
which also parses with Fluent itself."""
import pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "app" / "locales"
MESSAGE = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$")
VARIABLE = re.compile(r"\{\s*\$([a-zA-Z][a-zA-Z0-9_-]*)")


def messages(path):
    """id -> (value text incl. continuation lines, variables)"""
    found, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = MESSAGE.match(line)
        if match:
            current = match.group(1)
            found[current] = match.group(2)
        elif current and (line.startswith(" ") or line.startswith("\t")):
            found[current] += "\n" + line
        elif not line.strip() or line.startswith("#"):
            current = None if line.startswith("#") else current
    return {k: (v, set(VARIABLE.findall(v))) for k, v in found.items()}


def main(codes):
    english = {p.name: messages(p) for p in sorted((ROOT / "en").glob("*.ftl"))}
    codes = codes or sorted(d.name for d in ROOT.iterdir() if d.is_dir() and d.name != "en")
    problems = 0
    for code in codes:
        for name, reference in english.items():
            path = ROOT / code / name
            if not path.exists():
                print(f"{code}/{name}: missing file ({len(reference)} messages)")
                problems += 1
                continue
            theirs = messages(path)
            for key, (value, variables) in reference.items():
                if key not in theirs:
                    print(f"{code}/{name}: missing {key}")
                    problems += 1
                    continue
                text, their_variables = theirs[key]
                if not text.strip():
                    print(f"{code}/{name}: empty {key}")
                    problems += 1
                if their_variables - variables:
                    print(f"{code}/{name}: {key} uses {sorted(their_variables - variables)} which English does not")
                    problems += 1
                if variables - their_variables:
                    print(f"{code}/{name}: {key} leaves out {sorted(variables - their_variables)}")
                    problems += 1
            for key in sorted(set(theirs) - set(reference)):
                print(f"{code}/{name}: {key} is not an English message")
                problems += 1
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
