// Strict alternation of threads with wait/notify: ping-pong, a three-thread round robin with
// notifyAll, and a turn-taking counter. Each line is printed by the thread whose turn it is.
public class WaitNotifyPingPong {
    static final Object table = new Object();
    static boolean pingTurn = true;

    static class Player extends Thread {
        final boolean isPing;
        final int rounds;

        Player(String name, boolean isPing, int rounds) {
            super(name);
            this.isPing = isPing;
            this.rounds = rounds;
        }

        @Override
        public void run() {
            for (int i = 1; i <= rounds; i++) {
                synchronized (table) {
                    while (pingTurn != isPing) {
                        try {
                            table.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    System.out.println(getName() + " " + i);
                    pingTurn = !pingTurn;
                    table.notify();
                }
            }
        }
    }

    static final Object ring = new Object();
    static int turn;
    static final StringBuilder ringLog = new StringBuilder();

    static class RingMember extends Thread {
        final int index;
        final int members;
        final int laps;

        RingMember(int index, int members, int laps) {
            super("ring-" + index);
            this.index = index;
            this.members = members;
            this.laps = laps;
        }

        @Override
        public void run() {
            for (int lap = 0; lap < laps; lap++) {
                synchronized (ring) {
                    while (turn % members != index) {
                        try {
                            ring.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    ringLog.append((char) ('A' + index));
                    if (turn % members == members - 1) ringLog.append('|');
                    turn++;
                    ring.notifyAll();
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Player ping = new Player("ping", true, 6);
        Player pong = new Player("pong", false, 6);
        pong.start();
        ping.start();
        ping.join();
        pong.join();
        System.out.println("ping-pong over, pingTurn=" + pingTurn);

        RingMember[] members = new RingMember[4];
        for (int i = members.length - 1; i >= 0; i--) {
            members[i] = new RingMember(i, members.length, 5);
            members[i].start();
        }
        for (RingMember m : members) m.join();
        System.out.println("ring: " + ringLog + " turns=" + turn);

        // Main and a helper take turns incrementing a counter; each step is logged in order.
        final int[] counter = {0};
        final Object turnLock = new Object();
        final boolean[] helperTurn = {false};
        final StringBuilder steps = new StringBuilder();
        Thread helper = new Thread("helper") {
            @Override
            public void run() {
                for (int i = 0; i < 5; i++) {
                    synchronized (turnLock) {
                        while (!helperTurn[0]) {
                            try {
                                turnLock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        counter[0] *= 3;
                        steps.append("h").append(counter[0]).append(' ');
                        helperTurn[0] = false;
                        turnLock.notifyAll();
                    }
                }
            }
        };
        helper.start();
        for (int i = 0; i < 5; i++) {
            synchronized (turnLock) {
                while (helperTurn[0]) turnLock.wait();
                counter[0] += 2;
                steps.append("m").append(counter[0]).append(' ');
                helperTurn[0] = true;
                turnLock.notifyAll();
            }
        }
        helper.join();
        System.out.println("steps: " + steps.toString().trim());
        System.out.println("final counter=" + counter[0]);

        // notify with no waiters is harmless; notifyAll wakes every waiter exactly once
        final Object bell = new Object();
        final int[] woken = {0};
        final int[] waiting = {0};
        final boolean[] rung = {false};
        synchronized (bell) {
            bell.notify();
            bell.notifyAll();
        }
        Thread[] waiters = new Thread[5];
        for (int i = 0; i < waiters.length; i++) {
            waiters[i] = new Thread() {
                @Override
                public void run() {
                    synchronized (bell) {
                        waiting[0]++;
                        bell.notifyAll();
                        while (!rung[0]) {
                            try {
                                bell.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        woken[0]++;
                    }
                }
            };
            waiters[i].start();
        }
        synchronized (bell) {
            while (waiting[0] < waiters.length) bell.wait();
            rung[0] = true;
            bell.notifyAll();
        }
        for (Thread w : waiters) w.join();
        System.out.println("waiters=" + waiting[0] + " woken=" + woken[0]);
    }
}
