package npe;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Bootstrap methods of the hand-assembled classes (see handmade.py). */
public class Boot {
    public static CallSite nullSite(MethodHandles.Lookup lookup, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(type.returnType(), null));
    }

    public static CallSite emptyNodeSite(MethodHandles.Lookup lookup, String name, MethodType type) {
        return new ConstantCallSite(MethodHandles.constant(type.returnType(), new Node()));
    }
}
