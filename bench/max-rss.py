# Runs a command and prints, as JSON, its peak resident set size (KB, from wait4's rusage, which
# counts the command's own waited-for children too), its wall time (ms) and its exit status.
# usage: max-rss.py TIMEOUT_SECONDS COMMAND [ARG...]; past the timeout the command is killed
# (status -9) and what it had reached is still reported.
import json, os, signal, sys, time

timeout = int(sys.argv[1])
start = time.monotonic()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
signal.signal(signal.SIGALRM, lambda *_: os.kill(pid, signal.SIGKILL))
signal.alarm(timeout)
_, status, usage = os.wait4(pid, 0)
signal.alarm(0)
print(json.dumps({
    "maxRssKb": usage.ru_maxrss,
    "ms": round((time.monotonic() - start) * 1000),
    "status": os.waitstatus_to_exitcode(status),
}))
