package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * Key codes, key names and game actions, for Canvas and CustomItem: the arrows and FIRE
 * are the device's keys (the profile chooses their codes); 2/4/6/8/5 are also the
 * directions and FIRE, and 1/3/7/9 are GAME_A to GAME_D, as on phones.
 */
final class GameKeys {
    private GameKeys() {
    }

    /** The game action of a device key code, 0 for none; an unknown key code is an error. */
    static int gameAction(int keyCode) {
        for (int action = Canvas.UP; action <= Canvas.FIRE; action++) {
            int logical = logicalKey(action);
            if (logical >= 0 && keyCode == Host.keyCode(logical)) {
                return action;
            }
        }
        switch (keyCode) {
            case Canvas.KEY_NUM2: return Canvas.UP;
            case Canvas.KEY_NUM8: return Canvas.DOWN;
            case Canvas.KEY_NUM4: return Canvas.LEFT;
            case Canvas.KEY_NUM6: return Canvas.RIGHT;
            case Canvas.KEY_NUM5: return Canvas.FIRE;
            case Canvas.KEY_NUM1: return Canvas.GAME_A;
            case Canvas.KEY_NUM3: return Canvas.GAME_B;
            case Canvas.KEY_NUM7: return Canvas.GAME_C;
            case Canvas.KEY_NUM9: return Canvas.GAME_D;
            default:
                if (keyName(keyCode) == null) {
                    throw new IllegalArgumentException("invalid key code " + keyCode);
                }
                return 0;
        }
    }

    /** Host's logical key for a game action, or -1. */
    private static int logicalKey(int gameAction) {
        switch (gameAction) {
            case Canvas.UP: return Host.KEY_UP;
            case Canvas.DOWN: return Host.KEY_DOWN;
            case Canvas.LEFT: return Host.KEY_LEFT;
            case Canvas.RIGHT: return Host.KEY_RIGHT;
            case Canvas.FIRE: return Host.KEY_FIRE;
            default: return -1;
        }
    }

    /** The key code of a game action; an unknown game action is an error. */
    static int keyCode(int gameAction) {
        int logical = logicalKey(gameAction);
        if (logical >= 0) {
            return Host.keyCode(logical);
        }
        switch (gameAction) {
            case Canvas.GAME_A: return Canvas.KEY_NUM1;
            case Canvas.GAME_B: return Canvas.KEY_NUM3;
            case Canvas.GAME_C: return Canvas.KEY_NUM7;
            case Canvas.GAME_D: return Canvas.KEY_NUM9;
            default: throw new IllegalArgumentException("invalid game action " + gameAction);
        }
    }

    /** The name of a device key code ("5", "*", "UP", "SOFT1"...), or null for an unknown one. */
    static String keyName(int keyCode) {
        if ((keyCode >= Canvas.KEY_NUM0 && keyCode <= Canvas.KEY_NUM9)
                || keyCode == Canvas.KEY_STAR || keyCode == Canvas.KEY_POUND) {
            return String.valueOf((char) keyCode);
        }
        String[] names = {"UP", "DOWN", "LEFT", "RIGHT", "SELECT", "SOFT1", "SOFT2", "CLEAR"};
        for (int i = 0; i < names.length; i++) {
            if (keyCode == Host.keyCode(i)) {
                return names[i];
            }
        }
        return null;
    }
}
