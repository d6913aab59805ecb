package npe;

public interface Shape {
    double area();

    Shape scaled(double factor);

    static Shape none() {
        return null;
    }
}
