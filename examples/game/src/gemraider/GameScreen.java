package gemraider;

import java.io.IOException;
import java.util.Vector;
import javax.microedition.lcdui.Alert;
import javax.microedition.lcdui.AlertType;
import javax.microedition.lcdui.Command;
import javax.microedition.lcdui.CommandListener;
import javax.microedition.lcdui.Display;
import javax.microedition.lcdui.Displayable;
import javax.microedition.lcdui.Font;
import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;
import javax.microedition.lcdui.game.GameCanvas;
import javax.microedition.lcdui.game.LayerManager;
import javax.microedition.lcdui.game.Sprite;
import javax.microedition.lcdui.game.TiledLayer;

/**
 * The whole game on one GameCanvas: a title screen, the levels, the paused and game-over
 * screens. A thread runs the game at a fixed frame rate: read the keys, move everything,
 * draw the frame into the off-screen buffer, flush it, sleep until the next frame is due.
 */
class GameScreen extends GameCanvas implements Runnable, CommandListener {
    static final int FRAME_MS = 50;               // 20 frames a second
    static final int TILE = 16;
    // cells of tiles.png
    static final int GRASS = 1, FLOWERS = 2, SAND = 3, STONE = 4, WATER = 5, WATER2 = 6, BUSH = 7;
    // what the game is doing
    static final int TITLE = 0, PLAYING = 1, PAUSED = 2, LEVEL_DONE = 3, GAME_OVER = 4;
    static final int START_LIVES = 3, GEM_POINTS = 10, LEVEL_BONUS = 50;
    static final int PLAYER_SPEED = 3, MAX_ENEMY_SPEED = 4;
    static final int SAFE_FRAMES = 40, LEVEL_DONE_FRAMES = 40, GAME_OVER_FRAMES = 20;

