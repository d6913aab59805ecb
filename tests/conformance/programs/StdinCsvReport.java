import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.TreeMap;

// A CSV report from System.in (CRLF lines, a header, blank and comment lines, malformed
// numbers): totals per region and product via TreeMap, with the bad lines reported.
public class StdinCsvReport {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String header = in.readLine();
        String[] cols = header.split(",");
        System.out.println("columns: " + cols.length + " -> " + String.join(" | ", cols));
        Map<String, Long> byRegion = new TreeMap<String, Long>();
        Map<String, Integer> unitsByProduct = new TreeMap<String, Integer>();
        int lineNo = 1, good = 0, skipped = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                skipped++;
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                int units = Integer.parseInt(f[2]);
                int price = Integer.parseInt(f[3]);
                long revenue = (long) units * price;
                Long old = byRegion.get(f[0]);
                byRegion.put(f[0], old == null ? revenue : old + revenue);
                Integer u = unitsByProduct.get(f[1]);
                unitsByProduct.put(f[1], u == null ? units : u + units);
                good++;
                System.out.println("line " + lineNo + ": " + f[0] + "/" + f[1] + " revenue " + (revenue / 100) + "." + (revenue % 100 < 10 ? "0" : "") + (revenue % 100));
            } catch (NumberFormatException e) {
                System.out.println("line " + lineNo + ": bad number: " + e.getMessage());
            }
        }
        System.out.println("good=" + good + " skipped=" + skipped + " last line=" + lineNo);
        long total = 0;
        for (Map.Entry<String, Long> e : byRegion.entrySet()) {
            System.out.println("region " + e.getKey() + ": " + e.getValue());
            total += e.getValue();
        }
        System.out.println("units by product: " + unitsByProduct);
        System.out.println("total revenue cents=" + total);
    }
}
