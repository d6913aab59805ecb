import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

// Comparator combinators: comparing (with and without a key comparator), comparingInt/
// Long/Double, thenComparing variants, reversed, naturalOrder/reverseOrder, nullsFirst/
// nullsLast, applied to sorting a list of people; plus List.sort.
public class ComparatorChains {
    static final class Person {
        final String name;
        final String city;
        final int age;
        final double score;
        final long id;

        Person(String name, String city, int age, double score, long id) {
            this.name = name;
            this.city = city;
            this.age = age;
            this.score = score;
            this.id = id;
        }

        String getName() {
            return name;
        }

        String getCity() {
            return city;
        }

        int getAge() {
            return age;
        }

        @Override
        public String toString() {
            return name + "(" + city + "," + age + ")";
        }
    }

    static List<Person> people() {
        return new ArrayList<Person>(Arrays.asList(
                new Person("Maya", "Oslo", 31, 88.5, 7L),
                new Person("Ben", "Lima", 25, 92.0, 3L),
                new Person("ada", "Oslo", 31, 75.25, 12L),
                new Person("Carl", null, 47, 60.0, 1L),
                new Person("Dee", "Lima", 25, 92.0, 9L),
                new Person("Eve", "Kyiv", 38, 99.5, 5L),
                new Person("bob", "Oslo", 19, 81.0, 2L),
                new Person("Finn", null, 25, 70.0, 4L)));
    }

    static void show(String label, Comparator<Person> c) {
        List<Person> ps = people();
        Collections.sort(ps, c);
        System.out.println(label + ": " + ps);
    }

    public static void main(String[] args) {
        show("by name", Comparator.comparing(Person::getName));
        show("by name case-insensitive", Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER));
        show("by age (stable)", Comparator.comparingInt(Person::getAge));
        show("by age then name", Comparator.comparingInt(Person::getAge).thenComparing(Person::getName));
        show("by age desc then name", Comparator.comparingInt(Person::getAge).reversed().thenComparing(Person::getName));
        show("by score desc then id", Comparator.comparingDouble((Person p) -> p.score).reversed().thenComparingLong(p -> p.id));
        show("by id", Comparator.comparingLong((Person p) -> p.id));
        show("city nullsFirst then age", Comparator.comparing(Person::getCity, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparingInt(Person::getAge));
        show("city nullsLast reversed", Comparator.comparing(Person::getCity, Comparator.nullsLast(Comparator.<String>reverseOrder())));
        show("name length then reverse name", Comparator.comparingInt((Person p) -> p.name.length())
                .thenComparing(Person::getName, Comparator.reverseOrder()));
        show("whole chain reversed", Comparator.comparing(Person::getCity, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(Person::getName).reversed());
        show("thenComparing(comparator)", Comparator.comparingInt(Person::getAge)
                .thenComparing(Comparator.comparingDouble((Person p) -> p.score)));

        List<String> words = new ArrayList<String>(Arrays.asList("pear", null, "Fig", "apple", null, "fig", "Banana"));
        words.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst natural: " + words);
        words.sort(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.reversed()));
        System.out.println("nullsLast case-insensitive reversed: " + words);
        Comparator<String> nat = Comparator.naturalOrder();
        Comparator<String> rev = Comparator.reverseOrder();
        System.out.println("naturalOrder.compare(a,b)=" + Integer.signum(nat.compare("a", "b")) + " reverseOrder=" + Integer.signum(rev.compare("a", "b"))
                + " reversed().reversed()=" + Integer.signum(nat.reversed().reversed().compare("a", "b")));
        System.out.println("reverseOrder().reversed() is natural: " + (Comparator.<String>reverseOrder().reversed().compare("x", "y") < 0));
        Comparator<String> nf = Comparator.nullsFirst(Comparator.<String>naturalOrder());
        System.out.println("nullsFirst compare: " + nf.compare(null, "a") + " " + nf.compare("a", null) + " " + nf.compare(null, null));
        try {
            Comparator.<String>naturalOrder().compare(null, "a");
        } catch (NullPointerException e) {
            System.out.println("naturalOrder with null: NullPointerException");
        }
        Integer[] nums = {5, -2, 9, 0, -7, 3};
        Arrays.sort(nums, Comparator.comparingInt(Math::abs));
        System.out.println("by absolute value: " + Arrays.toString(nums));
        Arrays.sort(nums, Comparator.comparing((Integer i) -> i % 3).thenComparing(Comparator.reverseOrder()));
        System.out.println("by i % 3 then descending: " + Arrays.toString(nums));
        System.out.println("max by comparator: " + Collections.max(people(), Comparator.comparingDouble((Person p) -> p.score).thenComparing(Person::getName)));
    }
}
