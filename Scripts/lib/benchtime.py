#!/usr/bin/env python3
"""Timing helper for Scripts/bench. Prints one number: the median in milliseconds.

  benchtime.py run RUNS -- CMD...          whole process, spawn to exit (output discarded)
  benchtime.py prompt RUNS TEXT -- CMD...  spawn in a pseudo-terminal (100x30) until TEXT
                                           appears on it; then Ctrl-D and reap
One warm-up run is made first and not counted.
"""
import os, pty, select, signal, statistics, struct, subprocess, sys, time, fcntl, termios


def whole_process(cmd):
    t0 = time.perf_counter()
    subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def first_prompt(cmd, text, limit=20.0):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    seen = b""
    elapsed = None
    try:
        while elapsed is None:
            left = t0 + limit - time.perf_counter()
            ready, _, _ = select.select([fd], [], [], max(0.0, left))
            if not ready:
                sys.exit(f"benchtime: no {text!r} within {limit} s from {cmd}; saw {seen[-200:]!r}")
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                sys.exit(f"benchtime: {cmd} ended before showing {text!r}; saw {seen[-200:]!r}")
            seen += chunk
            if text in seen:
                elapsed = time.perf_counter() - t0
        os.write(fd, b"\x04")  # Ctrl-D on the empty line: a clean exit
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                pid = 0
                break
            if select.select([fd], [], [], 0.05)[0]:
                try:
                    os.read(fd, 65536)
                except OSError:
                    pass
    finally:
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    return elapsed


def main(argv):
    if len(argv) < 4 or "--" not in argv:
        sys.exit(__doc__)
    split = argv.index("--")
    mode, runs, cmd = argv[1], int(argv[2]), argv[split + 1:]
    if mode == "run":
        measure = lambda: whole_process(cmd)
    elif mode == "prompt":
        text = argv[3].encode()
        measure = lambda: first_prompt(cmd, text)
    else:
        sys.exit(__doc__)
    measure()
    times = [measure() for _ in range(runs)]
    print(f"{statistics.median(times) * 1000:.1f}")


if __name__ == "__main__":
    main(sys.argv)
