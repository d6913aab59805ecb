package heldout;

import javax.microedition.lcdui.game.Sprite;

/** Short names for the transform constants (shared by drawRegion and Sprite). */
final class Sprite0 {
    static final int NONE = Sprite.TRANS_NONE;
    static final int ROT90 = Sprite.TRANS_ROT90;
    static final int ROT180 = Sprite.TRANS_ROT180;
    static final int ROT270 = Sprite.TRANS_ROT270;
    static final int MIRROR = Sprite.TRANS_MIRROR;
    static final int MIRROR_ROT90 = Sprite.TRANS_MIRROR_ROT90;
    static final int MIRROR_ROT180 = Sprite.TRANS_MIRROR_ROT180;
    static final int MIRROR_ROT270 = Sprite.TRANS_MIRROR_ROT270;

    private Sprite0() {
    }
}
