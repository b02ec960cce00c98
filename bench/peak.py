"""`python -m bench.peak FILE MODULE ARGS...`: run `python -m MODULE ARGS...` in this process
and write its peak RSS in KiB (the kernel's VmHWM) to FILE when it exits.

`ru_maxrss` of a child cannot be trusted for this: the kernel carries the parent's high-water
mark across fork and exec, so a child of a big benchmark process reports the benchmark's own
peak. VmHWM belongs to the address space exec made, so it is the child's alone.
"""

from __future__ import annotations

import atexit
import runpy
import sys


def _write_peak(path: str) -> None:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(path, "w", encoding="ascii") as out:
        out.write(peak)


def main() -> None:
    path, module, *arguments = sys.argv[1:]
    atexit.register(_write_peak, path)
    sys.argv = [module, *arguments]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
