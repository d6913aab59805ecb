public class Primes {
    static boolean isPrime(long n) {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) return false;
        }
        return true;
    }

    static long modPow(long base, long exp, long mod) {
        long result = 1;
        base %= mod;
        while (exp > 0) {
            if ((exp & 1) == 1) result = mulMod(result, base, mod);
            base = mulMod(base, base, mod);
            exp >>= 1;
        }
        return result;
    }

    static long mulMod(long a, long b, long mod) {
        long result = 0;
        a %= mod;
        while (b > 0) {
            if ((b & 1) == 1) {
                result += a;
                if (result >= mod) result -= mod;
            }
            a <<= 1;
            if (a >= mod) a -= mod;
            b >>= 1;
        }
        return result;
    }

    static boolean millerRabin(long n) {
        if (n < 2) return false;
        long[] bases = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
        for (long p : bases) {
            if (n % p == 0) return n == p;
        }
        long d = n - 1;
        int r = 0;
        while ((d & 1) == 0) {
            d >>= 1;
            r++;
        }
        for (long a : bases) {
            long x = modPow(a, d, n);
            if (x == 1 || x == n - 1) continue;
            boolean composite = true;
            for (int i = 1; i < r; i++) {
                x = mulMod(x, x, n);
                if (x == n - 1) {
                    composite = false;
                    break;
                }
            }
            if (composite) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        int limit = 20000;
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                last = i;
                for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
            }
        }
        System.out.println("primes <= " + limit + ": count=" + count + " sum=" + sum + " largest=" + last);
        StringBuilder first = new StringBuilder();
        for (int i = 2, shown = 0; shown < 25; i++) {
            if (!composite[i]) {
                first.append(i).append(' ');
                shown++;
            }
        }
        System.out.println("first 25: " + first);
        int twin = 0;
        for (int i = 3; i + 2 <= limit; i++) {
            if (!composite[i] && !composite[i + 2]) twin++;
        }
        System.out.println("twin prime pairs: " + twin);
        int agree = 0;
        for (int i = 0; i < 3000; i++) {
            if (isPrime(i) == !composite[Math.max(i, 0)] || i < 2) agree++;
        }
        System.out.println("trial division agrees with sieve: " + agree);
        long[] candidates = {2147483647L, 2147483649L, 1000000007L, 1000000009L, 999999999989L, 1000000000039L,
                4294967291L, 4294967297L, 9007199254740881L, 9007199254740993L, 3215031751L, 561L};
        for (long c : candidates) {
            System.out.println(c + " prime (Miller-Rabin): " + millerRabin(c) + (c < 5000000000L ? ", trial: " + isPrime(c) : ""));
        }
        long n = 600851475143L;
        StringBuilder factors = new StringBuilder();
        for (long f = 2; f * f <= n; f++) {
            while (n % f == 0) {
                factors.append(f).append(' ');
                n /= f;
            }
        }
        if (n > 1) factors.append(n);
        System.out.println("factors of 600851475143: " + factors);
        System.out.println("2^62 mod 1000000007 = " + modPow(2, 62, 1000000007L) + ", 3^(10^18) mod 998244353 = " + modPow(3, 1000000000000000000L, 998244353L));
    }
}
