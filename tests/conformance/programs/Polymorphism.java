public class Polymorphism {
    static abstract class Shape {
        static int created = 0;
        String label = "shape";
        final int id;

        Shape() {
            id = ++created;
        }

        abstract double area();

        double perimeter() { return 0; }

        String describe() { return getClass().getSimpleName() + "#" + id + " area=" + area() + " perim=" + perimeter() + " label=" + label; }

        static String kind() { return "Shape.kind"; }
    }

    static class Rect extends Shape {
        final double w, h;
        String label = "rect";

        Rect(double w, double h) { this.w = w; this.h = h; }

        double area() { return w * h; }

        @Override
        double perimeter() { return 2 * (w + h); }

        static String kind() { return "Rect.kind"; }
    }

    static class Square extends Rect {
        Square(double s) { super(s, s); }

        @Override
        String describe() { return "Square! " + super.describe(); }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) { this.r = r; }

        double area() { return 3 * r * r; }
    }

    static class Triangle extends Shape {
        final double b, h;

        Triangle(double b, double h) { this.b = b; this.h = h; }

        double area() { return b * h / 2; }

        @Override
        double perimeter() { return -1; }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3), new Square(4), new Circle(1.5), new Triangle(3, 5), new Square(0.5)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total area = " + total);
        Rect r = new Rect(1, 1);
        Shape asShape = r;
        System.out.println("field hiding: r.label=" + r.label + " asShape.label=" + asShape.label + " ((Shape) r).label=" + ((Shape) r).label);
        System.out.println("static hiding: " + Shape.kind() + " " + Rect.kind());
        Object[] objs = shapes;
        System.out.println("array covariance: objs is Shape[]: " + (objs instanceof Shape[]) + " Rect[]: " + (objs instanceof Rect[]));
        Rect[] rects = {new Rect(1, 2), new Square(3)};
        Shape[] viaRects = rects;
        System.out.println("Rect[] as Shape[]: " + viaRects[1].describe());
        try {
            viaRects[0] = new Circle(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        int rectCount = 0, squareCount = 0;
        for (Shape s : shapes) {
            if (s instanceof Rect) rectCount++;
            if (s instanceof Square) squareCount++;
        }
        System.out.println("rects=" + rectCount + " squares=" + squareCount + " created=" + Shape.created);
        Shape best = shapes[0];
        for (Shape s : shapes) {
            if (s.area() > best.area()) best = s;
        }
        System.out.println("largest: " + best.describe());
        Object o = new Square(2);
        System.out.println("Object.toString dispatch check via equals/self: " + o.equals(o) + " " + (o.hashCode() == o.hashCode()));
    }
}
