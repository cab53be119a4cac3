#!/usr/bin/python3
"""LibreOffice's own costs of a workbook, timed apart through its UNO bridge (issue 15):

  load          loadComponentFromURL with recalculation on load turned off (the formulas are
                parsed and compiled, the cached values kept)
  hard recalc   XCalculatable.calculateAll(): every formula computed again
  edit          one cell set through the API, then XCalculatable.calculate() (the dirty cells
                only), as a keystroke would cost: each edit is timed alone and a dependent cell
                read before and after shows that the recalculation happened

Each figure is CPU seconds of the soffice.bin process (all its threads: user + system, from
/proc/PID/stat), so other programs on a busy machine do not count. No save, no read-back.

Usage: /usr/bin/python3 measure.py JOB.json   (bench/libreoffice.ts writes the job and reads the
one JSON line this prints). Needs Debian's python3-uno: apt-get install -y python3-uno.

JOB: {"soffice": "/usr/lib/libreoffice/program/soffice.bin", "profile": "/tmp/dir",
      "books": [{"path": "/tmp/a.xlsx", "runs": 3,
                 "edits": [{"label": "...", "sheet": "员工", "cell": "D5", "value": 2600}],
                 "watch": {"sheet": "工资 2026-12", "cell": "Q5"}}]}
"""
import ctypes
import json
import os
import signal
import subprocess
import sys
import time
import uuid

import uno  # noqa: F401  (Debian's python3-uno; bench/libreoffice.ts checks for it first)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

TICKS = os.sysconf("SC_CLK_TCK")

# OOXMLRecalcMode 1 = never recalculate on load: the load figure is loading alone.
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
"""


def cpu_seconds(pid):
    """utime + stime of a process, all threads, in seconds (fields 14 and 15 of /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def peak_mb(pid):
    """The most memory the process has held (VmHWM of /proc/PID/status), in MB, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def exit_status(code):
    """soffice.bin's end as words: a negative return code is the signal that ended it (SIGKILL is what the
    kernel's out-of-memory killer sends)."""
    if code is None:
        return "still running"
    if code < 0:
        name = signal.Signals(-code).name
        return f"killed by {name}" + (" (out of memory? see `dmesg`)" if name == "SIGKILL" else "")
    return f"exit code {code}"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def die_with_parent():
    """In soffice.bin before it runs: the kernel kills it when this script ends, however it ends — stopped at
    bench/libreoffice.ts's time limit (SIGTERM) or killed — rather than leaving it computing, orphaned, on a busy
    machine (PR_SET_PDEATHSIG, prctl(2))."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG


def start(soffice, profile):
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(PROFILE)
    pipe = "shopsheet-bench-" + uuid.uuid4().hex
    popen = lambda: subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_parent)
    args = [soffice, "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore", "--nologo",
            "--nolockcheck", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"]
    proc = popen()
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            # soffice.bin exits with 81 after setting up a new profile and expects to be started again
            # (the soffice script's oosplash does that; this is soffice.bin itself, so its CPU is the figure).
            if proc.poll() == 81:
                proc = popen()
            elif time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("soffice did not accept a UNO connection within 120 s")
            time.sleep(0.3)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


def measure_once(proc, desktop, book):
    url = uno.systemPathToFileUrl(os.path.abspath(book["path"]))
    t0 = cpu_seconds(proc.pid)
    w0 = time.time()
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False)))
    if doc is None:
        raise RuntimeError(f"LibreOffice could not open {book['path']}")
    t1 = cpu_seconds(proc.pid)
    w1 = time.time()
    doc.calculateAll()
    t2 = cpu_seconds(proc.pid)
    w2 = time.time()
    result = {"load": t1 - t0, "loadWall": w1 - w0, "recalc": t2 - t1, "recalcWall": w2 - w1, "edits": []}
    sheets = doc.getSheets()
    watch = book.get("watch")
    watched = sheets.getByName(watch["sheet"]).getCellRangeByName(watch["cell"]) if watch else None
    for edit in book.get("edits", []):
        cell = sheets.getByName(edit["sheet"]).getCellRangeByName(edit["cell"])
        before = watched.getValue() if watched is not None else None
        e0 = cpu_seconds(proc.pid)
        ew = time.time()
        cell.setValue(edit["value"])
        doc.calculate()
        e1 = cpu_seconds(proc.pid)
        result["edits"].append({
            "label": edit["label"], "cpu": e1 - e0, "wall": time.time() - ew,
            "watchBefore": before, "watchAfter": watched.getValue() if watched is not None else None,
        })
    doc.close(True)
    return result


def main():
    with open(sys.argv[1]) as f:
        job = json.load(f)
    proc, desktop = start(job["soffice"], job["profile"])

    out = []
    try:
        for book in job["books"]:
            runs = []
            name = os.path.basename(book["path"])
            for k in range(book.get("runs", 1)):
                peak = peak_mb(proc.pid)
                try:
                    run = measure_once(proc, desktop, book)
                except Exception as e:
                    # The UNO bridge says only that it is disposed when soffice.bin died under it: say that it died, how, and
                    # where (the bridge can notice before the process is gone: give it a moment).
                    try:
                        proc.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        pass
                    if proc.poll() is not None:
                        raise RuntimeError(f"soffice.bin ended ({exit_status(proc.returncode)}) while measuring {name}, run {k + 1} of {book.get('runs', 1)}; it held {peak} MB at most before that run") from e
                    raise RuntimeError(f"measuring {name}, run {k + 1}: {e}") from e
                runs.append(run)
                # Progress on stderr (bench/libreoffice.ts shows it as it comes): a long section is seen to be alive.
                sys.stderr.write(f"measure.py: {name} run {k + 1}/{book.get('runs', 1)}: load {run['load']:.1f} s, recalc {run['recalc']:.1f} s CPU; soffice.bin at most {peak_mb(proc.pid)} MB\n")
                sys.stderr.flush()
            out.append({"path": book["path"], "runs": runs})
    finally:
        try:
            desktop.terminate()
        except Exception:  # the bridge drops as soffice exits
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(json.dumps(out))


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as e:
        # One line bench/libreoffice.ts shows as the section's error (the traceback says no more than it).
        sys.stderr.write(f"measure.py failed: {e}\n")
        sys.exit(1)
