public class ExitUncaughtNpe {
    String name;

    public static void main(String[] args) {
        ExitUncaughtNpe[] items = new ExitUncaughtNpe[3];
        items[0] = new ExitUncaughtNpe();
        items[0].name = "first";
        items[2] = new ExitUncaughtNpe();
        items[2].name = "third";
        for (ExitUncaughtNpe item : items) {
            System.out.println("length of name: " + item.name.length());
        }
        System.out.println("never printed");
    }
}
