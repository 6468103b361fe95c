"""The lock files agree with pyproject.toml, or this says how they do not.

    python .ci/check_lock.py requirements.lock requirements-dev.lock      (check; exit 1 on a mismatch)
    python .ci/check_lock.py --stamp requirements.lock requirements-dev.lock   (after make lock)

Two checks. Every requirement pyproject.toml declares (dependencies, the extras, the build
group) is pinned in the lock that should hold it, at a version its specifier admits, and every
pin carries hashes. And each lock carries the digest of the pyproject.toml inputs it was
resolved from (`# inputs: sha256 ...`, written by `make lock`), so an edit to the declared
dependencies that still happens to be satisfied (a removal, a new marker, a tighter bound the
resolver would now answer differently) also asks for `make lock`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
STAMP = "# inputs: sha256 "
# Which pyproject.toml inputs each lock holds.
HOLDS = {
    "requirements.lock": ("dependencies", "group:build"),
    "requirements-dev.lock": (
        "dependencies", "group:build", "extra:test", "extra:dev", "extra:installer"),
}
# The platforms we ship: a pin needed on either must be in the lock.
ENVIRONMENTS = [
    {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
     "platform_machine": "x86_64", "python_version": "3.11", "python_full_version": "3.11.7",
     "implementation_name": "cpython", "platform_python_implementation": "CPython"},
    {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
     "platform_machine": "AMD64", "python_version": "3.11", "python_full_version": "3.11.9",
     "implementation_name": "cpython", "platform_python_implementation": "CPython"},
]


def inputs(project: dict) -> dict[str, list[str]]:
    p = project["project"]
    out = {"dependencies": list(p.get("dependencies", [])),
           "requires-python": [p.get("requires-python", "")]}
    for name, reqs in p.get("optional-dependencies", {}).items():
        out[f"extra:{name}"] = list(reqs)
    for name, reqs in project.get("dependency-groups", {}).items():
        out[f"group:{name}"] = [r for r in reqs if isinstance(r, str)]
    return out


def digest(project: dict, lock_name: str) -> str:
    ins = inputs(project)
    chosen = {k: ins.get(k, []) for k in (*HOLDS[lock_name], "requires-python")}
    return hashlib.sha256(json.dumps(chosen, sort_keys=True).encode()).hexdigest()


def read_pins(text: str) -> dict[str, list[tuple[Version, str, bool]]]:
    """name -> [(version, marker text, has hashes)] (a package may be pinned per platform)."""
    pins: dict[str, list[tuple[Version, str, bool]]] = {}
    # Join continuation lines: "pkg==1.0 ; marker \\\n    --hash=sha256:..."
    for entry in re.sub(r"\\\n\s*", " ", text).splitlines():
        entry = entry.split(" #", 1)[0].strip()
        if not entry or entry.startswith(("#", "-")):
            continue
        m = re.match(r"([A-Za-z0-9._-]+)==([^\s;]+)\s*(?:;\s*(.*?))?\s*((?:--hash=\S+\s*)*)$",
                     entry)
        if not m:
            raise SystemExit(f"check_lock: a line of the lock is not an exact pin: {entry[:80]}")
        name, version, marker, hashes = m.groups()
        pins.setdefault(canonicalize_name(name), []).append(
            (Version(version), (marker or "").strip(), bool(hashes)))
    return pins


def problems(project: dict, lock_name: str, text: str) -> list[str]:
    found: list[str] = []
    stamp = next((ln[len(STAMP):].strip() for ln in text.splitlines()
                  if ln.startswith(STAMP)), None)
    if stamp != digest(project, lock_name):
        found.append(f"{lock_name} was not made from this pyproject.toml's dependencies")
    pins = read_pins(text)
    for name, entries in pins.items():
        if not all(has for _, _, has in entries):
            found.append(f"{lock_name}: {name} has no hashes")
    ins = inputs(project)
    for key in HOLDS[lock_name]:
        for line in ins.get(key, []):
            req = Requirement(line)
            for env in ENVIRONMENTS:
                if req.marker is not None and not req.marker.evaluate(env):
                    continue
                versions = [v for v, marker, _ in pins.get(canonicalize_name(req.name), [])
                            if not marker or Requirement(f"x; {marker}").marker.evaluate(env)]
                if not versions:
                    found.append(f"{lock_name} does not pin {req.name} "
                                 f"(needed by {key} on {env['sys_platform']})")
                elif not all(req.specifier.contains(v, prereleases=True) for v in versions):
                    found.append(f"{lock_name} pins {req.name} {versions[0]}, "
                                 f"outside {req.specifier} ({key})")
    return sorted(set(found))


def main(argv: list[str]) -> int:
    stamp = argv[:1] == ["--stamp"]
    paths = [Path(a) for a in (argv[1:] if stamp else argv)]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    bad: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if stamp:
            lines = [ln for ln in text.splitlines(keepends=True) if not ln.startswith(STAMP)]
            at = 1 if lines and lines[0].startswith("#") else 0
            while at < len(lines) and lines[at].startswith("#    "):
                at += 1  # after uv's header (the command it was made with)
            lines.insert(at, f"{STAMP}{digest(project, path.name)}\n")
            text = "".join(lines)
            path.write_text(text, encoding="utf-8")
        bad += problems(project, path.name, text)
    for line in bad:
        print(f"check_lock: {line}", file=sys.stderr)
    if bad:
        print("check_lock: run `make lock` and commit the lock files with pyproject.toml",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
