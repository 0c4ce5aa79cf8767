#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what a fresh Debian machine lacks, builds Ascent.slnx, runs every
# test project in tests/, and ends with the line "N passed, N failed, N skipped". It fails if dotnet test failed, if any
# test was skipped, or if no test ran.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
root="$(pwd)"

# --- Machine prerequisites (Debian packages) -------------------------------------------------------------
# chromium:          the browser tests drive Debian's Chromium; Playwright never downloads one.
# postgresql:        the integration tests start their own PostgreSQL server from its binaries.
# python3-aiosmtpd:  the e-mail tests run a real SMTP server on Debian's /usr/bin/python3.
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)

if ((${#missing[@]} > 0)); then
    echo "test.sh: installing ${missing[*]} with apt-get"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# --- Tests -----------------------------------------------------------------------------------------------
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Tiered PGO instruments hot methods to recompile them later: worth it for a server that runs for days, about a
# tenth of the CPU for a test run whose code mostly runs a few times (measured: docs/development.md).
export DOTNET_TieredPGO=0

results="$root/.test-results"
rm -rf "$results"
mkdir -p "$results"

# Build once, then run every test project in the solution's tests/ folder side by side, each line of its output
# marked with its name. One TRX file per project (its LogFilePrefix). A test that hangs is stopped after 10 minutes
# rather than at CI's limit.
status=0
dotnet build Ascent.slnx || status=$?

run_project() {
    local project="$1" name
    name="$(basename "$project" .csproj)"
    dotnet test "$project" --no-build \
        --results-directory "$results" \
        --logger "trx;LogFilePrefix=$name" \
        --logger "console;verbosity=normal" \
        --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | sed -u "s/^/[$name] /"
    return "${PIPESTATUS[0]}"
}

if ((status == 0)); then
    pids=()
    for project in tests/*/*.csproj; do
        run_project "$project" &
        pids+=("$!")
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || status=$?
    done
fi

# --- Summary from the TRX files: its last line is how CI counts the tests -------------------------------------
((status == 0)) || echo "test.sh: dotnet test failed (exit code $status)"
python=python3
command -v "$python" >/dev/null 2>&1 || python=/usr/bin/python3
summary_status=0
"$python" - "$results" <<'PY' || summary_status=$?
import pathlib, sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.trx"))
passed, failed, skipped = [], [], []
for trx in files:
    try:
        root = ET.parse(trx).getroot()
    except ET.ParseError as e:  # a test host that died mid-write
        failed.append(f"{trx.name} could not be read ({e})")
        continue
    for result in root.iterfind(".//t:Results/t:UnitTestResult", ns):
        name, outcome = result.get("testName"), result.get("outcome")
        if outcome == "Passed":
            passed.append(name)
        elif outcome in ("NotExecuted", "Inconclusive", "Pending", "Disconnected"):
            skipped.append(name)
        else:  # Failed, Error, Timeout, Aborted, …
            failed.append(f"{name} ({outcome})")

print(f"test.sh: read {len(files)} TRX file(s): {', '.join(f.name for f in files) or 'none'}")
for name in failed:
    print(f"FAILED: {name}")
for name in skipped:
    print(f"SKIPPED (a skipped test fails the run): {name}")
if not (passed or failed or skipped):
    print("test.sh: no test ran")
print(f"{len(passed)} passed, {len(failed)} failed, {len(skipped)} skipped")
sys.exit(1 if failed or skipped or not passed else 0)
PY

((status == 0)) || exit "$status"
((summary_status == 0)) || exit 1
