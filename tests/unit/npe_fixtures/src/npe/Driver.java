package npe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Calls every scenario method (name starting with "npe") of the classes named
 * on the command line, in name order, and prints one marker line before and
 * after each so that regenerate.py can pair the JVM's exception log with the
 * message.
 */
public class Driver {
    public static void main(String[] args) throws Exception {
        for (String className : args) {
            Class<?> cls = Class.forName(className);
            Method[] methods = cls.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method m : methods) {
                if (!m.getName().startsWith("npe")) {
                    continue;
                }
                m.setAccessible(true);
                Object receiver = null;
                if (!Modifier.isStatic(m.getModifiers())) {
                    java.lang.reflect.Constructor<?> ctor = cls.getDeclaredConstructor();
                    ctor.setAccessible(true);
                    receiver = ctor.newInstance();
                }
                System.out.println("@@CASE " + cls.getName() + " " + m.getName());
                String outcome;
                try {
                    m.invoke(receiver);
                    outcome = "@@NONE";
                } catch (InvocationTargetException e) {
                    Throwable t = e.getCause();
                    if (t instanceof NullPointerException) {
                        String msg = t.getMessage();
                        outcome = msg == null ? "@@NULL" : "@@MSG " + msg;
                    } else {
                        outcome = "@@OTHER " + t;
                    }
                }
                System.out.println(outcome);
            }
        }
    }
}