    private final GemRaider midlet;
    private final int firstLevel;
    private final Command exitCommand = new Command("Exit", Command.EXIT, 1);
    private final Command pauseCommand = new Command("Pause", Command.SCREEN, 1);
    private final Command quitCommand = new Command("Quit", Command.OK, 1);
    private final Command playOnCommand = new Command("Play on", Command.BACK, 1);
    private final Font small = Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_BOLD, Font.SIZE_SMALL);
    private final Font large = Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_BOLD, Font.SIZE_LARGE);
    private final Font plain = Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_PLAIN, Font.SIZE_SMALL);
    private final Image tiles;
    private final Image gemImage;
    private final Image enemyImage;
    private final Image heart;
    private final Image playerSheet;
    private final Sprite player;

    private volatile boolean running;
    private volatile int state = TITLE;

    // the current level
    private LayerManager layers;
    private TiledLayer ground;
    private TiledLayer walls;
    private int water;                             // the animated water tile (negative)
    private Sprite[] gems;
    private Sprite[] enemies;
    private int[] enemyDx;
    private int[] enemyDy;
    private int gemsLeft;
    private int startX;
    private int startY;

    private int level;
    private int score;
    private int best;
    private int lives;
    private int safe;                              // frames of blinking invulnerability left
    private int timer;                             // frames left on the level-done / game-over screen
    private int tick;
    private int walk;
    private int facing = 0;                        // first frame of the walk cycle: 0 sideways, 2 up/down
    private boolean fireHeld;
    private int[] shadeRow = new int[0];

    GameScreen(GemRaider midlet, int firstLevel) {
        super(true);
        this.midlet = midlet;
        this.firstLevel = firstLevel;
        tiles = load("/tiles.png");
        gemImage = load("/gem.png");
        enemyImage = load("/enemy.png");
        heart = load("/heart.png");
        playerSheet = load("/player.png");
        player = new Sprite(playerSheet, TILE, TILE);
        player.defineReferencePixel(TILE / 2, TILE / 2);  // so mirroring turns it on the spot
        player.defineCollisionRectangle(3, 2, 10, 14);
        addCommand(exitCommand);
        addCommand(pauseCommand);
        setCommandListener(this);
        level = firstLevel;
        loadLevel();                               // the title screen shows the map behind it
    }

    private static Image load(String name) {
        try {
            return Image.createImage(name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage());
        }
    }

    // ---- the thread -----------------------------------------------------------------------

    void start() {
        running = true;
        new Thread(this).start();
    }

    void stop() {
        running = false;
    }

    /** The phone interrupted us (a call, another screen): stop the clock until FIRE. */
    void pause() {
        if (state == PLAYING) {
            state = PAUSED;
        }
    }

    public void run() {
        Graphics g = getGraphics();
        while (running) {
            long begun = System.currentTimeMillis();
            update();
            draw(g);
            flushGraphics();
            long rest = FRAME_MS - (System.currentTimeMillis() - begun);
            try {
                Thread.sleep(rest > 1 ? rest : 1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    protected void hideNotify() {
        pause();
    }

    public void commandAction(Command c, Displayable d) {
        if (c == exitCommand) {
            // asking covers the game with an Alert: hideNotify pauses it meanwhile
            Alert ask = new Alert("Gem Raider", "Leave the game? Your score will be lost.", null,
                                  AlertType.CONFIRMATION);
            ask.setTimeout(Alert.FOREVER);
            ask.addCommand(quitCommand);
            ask.addCommand(playOnCommand);
            ask.setCommandListener(this);
            Display.getDisplay(midlet).setCurrent(ask);
        } else if (c == quitCommand) {
            stop();
            midlet.exit();
        } else if (c == playOnCommand) {
            Display.getDisplay(midlet).setCurrent(this);   // paused: FIRE goes on
        } else if (c == pauseCommand) {
            if (state == PLAYING) {
                state = PAUSED;
            } else if (state == PAUSED) {
                state = PLAYING;
            }
        }
    }

    // ---- levels ---------------------------------------------------------------------------

    private void newGame() {
        level = firstLevel;
        score = 0;
        lives = START_LIVES;
        loadLevel();
        state = PLAYING;
    }

    /** Build the layers of the current level from its map. */
    private void loadLevel() {
        String[] rows = Maps.LEVELS[(level - 1) % Maps.LEVELS.length];
        int columns = rows[0].length();
        ground = new TiledLayer(columns, rows.length, tiles, TILE, TILE);
        walls = new TiledLayer(columns, rows.length, tiles, TILE, TILE);
        water = walls.createAnimatedTile(WATER);
        int speed = Math.min(level, MAX_ENEMY_SPEED);  // every level the slimes get faster
        Vector foundGems = new Vector();
        Vector foundEnemies = new Vector();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns; c++) {
                char ch = rows[r].charAt(c);
                ground.setCell(c, r, ch == ',' ? FLOWERS : ch == '=' ? SAND : GRASS);
                if (ch == '#') {
                    walls.setCell(c, r, STONE);
                } else if (ch == 'T') {
                    walls.setCell(c, r, BUSH);
                } else if (ch == '~') {
                    walls.setCell(c, r, water);
                } else if (ch == 'g') {
                    Sprite gem = new Sprite(gemImage, 12, 12);
                    gem.setPosition(c * TILE + 2, r * TILE + 2);
                    gem.setFrame(foundGems.size() % 4);  // so they do not all turn in step
                    foundGems.addElement(gem);
                } else if (ch == 'h' || ch == 'v') {
                    Sprite enemy = new Sprite(enemyImage, TILE, TILE);
                    enemy.defineCollisionRectangle(1, 1, TILE - 2, TILE - 2);
                    enemy.setPosition(c * TILE, r * TILE);
                    foundEnemies.addElement(enemy);
                    foundEnemies.addElement(new int[] {ch == 'h' ? speed : 0, ch == 'v' ? speed : 0});
                } else if (ch == 'P') {
                    startX = c * TILE;
                    startY = r * TILE;
                }
            }
        }
        gems = new Sprite[foundGems.size()];
        foundGems.copyInto(gems);
        gemsLeft = gems.length;
        int n = foundEnemies.size() / 2;
        enemies = new Sprite[n];
        enemyDx = new int[n];
        enemyDy = new int[n];
        for (int i = 0; i < n; i++) {
            enemies[i] = (Sprite) foundEnemies.elementAt(2 * i);
            int[] d = (int[]) foundEnemies.elementAt(2 * i + 1);
            enemyDx[i] = d[0];
            enemyDy[i] = d[1];
        }
        layers = new LayerManager();
        layers.append(player);                     // index 0 is drawn on top of everything
        for (int i = 0; i < enemies.length; i++) {
            layers.append(enemies[i]);
        }
        for (int i = 0; i < gems.length; i++) {
            layers.append(gems[i]);
        }
        layers.append(walls);
        layers.append(ground);
        respawn();
    }

    private void respawn() {
        player.setPosition(startX, startY);
        player.setTransform(Sprite.TRANS_NONE);
        player.setFrame(0);
        facing = 0;
        safe = SAFE_FRAMES;
    }

    // ---- one frame of the game --------------------------------------------------------------

    private void update() {
        tick++;
        int keys = getKeyStates();
        boolean fire = (keys & FIRE_PRESSED) != 0;
        boolean firePressed = fire && !fireHeld;
        fireHeld = fire;
        if (state != PAUSED) {                   // while paused, nothing moves
            walls.setAnimatedTile(water, (tick / 8) % 2 == 0 ? WATER : WATER2);
            for (int i = 0; i < gems.length; i++) {
                if (tick % 3 == 0) {
                    gems[i].nextFrame();
                }
            }
        }
        switch (state) {
            case TITLE:
                if (firePressed) {
                    newGame();
                }
                break;
            case PLAYING:
                play(keys);
                break;
            case PAUSED:
                if (firePressed) {
                    state = PLAYING;
                }
                break;
            case LEVEL_DONE:
                if (--timer <= 0) {
                    level++;
                    loadLevel();
                    state = PLAYING;
                }
                break;
            case GAME_OVER:
                if (timer > 0) {
                    timer--;
                } else if (firePressed) {
                    newGame();
                }
                break;
            default:
                break;
        }
    }

    private void play(int keys) {
        int dx = 0;
        int dy = 0;
        if ((keys & LEFT_PRESSED) != 0) {
            dx = -PLAYER_SPEED;
        } else if ((keys & RIGHT_PRESSED) != 0) {
            dx = PLAYER_SPEED;
        }
        if ((keys & UP_PRESSED) != 0) {
            dy = -PLAYER_SPEED;
        } else if ((keys & DOWN_PRESSED) != 0) {
            dy = PLAYER_SPEED;
        }
        if (dx != 0) {
            facing = 0;
            player.setTransform(dx < 0 ? Sprite.TRANS_MIRROR : Sprite.TRANS_NONE);
        } else if (dy != 0) {
            facing = 2;
            player.setTransform(Sprite.TRANS_NONE);
        }
        if (dx != 0 || dy != 0) {
            walk++;
        }
        player.setFrame(facing + (walk / 3) % 2);
        player.setVisible(true);
        slide(dx, 0);
        slide(0, dy);

        for (int i = 0; i < enemies.length; i++) {
            Sprite e = enemies[i];
            e.move(enemyDx[i], enemyDy[i]);
            if (e.collidesWith(walls, false) || outside(e)) {
                e.move(-enemyDx[i], -enemyDy[i]);
                enemyDx[i] = -enemyDx[i];
                enemyDy[i] = -enemyDy[i];
            }
            e.setFrame((tick / 6 + i) % 2);
        }

        for (int i = 0; i < gems.length; i++) {
            if (player.collidesWith(gems[i], false)) {
                gems[i].setVisible(false);
                score += GEM_POINTS;
                gemsLeft--;
            }
        }
        if (gemsLeft == 0) {
            score += LEVEL_BONUS;
            timer = LEVEL_DONE_FRAMES;
            state = LEVEL_DONE;
            return;
        }

        if (safe > 0) {
            safe--;
            return;
        }
        for (int i = 0; i < enemies.length; i++) {
            if (player.collidesWith(enemies[i], true)) {
                lives--;
                if (lives == 0) {
                    best = Math.max(best, score);
                    timer = GAME_OVER_FRAMES;
                    state = GAME_OVER;
                } else {
                    respawn();
                }
                return;
            }
        }
    }

    /** Move the player a pixel at a time until the full distance or a wall. */
    private void slide(int dx, int dy) {
        int steps = Math.abs(dx + dy);
        int sx = dx > 0 ? 1 : dx < 0 ? -1 : 0;
        int sy = dy > 0 ? 1 : dy < 0 ? -1 : 0;
        for (int i = 0; i < steps; i++) {
            player.move(sx, sy);
            if (player.collidesWith(walls, false) || outside(player)) {
                player.move(-sx, -sy);
                return;
            }
        }
    }

    private boolean outside(Sprite s) {
        return s.getX() < 0 || s.getY() < 0 || s.getX() + s.getWidth() > walls.getWidth()
            || s.getY() + s.getHeight() > walls.getHeight();
    }

    // ---- drawing ------------------------------------------------------------------------------

    private int hudHeight() {
        return small.getHeight() + 4;
    }

    private void draw(Graphics g) {
        int w = getWidth();
        int h = getHeight();
        g.setClip(0, 0, w, h);
        g.setColor(0x102018);
        g.fillRect(0, 0, w, h);
        if (state == TITLE) {
            drawTitle(g, w, h);
            return;
        }
        int top = hudHeight();
        int viewW = w;
        int viewH = h - top;
        int vx = follow(player.getX() + TILE / 2, viewW, walls.getWidth());
        int vy = follow(player.getY() + TILE / 2, viewH, walls.getHeight());
        player.setVisible(state != PLAYING || safe == 0 || (safe / 2) % 2 == 0);
        layers.setViewWindow(vx, vy, viewW, viewH);
        layers.paint(g, 0, top);
        player.setVisible(true);
        drawStatus(g, w, top);
        g.setClip(0, top, w, viewH);
        if (state == PAUSED) {
            dim(g, 0, top, w, viewH);
            panel(g, w, top + viewH / 2, "PAUSED", "Press FIRE to resume", 0xFFE070);
        } else if (state == LEVEL_DONE) {
            panel(g, w, top + viewH / 2, "LEVEL " + level + " CLEAR!", "Bonus +" + LEVEL_BONUS, 0x80FF80);
        } else if (state == GAME_OVER) {
            dim(g, 0, top, w, viewH);
            panel(g, w, top + viewH / 2, "GAME OVER", "Score " + score + "   Best " + best, 0xFF6060);
            if (timer == 0) {
                centered(g, "FIRE to play again", w, top + viewH / 2 + 3 * small.getHeight(), 0xFFFFFF, small);
            }
        }
    }

    /** Where the view window starts so that center is in the middle, kept on the map. */
    private static int follow(int center, int view, int size) {
        if (size <= view) {
            return (size - view) / 2;
        }
        int v = center - view / 2;
        return v < 0 ? 0 : v > size - view ? size - view : v;
    }

    private void drawStatus(Graphics g, int w, int top) {
        g.setColor(0x202838);
        g.fillRect(0, 0, w, top);
        g.setColor(0x506080);
        g.drawLine(0, top - 1, w, top - 1);
        g.setFont(small);
        g.setColor(0xFFFFFF);
        g.drawString("SCORE " + score, 3, 2, Graphics.TOP | Graphics.LEFT);
        g.setColor(0xA0C0FF);
        g.drawString("LV " + level, w / 2, 2, Graphics.TOP | Graphics.HCENTER);
        for (int i = 0; i < lives; i++) {
            g.drawImage(heart, w - 3 - (i + 1) * (heart.getWidth() + 2), (top - heart.getHeight()) / 2,
                        Graphics.TOP | Graphics.LEFT);
        }
    }

    private void drawTitle(Graphics g, int w, int h) {
        // level 1 drifts by behind the title
        int spanX = Math.max(1, walls.getWidth() - w);
        int spanY = Math.max(1, walls.getHeight() - h);
        int t = tick % (2 * spanX);
        int vx = t < spanX ? t : 2 * spanX - t;
        int vy = follow(walls.getHeight() / 2, h, walls.getHeight());
        if (walls.getHeight() > h) {
            vy = (spanY * vx) / spanX;
        }
        layers.setViewWindow(vx, vy, w, h);
        player.setVisible(false);
        layers.paint(g, 0, 0);
        player.setVisible(true);
        dim(g, 0, 0, w, h);

        int y = h / 6;
        centered(g, "GEM RAIDER", w, y + 2, 0x000000, large);
        centered(g, "GEM RAIDER", w, y, 0xFFD040, large);
        y += large.getHeight() + small.getHeight();
        int gx = w / 2 - 8;
        g.drawRegion(gemImage, ((tick / 3) % 4) * 12, 0, 12, 12, Sprite.TRANS_NONE,
                     w / 4, y, Graphics.TOP | Graphics.HCENTER);
        g.drawRegion(enemyImage, ((tick / 6) % 2) * TILE, 0, TILE, TILE, Sprite.TRANS_NONE,
                     3 * w / 4, y - 2, Graphics.TOP | Graphics.HCENTER);
        g.setFont(plain);
        g.setColor(0x80F0FF);
        g.drawString("collect", w / 4, y + TILE, Graphics.TOP | Graphics.HCENTER);
        g.setColor(0xE0A0FF);
        g.drawString("avoid", 3 * w / 4, y + TILE, Graphics.TOP | Graphics.HCENTER);
        g.drawRegion(playerSheet, (2 + (tick / 4) % 2) * TILE, 0, TILE, TILE, Sprite.TRANS_NONE,
                     gx, y - 2, Graphics.TOP | Graphics.LEFT);
        y += TILE + 2 * small.getHeight();
        if ((tick / 10) % 2 == 0) {
            centered(g, "Press FIRE to start", w, y, 0xFFFFFF, small);
        }
        y += 2 * small.getHeight();
        centered(g, "Arrows / 2 4 6 8 move", w, y, 0xC0C0C0, plain);
        if (best > 0) {
            centered(g, "Best " + best, w, y + small.getHeight() + 2, 0xFFD040, small);
        }
    }

    private void centered(Graphics g, String text, int w, int y, int color, Font font) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, w / 2, y, Graphics.TOP | Graphics.HCENTER);
    }

    /** A box across the middle with a big line and a small one. */
    private void panel(Graphics g, int w, int cy, String headline, String line, int color) {
        int bh = large.getHeight() + small.getHeight() + 12;
        int bw = Math.min(w - 8, Math.max(large.stringWidth(headline), small.stringWidth(line)) + 24);
        int bx = (w - bw) / 2;
        int by = cy - bh / 2;
        g.setColor(0x182030);
        g.fillRoundRect(bx, by, bw, bh, 10, 10);
        g.setColor(color);
        g.drawRoundRect(bx, by, bw - 1, bh - 1, 10, 10);
        centered(g, headline, w, by + 4, color, large);
        centered(g, line, w, by + 6 + large.getHeight(), 0xFFFFFF, small);
    }

    /** Darken a rectangle with half-transparent black (drawRGB with alpha). */
    private void dim(Graphics g, int x, int y, int w, int h) {
        if (shadeRow.length < w) {
            shadeRow = new int[w];
            for (int i = 0; i < w; i++) {
                shadeRow[i] = 0x90000000;
            }
        }
        for (int j = 0; j < h; j++) {
            g.drawRGB(shadeRow, 0, w, x, y + j, w, 1, true);
        }
    }
}
