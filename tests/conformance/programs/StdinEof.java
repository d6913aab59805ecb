import java.io.IOException;

public class StdinEof {
    public static void main(String[] args) throws IOException {
        System.out.println("no stdin file: first read returns " + System.in.read());
        System.out.println("still at EOF: " + System.in.read());
        int reads = 0;
        while (System.in.read() == -1 && reads < 100) reads++;
        System.out.println("EOF is sticky over " + reads + " reads");
        System.out.println("done");
    }
}
