package javax.microedition.lcdui;

/**
 * Kava's Form layout (documented in docs/lcdui.md). Items are placed top to bottom in rows
 * as wide as the Form (less margins and the scroll bar):
 *
 * - An item without LAYOUT_2 has a row of its own: its preferred width (the full row with
 *   LAYOUT_EXPAND, its minimum with LAYOUT_SHRINK), aligned by its horizontal layout.
 * - LAYOUT_2 items share rows: a row ends before an item with LAYOUT_NEWLINE_BEFORE, after
 *   one with LAYOUT_NEWLINE_AFTER, before an item whose horizontal alignment differs from
 *   the row's, and when the next item does not fit. LAYOUT_EXPAND items share what is left
 *   of their row; the row is aligned left, centered or right as its first item asks.
 * - A row is as tall as its tallest item; the others sit at its bottom (LAYOUT_TOP,
 *   LAYOUT_VCENTER move them, LAYOUT_VEXPAND stretches them to the row).
 * - Items are GAP pixels apart, horizontally and vertically.
 */
final class FormLayout {
    static final int GAP = 2;

    private FormLayout() {
    }

    /** Place items (Item.x/y/width/height) in a view width wide; returns the total height. */
    static int layout(java.util.Vector items, int width) {
        int inner = width - 2 * Ui.MARGIN - Ui.SCROLLBAR;
        int y = Ui.MARGIN;
        int i = 0;
        while (i < items.size()) {
            int end = rowEnd(items, i, inner);
            y += placeRow(items, i, end, inner, y) + GAP;
            i = end;
        }
        return y - GAP + Ui.MARGIN;
    }

    private static int align(Item item) {
        int h = item.getLayout() & 3;
        return h == Item.LAYOUT_DEFAULT ? Item.LAYOUT_LEFT : h;
    }

    private static boolean flows(Item item) {
        return (item.getLayout() & Item.LAYOUT_2) != 0;
    }

    /** The width item asks for in a row inner pixels wide. */
    private static int wanted(Item item, int inner) {
        int layout = item.getLayout();
        int w = (layout & Item.LAYOUT_SHRINK) != 0 ? item.getMinimumWidth() : item.getPreferredWidth();
        if ((layout & Item.LAYOUT_EXPAND) != 0 && !flows(item)) {
            w = inner;
        }
        return Math.min(w, inner);
    }

    /** The index after the last item of the row starting at first. */
    private static int rowEnd(java.util.Vector items, int first, int inner) {
        Item head = (Item) items.elementAt(first);
        if (!flows(head) || (head.getLayout() & Item.LAYOUT_NEWLINE_AFTER) != 0) {
            return first + 1;
        }
        int used = wanted(head, inner);
        int i = first + 1;
        while (i < items.size()) {
            Item next = (Item) items.elementAt(i);
            int layout = next.getLayout();
            if (!flows(next) || (layout & Item.LAYOUT_NEWLINE_BEFORE) != 0 || align(next) != align(head)) {
                break;
            }
            int w = wanted(next, inner);
            if (used + GAP + w > inner) {
                break;
            }
            used += GAP + w;
            i++;
            if ((layout & Item.LAYOUT_NEWLINE_AFTER) != 0) {
                break;
            }
        }
        return i;
    }

    /** Place items [first, end) as one row at y; returns the row's height. */
    private static int placeRow(java.util.Vector items, int first, int end, int inner, int y) {
        int n = end - first;
        int[] widths = new int[n];
        int used = GAP * (n - 1);
        int expanders = 0;
        for (int k = 0; k < n; k++) {
            Item item = (Item) items.elementAt(first + k);
            widths[k] = wanted(item, inner);
            used += widths[k];
            if ((item.getLayout() & Item.LAYOUT_EXPAND) != 0) {
                expanders++;
            }
        }
        int spare = Math.max(0, inner - used);
        for (int k = 0; k < n && expanders > 0; k++) {
            Item item = (Item) items.elementAt(first + k);
            if ((item.getLayout() & Item.LAYOUT_EXPAND) != 0) {
                int share = spare / expanders;
                widths[k] += share;
                spare -= share;
                used += share;
                expanders--;
            }
        }
        int rowHeight = 0;
        int[] heights = new int[n];
        for (int k = 0; k < n; k++) {
            Item item = (Item) items.elementAt(first + k);
            heights[k] = (item.getLayout() & Item.LAYOUT_VSHRINK) != 0
                    ? item.getMinimumHeight() : item.heightFor(widths[k]);
            rowHeight = Math.max(rowHeight, heights[k]);
        }
        int x = Ui.MARGIN;
        int alignment = align((Item) items.elementAt(first));
        if (alignment == Item.LAYOUT_CENTER) {
            x += Math.max(0, inner - used) / 2;
        } else if (alignment == Item.LAYOUT_RIGHT) {
            x += Math.max(0, inner - used);
        }
        for (int k = 0; k < n; k++) {
            Item item = (Item) items.elementAt(first + k);
            int layout = item.getLayout();
            int h = (layout & Item.LAYOUT_VEXPAND) != 0 ? rowHeight : heights[k];
            int v = layout & Item.LAYOUT_VCENTER;
            int top = y + rowHeight - h;
            if (v == Item.LAYOUT_TOP) {
                top = y;
            } else if (v == Item.LAYOUT_VCENTER) {
                top = y + (rowHeight - h) / 2;
            }
            item.x = x;
            item.y = top;
            item.width = widths[k];
            item.height = h;
            item.sized(widths[k] - 2 * Ui.PAD, h - item.contentY() - Ui.PAD);
            x += widths[k] + GAP;
        }
        return rowHeight;
    }
}
