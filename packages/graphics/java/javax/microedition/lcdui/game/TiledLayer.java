package javax.microedition.lcdui.game;

import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.Image;

/**
 * A grid of cells, each showing a tile: 0 is empty, 1..n are the static tiles cut from
 * the image (left to right, top to bottom), and -1, -2, ... are animated tiles, each
 * standing for a static tile (or 0) that the app changes with setAnimatedTile.
 */
public class TiledLayer extends Layer {
    private final int columns;
    private final int rows;
    private final int[] cells;          // row by row
    private ImageCells tiles;           // the static tiles: tile n is cell n - 1
    private int[] animated = new int[4];
    private int animatedCount;

    public TiledLayer(int columns, int rows, Image image, int tileWidth, int tileHeight) {
        super(0, 0);
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a tiled layer needs at least one column and one row");
        }
        this.columns = columns;
        this.rows = rows;
        long count = (long) columns * rows;
        if (count > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("a tiled layer of " + columns + " x " + rows + " cells");
        }
        cells = new int[(int) count];
        cutTiles(image, tileWidth, tileHeight);
    }

    private void cutTiles(Image img, int tw, int th) {
        tiles = new ImageCells(img, tw, th, "tile");
        setSize(columns * tw, rows * th);
    }

    /**
     * New static tiles. With at least as many tiles as before, the cells and the animated
     * tiles stay; with fewer, every cell becomes empty and the animated tiles are gone.
     */
    public void setStaticTileSet(Image image, int tileWidth, int tileHeight) {
        int before = tiles.count;
        cutTiles(image, tileWidth, tileHeight);
        if (tiles.count < before) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = 0;
            }
            animated = new int[4];
            animatedCount = 0;
        }
    }

    // ---- animated tiles ------------------------------------------------------------------

    /** A new animated tile showing staticTileIndex (0..n); returns its index: -1, -2, ... */
    public int createAnimatedTile(int staticTileIndex) {
        checkStatic(staticTileIndex);
        if (animatedCount == animated.length) {
            int[] bigger = new int[animated.length * 2];
            System.arraycopy(animated, 0, bigger, 0, animatedCount);
            animated = bigger;
        }
        animated[animatedCount++] = staticTileIndex;
        return -animatedCount;
    }

    public void setAnimatedTile(int animatedTileIndex, int staticTileIndex) {
        checkStatic(staticTileIndex);
        animated[animatedSlot(animatedTileIndex)] = staticTileIndex;
    }

    public int getAnimatedTile(int animatedTileIndex) {
        return animated[animatedSlot(animatedTileIndex)];
    }

    private void checkStatic(int staticTileIndex) {
        if (staticTileIndex < 0 || staticTileIndex > tiles.count) {
            throw new IndexOutOfBoundsException("static tile " + staticTileIndex
                    + " (the layer has " + tiles.count + ")");
        }
    }

    private int animatedSlot(int animatedTileIndex) {
        if (animatedTileIndex >= 0 || animatedTileIndex < -animatedCount) {
            throw new IndexOutOfBoundsException("animated tile " + animatedTileIndex
                    + " (the layer has " + animatedCount + ")");
        }
        return -animatedTileIndex - 1;
    }

    // ---- cells ----------------------------------------------------------------------------

    public void setCell(int col, int row, int tileIndex) {
        checkCell(col, row);
        checkTile(tileIndex);
        cells[row * columns + col] = tileIndex;
    }

    public int getCell(int col, int row) {
        checkCell(col, row);
        return cells[row * columns + col];
    }

    /** Set the numCols x numRows cells from (col, row) to tileIndex. */
    public void fillCells(int col, int row, int numCols, int numRows, int tileIndex) {
        if (numCols < 0 || numRows < 0) {
            throw new IllegalArgumentException("negative region size");
        }
        if (col < 0 || row < 0 || col > columns - numCols || row > rows - numRows) {
            throw new IndexOutOfBoundsException("the region is not inside the grid");
        }
        checkTile(tileIndex);
        for (int r = row; r < row + numRows; r++) {
            for (int c = col; c < col + numCols; c++) {
                cells[r * columns + c] = tileIndex;
            }
        }
    }

    private void checkCell(int col, int row) {
        if (col < 0 || row < 0 || col >= columns || row >= rows) {
            throw new IndexOutOfBoundsException("cell (" + col + ", " + row + ") of "
                    + columns + "x" + rows);
        }
    }

    private void checkTile(int tileIndex) {
        if (tileIndex > tiles.count || tileIndex < -animatedCount) {
            throw new IndexOutOfBoundsException("tile " + tileIndex);
        }
    }

    public final int getCellWidth() {
        return tiles.cellWidth;
    }

    public final int getCellHeight() {
        return tiles.cellHeight;
    }

    public final int getColumns() {
        return columns;
    }

    public final int getRows() {
        return rows;
    }

    /** The static tile a cell shows now (animated tiles resolved), 0 if empty. */
    private int shownTile(int col, int row) {
        int t = cells[row * columns + col];
        return t < 0 ? animated[-t - 1] : t;
    }

    // ---- painting -----------------------------------------------------------------------

    /** Draws the non-empty cells that meet g's clip, with the layer's top-left at (getX, getY). */
    public final void paint(Graphics g) {
        if (g == null) {
            throw new NullPointerException();
        }
        if (!visible) {
            return;
        }
        int[] span = cellsIn(g.getClipX(), g.getClipY(), g.getClipWidth(), g.getClipHeight());
        if (span == null) {
            return;
        }
        int tw = tiles.cellWidth;
        int th = tiles.cellHeight;
        for (int row = span[1]; row <= span[3]; row++) {
            for (int col = span[0]; col <= span[2]; col++) {
                int tile = shownTile(col, row);
                if (tile > 0) {
                    g.drawRegion(tiles.image, tiles.left(tile - 1), tiles.top(tile - 1), tw, th, Sprite.TRANS_NONE,
                                 x + col * tw, y + row * th, Graphics.TOP | Graphics.LEFT);
                }
            }
        }
    }

    /**
     * The cells that meet the rectangle (rx, ry, rw, rh) in the painter's coordinates:
     * {first column, first row, last column, last row}, or null if none.
     */
    private int[] cellsIn(int rx, int ry, int rw, int rh) {
        if (rw <= 0 || rh <= 0) {
            return null;
        }
        int tw = tiles.cellWidth;
        int th = tiles.cellHeight;
        int c0 = Math.max(0, floorDiv(rx - x, tw));
        int r0 = Math.max(0, floorDiv(ry - y, th));
        int c1 = Math.min(columns - 1, floorDiv(rx + rw - 1 - x, tw));
        int r1 = Math.min(rows - 1, floorDiv(ry + rh - 1 - y, th));
        if (c0 > c1 || r0 > r1) {
            return null;
        }
        return new int[] {c0, r0, c1, r1};
    }

    // ---- collisions ---------------------------------------------------------------------

    /** Whether a cell that shows a tile meets r ({x, y, w, h} in the painter's coordinates). */
    boolean hasTileIn(int[] r) {
        int[] span = cellsIn(r[0], r[1], r[2], r[3]);
        if (span != null) {
            for (int row = span[1]; row <= span[3]; row++) {
                for (int col = span[0]; col <= span[2]; col++) {
                    if (shownTile(col, row) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean opaqueAt(int px, int py) {
        int lx = px - x;
        int ly = py - y;
        if (lx < 0 || ly < 0 || lx >= width || ly >= height) {
            return false;
        }
        int tw = tiles.cellWidth;
        int th = tiles.cellHeight;
        int tile = shownTile(lx / tw, ly / th);
        return tile != 0 && tiles.opaque(tile - 1, lx % tw, ly % th);
    }
}
