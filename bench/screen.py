"""A small model of the terminal screen, fed the bytes a program writes.

Why: Ink rewrites only what changed on a line (an unchanged start of a line is skipped), so a
text like "Articles 1/10000" may never appear in the byte stream in one piece. The bench looks
for text on this screen instead, as a user would see it. It knows what Ink writes: printable
text, CR/LF/BS/TAB, cursor moves (CSI A B C D E F G H f d), erasing (CSI J K), the alternate
screen (CSI ?1049h/l, which clears it); colours and other modes are ignored.
"""
import codecs, re, unicodedata

CSI = re.compile(r'\x1b\[([0-?]*)([ -/]*)([@-~])')
OSC = re.compile(r'\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)')


def width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1


class Screen:
    def __init__(self, cols, rows):
        self.cols, self.rows = cols, rows
        self.decoder = codecs.getincrementaldecoder('utf-8')('replace')
        self.pending = ''
        self.clear()

    def clear(self):
        self.grid = [[' '] * self.cols for _ in range(self.rows)]
        self.r = self.c = 0
        # A character written in the last column leaves the cursor there; the line wraps only
        # when another character comes (as in xterm), and any cursor move cancels that.
        self.wrap = False

    def text(self):
        return '\n'.join(''.join(row).rstrip() for row in self.grid)

    def _down(self):
        if self.r == self.rows - 1:
            self.grid.pop(0)
            self.grid.append([' '] * self.cols)
        else:
            self.r += 1

    def _put(self, ch):
        w = width(ch)
        if w == 0:
            return
        if self.wrap or self.c + w > self.cols:
            self.c = 0
            self._down()
        self.wrap = False
        self.grid[self.r][self.c] = ch
        if w == 2:
            self.grid[self.r][self.c + 1] = ''
        if self.c + w >= self.cols:
            self.c = self.cols - 1
            self.wrap = True
        else:
            self.c += w

    def _csi(self, params, final):
        private = params.startswith('?')
        nums = [int(p) if p.isdigit() else 0 for p in params.lstrip('?').split(';')] if params.lstrip('?') else []
        n = max(nums[0], 1) if nums else 1
        self.wrap = False
        if private:
            if final in 'hl' and 1049 in nums:
                self.clear()
            return
        if final == 'A':
            self.r = max(self.r - n, 0)
        elif final == 'B':
            self.r = min(self.r + n, self.rows - 1)
        elif final == 'C':
            self.c = min(self.c + n, self.cols - 1)
        elif final == 'D':
            self.c = max(self.c - n, 0)
        elif final == 'E':
            self.r, self.c = min(self.r + n, self.rows - 1), 0
        elif final == 'F':
            self.r, self.c = max(self.r - n, 0), 0
        elif final == 'G':
            self.c = min(n - 1, self.cols - 1)
        elif final == 'd':
            self.r = min(n - 1, self.rows - 1)
        elif final in 'Hf':
            row = nums[0] if nums else 1
            col = nums[1] if len(nums) > 1 else 1
            self.r, self.c = min(max(row, 1), self.rows) - 1, min(max(col, 1), self.cols) - 1
        elif final == 'K':
            mode = nums[0] if nums else 0
            line = self.grid[self.r]
            span = range(self.c, self.cols) if mode == 0 else range(0, self.c + 1) if mode == 1 else range(self.cols)
            for i in span:
                line[i] = ' '
        elif final == 'J':
            mode = nums[0] if nums else 0
            if mode in (2, 3):
                self.grid = [[' '] * self.cols for _ in range(self.rows)]
            elif mode == 0:
                self.grid[self.r][self.c:] = [' '] * (self.cols - self.c)
                for row in range(self.r + 1, self.rows):
                    self.grid[row] = [' '] * self.cols
            elif mode == 1:
                for row in range(self.r):
                    self.grid[row] = [' '] * self.cols
                self.grid[self.r][:self.c + 1] = [' '] * (self.c + 1)

    def feed(self, data):
        text = self.pending + self.decoder.decode(data)
        self.pending = ''
        i, end = 0, len(text)
        while i < end:
            ch = text[i]
            if ch == '\x1b':
                m = CSI.match(text, i) or OSC.match(text, i)
                if m is None:
                    if end - i < 64 and ('[' == text[i + 1:i + 2] or ']' == text[i + 1:i + 2] or i + 1 == end):
                        self.pending = text[i:]  # an escape split across reads
                        return
                    i += 2
                    continue
                if m.re is CSI and not m.group(2):
                    self._csi(m.group(1), m.group(3))
                i = m.end()
                continue
            if ch in '\r\n\b\t':
                self.wrap = False
            if ch == '\r':
                self.c = 0
            elif ch == '\n':
                self._down()
            elif ch == '\b':
                self.c = max(self.c - 1, 0)
            elif ch == '\t':
                self.c = min((self.c // 8 + 1) * 8, self.cols - 1)
            elif ch >= ' ' and ch != '\x7f':
                self._put(ch)
            i += 1
