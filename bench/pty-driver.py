#!/usr/bin/env python3
"""Drives one program in a pseudo-terminal and times what it draws.

Why Python: its pty module gives a real terminal (raw mode, window size, SIGWINCH) with no npm
dependency, and doing the timing here keeps inter-process hops out of the measured path.

Reads a JSON plan on stdin, prints a JSON result on stdout:
  plan: {cmd, cwd, env, cols, rows, ready: [text...] | null, readyTimeoutMs, completePattern,
         keys: [{data, expect, reject, waitForExpect}], readyPattern, readyCount, settleMs, gapMs, idleMs, keyTimeoutMs, quit, quitTimeoutMs}
  result: {firstFrameMs, completeMs, readyMissing, hwmKb, perKey, exitCode, exitMs, tail}

completePattern: after the first frame, the time until the screen matches this pattern too, e.g.
a list header that shows the whole count once every file is read.

Text is looked for on the screen (screen.py), not in the byte stream: Ink rewrites only the part of
a line that changed. Each time is taken when the bytes that made the text show were read.
"""
import fcntl, json, os, re, select, signal, struct, subprocess, sys, termios, time

from screen import Screen

def vm_hwm_kb(pid):
    """Peak resident set size of one process, from the kernel's own bookkeeping."""
    try:
        with open(f'/proc/{pid}/status') as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def read_available(fd, timeout):
    ready, _, _ = select.select([fd], [], [], max(timeout, 0))
    if not ready:
        return None
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the child closed the terminal
        return b''


def main():
    plan = json.load(sys.stdin)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', plan['rows'], plan['cols'], 0, 0))

    def become_terminal_owner():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = dict(os.environ)
    env.update(plan.get('env') or {})
    start = time.perf_counter()
    child = subprocess.Popen(plan['cmd'], cwd=plan.get('cwd'), env=env, stdin=slave, stdout=slave,
                             stderr=slave, preexec_fn=become_terminal_owner, close_fds=True)
    os.close(slave)
    result = {'firstFrameMs': None, 'completeMs': None, 'readyMissing': None, 'hwmKb': None, 'perKey': [], 'exitCode': None, 'exitMs': None, 'tail': ''}
    seen = bytearray()
    screen = Screen(plan['cols'], plan['rows'])
    closed = False

    needles = plan.get('ready')
    pattern = re.compile(plan['readyPattern']) if plan.get('readyPattern') else None
    if pattern:
        # "At least N distinct matches on screen": for lists whose rows are not known ahead.
        count = plan.get('readyCount', 1)
        needles = [f'{count} distinct matches of {pattern.pattern}']
        is_ready = lambda text: len(set(pattern.findall(text))) >= count
    else:
        is_ready = lambda text: all(n in text for n in needles)
    if needles:
        deadline = start + plan.get('readyTimeoutMs', 20000) / 1000
        text = ''
        while time.perf_counter() < deadline and not closed:
            chunk = read_available(master, deadline - time.perf_counter())
            if chunk is None:
                continue
            if chunk == b'':
                closed = True
                break
            read_at = time.perf_counter()
            seen += chunk
            screen.feed(chunk)
            if is_ready(screen.text()):
                result['firstFrameMs'] = (read_at - start) * 1000
                break
        result['readyMissing'] = [] if is_ready(screen.text()) else needles

    complete = re.compile(plan['completePattern']) if plan.get('completePattern') else None
    if complete and result['firstFrameMs'] is not None:
        deadline = start + plan.get('readyTimeoutMs', 20000) / 1000
        read_at = time.perf_counter()
        while not complete.search(screen.text()) and time.perf_counter() < deadline:
            chunk = read_available(master, deadline - time.perf_counter())
            if not chunk:
                break
            read_at = time.perf_counter()
            seen += chunk
            screen.feed(chunk)
        if complete.search(screen.text()):
            result['completeMs'] = (read_at - start) * 1000

    gap = plan.get('gapMs', 60) / 1000
    idle = plan.get('idleMs', 40) / 1000
    key_timeout = plan.get('keyTimeoutMs', 2000) / 1000
    if result['firstFrameMs'] is not None:
        # Let start-up work (deferred loads, a second render) finish before timing keys.
        settle_until = time.perf_counter() + plan.get('settleMs', 300) / 1000
        while time.perf_counter() < settle_until:
            chunk = read_available(master, settle_until - time.perf_counter())
            if chunk:
                seen += chunk
                screen.feed(chunk)
        for key in plan.get('keys') or []:
            # Drain anything late so it is not mistaken for this key's frame.
            while (chunk := read_available(master, 0)):
                seen += chunk
                screen.feed(chunk)
            sent = time.perf_counter()
            os.write(master, key['data'].encode())
            last = None
            frame = bytearray()
            until = sent + key_timeout
            if key.get('waitForExpect'):
                # Other drawing may come first (start-up work): the time is until the expected text shows.
                read_at = sent
                while time.perf_counter() < until and key['expect'] not in screen.text():
                    chunk = read_available(master, until - time.perf_counter())
                    if not chunk:
                        break
                    read_at = time.perf_counter()
                    frame += chunk
                    screen.feed(chunk)
                seen += frame
                shown = key['expect'] in screen.text()
                result['perKey'].append((read_at - sent) * 1000 if shown else None)
                time.sleep(gap)
                continue
            while True:
                wait = (last + idle if last else until) - time.perf_counter()
                chunk = read_available(master, wait)
                if chunk is None or chunk == b'':
                    break
                last = time.perf_counter()
                frame += chunk
            seen += frame
            # The frame is put on the screen after its last byte, so the quiet wait is not slowed.
            screen.feed(bytes(frame))
            expect = key.get('expect')
            # Per key: ms to the end of the frame it caused, or None (no frame, or not the frame
            # expected, or a screen saying the key had nothing to do); keys with measure=false are
            # set-up moves and only their frame is awaited.
            shown = screen.text()
            reject = key.get('reject') or []
            if last is None or (expect and expect not in shown) or any(r in shown for r in reject):
                result['perKey'].append(None)
            else:
                result['perKey'].append((last - sent) * 1000)
            time.sleep(gap)
        result['hwmKb'] = vm_hwm_kb(child.pid)

    if not needles:
        # No frame to wait for (node -e 0): the figure is the time to exit.
        code = child.wait()
        result['firstFrameMs'] = (time.perf_counter() - start) * 1000
    shown_last = screen.text()
    quit_at = time.perf_counter()
    if result['firstFrameMs'] is not None and plan.get('quit'):
        os.write(master, plan['quit'].encode())
    elif needles:
        child.send_signal(signal.SIGTERM)
    end = quit_at + plan.get('quitTimeoutMs', 10000) / 1000
    while child.poll() is None and time.perf_counter() < end:
        chunk = read_available(master, 0.01)
        if chunk:
            seen += chunk
    if child.poll() is None:
        child.kill()
    code = child.wait()
    result['exitCode'] = code
    result['exitMs'] = (time.perf_counter() - quit_at) * 1000
    while (chunk := read_available(master, 0)):
        seen += chunk
    os.close(master)
    # What was on screen before quitting, for error messages (leaving the alternate screen clears it).
    result['tail'] = shown_last
    json.dump(result, sys.stdout)


if __name__ == '__main__':
    main()
