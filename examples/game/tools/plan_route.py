"""Find a route through level 1 of Gem Raider and print it as script commands.

    python3 examples/game/tools/plan_route.py > route.txt

It replays the game's rules in Python, frame by frame (GameScreen.java: 20 frames a
second, the player 3 pixels a frame with collision rectangle (3, 2, 10, 14), slimes
1 pixel a frame with (1, 1, 14, 14), bouncing off walls, 40 safe frames at the start),
walks to each gem in turn along the shortest path of cells, and waits, or steps back,
when a slime would come within a pixel in the next frames. A rectangle overlap counts
as a hit here, which is stricter than the game's pixel-level test, so a route that
passes here passes in the game. The commands start right after the title screen's
`key FIRE` (the frame that reads FIRE comes first: hence the `wait 50`).
examples/game/level1.script is this output with screenshots around it.
"""

import collections
import copy
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = [(5, 2), (8, 2), (8, 5), (16, 6), (18, 10), (18, 14), (21, 16), (12, 18), (9, 14), (8, 11),
         (2, 16), (3, 9)]
KEYS = {(3, 0): 'RIGHT', (-3, 0): 'LEFT', (0, 3): 'DOWN', (0, -3): 'UP'}


def level_one():
    with open(os.path.join(HERE, os.pardir, 'src', 'gemraider', 'Maps.java'), encoding='utf-8') as f:
        strings = re.findall(r'"([^"]+)"', f.read())
    rows = []
    for s in strings:                       # the first map ends with its second all-wall row
        rows.append(s)
        if len(rows) > 1 and set(s) == {'#'}:
            break
    return rows


ROWS = level_one()
WIDTH, HEIGHT = len(ROWS[0]) * 16, len(ROWS) * 16


def wall(c, r):
    return ROWS[r][c] in '#T~'


def hits_walls(x, y, w, h):
    return any(wall(c, r) for r in range(y // 16, (y + h - 1) // 16 + 1)
               for c in range(x // 16, (x + w - 1) // 16 + 1))


def outside(x, y):
    return x < 0 or y < 0 or x + 16 > WIDTH or y + 16 > HEIGHT


def overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


class Hit(Exception):
    pass


class Game:
    def __init__(self):
        cells = [(c, r, ch) for r, row in enumerate(ROWS) for c, ch in enumerate(row)]
        self.x, self.y = [(c * 16, r * 16) for c, r, ch in cells if ch == 'P'][0]
        self.gems = {(c * 16 + 2, r * 16 + 2) for c, r, ch in cells if ch == 'g'}
        self.slimes = [[c * 16, r * 16, int(ch == 'h'), int(ch == 'v')] for c, r, ch in cells if ch in 'hv']
        self.safe = 40
        self.margin = 0
        self.frames = []

    def step(self, dx, dy):
        self.frames.append((dx, dy))
        for mx, my in ((dx, 0), (0, dy)):
            sx, sy = (mx > 0) - (mx < 0), (my > 0) - (my < 0)
            for _ in range(abs(mx + my)):
                self.x += sx
                self.y += sy
                if hits_walls(self.x + 3, self.y + 2, 10, 14) or outside(self.x, self.y):
                    self.x -= sx
                    self.y -= sy
                    break
        for s in self.slimes:
            s[0] += s[2]
            s[1] += s[3]
            if hits_walls(s[0] + 1, s[1] + 1, 14, 14) or outside(s[0], s[1]):
                s[0] -= s[2]
                s[1] -= s[3]
                s[2], s[3] = -s[2], -s[3]
        me = (self.x + 3, self.y + 2, 10, 14)
        self.gems = {g for g in self.gems if not overlap(me, (g[0], g[1], 12, 12))}
        if self.safe > 0:
            self.safe -= 1
            return
        m = self.margin
        for s in self.slimes:
            if overlap((me[0] - m, me[1] - m, me[2] + 2 * m, me[3] + 2 * m), (s[0] + 1, s[1] + 1, 14, 14)):
                raise Hit((len(self.frames), self.x, self.y, s))

    def danger(self, dx, dy, frames=6):
        trial = copy.deepcopy(self)
        trial.safe, trial.margin = 0, 1
        try:
            for _ in range(frames):
                trial.step(dx, dy)
        except Hit:
            return True
        return False


def shortest_path(start, goal):
    came = {start: None}
    queue = collections.deque([start])
    while queue:
        c, r = queue.popleft()
        for n in ((c + 1, r), (c - 1, r), (c, r + 1), (c, r - 1)):
            if not wall(*n) and n not in came:
                came[n] = (c, r)
                queue.append(n)
    path = [goal]
    while came[path[-1]] is not None:
        path.append(came[path[-1]])
    return path[::-1]


def stop_at(now, cell, low, high):
    """The coordinate in the cell's range reachable from now in steps of 3, nearest the cell's edge."""
    options = [v for v in range(cell * 16 + low, cell * 16 + high + 1) if (v - now) % 3 == 0]
    return min(options, key=lambda v: abs(v - cell * 16))


def careful_step(game, dx, dy):
    for _ in range(400):
        if not game.danger(dx, dy):
            break
        if game.danger(0, 0) and not game.danger(-dx, -dy, 3):
            game.step(-dx, -dy)             # back off
        else:
            game.step(0, 0)                 # let it pass
    game.step(dx, dy)


def walk(game, goal):
    path = shortest_path(((game.x + 8) // 16, (game.y + 8) // 16), goal)
    i = 0
    while i < len(path) - 1:
        dc, dr = path[i + 1][0] - path[i][0], path[i + 1][1] - path[i][1]
        j = i + 1
        while j + 1 < len(path) and (path[j + 1][0] - path[j][0], path[j + 1][1] - path[j][1]) == (dc, dr):
            j += 1
        if dc:
            target = stop_at(game.x, path[j][0], -3, 3)
            while game.x != target:
                careful_step(game, 3 if target > game.x else -3, 0)
        else:
            target = stop_at(game.y, path[j][1], -2, 0)
            while game.y != target:
                careful_step(game, 0, 3 if target > game.y else -3)
        i = j


def commands(frames):
    out = ['wait 50']
    i = 0
    while i < len(frames):
        j = i
        while j < len(frames) and frames[j] == frames[i]:
            j += 1
        if frames[i] == (0, 0):
            out.append('wait %d' % ((j - i) * 50))
        else:
            key = KEYS[frames[i]]
            out += ['press ' + key, 'wait %d' % ((j - i) * 50), 'release ' + key]
        i = j
    return out


def main():
    game = Game()
    for gem in ORDER:
        walk(game, gem)
    assert not game.gems, 'gems left: %s' % sorted(game.gems)
    print('\n'.join(commands(game.frames)))


if __name__ == '__main__':
    main()
