package java.lang;

/**
 * One frame of a stack trace. The VM fills the fields when it decodes a backtrace; moduleName
 * is "java.base" for Kava's own library classes and null for application classes.
 */
public final class StackTraceElement implements java.io.Serializable {
    private String moduleName;
    private String declaringClass;
    private String methodName;
    private String fileName;
    private int lineNumber;

    /**
     * A frame of an application class; lineNumber -2 marks a native method, and a negative
     * value means the line is unknown.
     */
    public StackTraceElement(String declaringClass, String methodName, String fileName,
            int lineNumber) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    /**
     * "[module/]class.method(File.java:line)", with "(File.java)" when the line is unknown,
     * "(Unknown Source)" without a file name, and "(Native Method)" for native methods.
     */
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (moduleName != null && !moduleName.isEmpty()) {
            sb.append(moduleName).append('/');
        }
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            sb.append("Native Method");
        } else if (fileName == null) {
            sb.append("Unknown Source");
        } else {
            sb.append(fileName);
            if (lineNumber >= 0) {
                sb.append(':').append(lineNumber);
            }
        }
        return sb.append(')').toString();
    }

    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber && same(e.moduleName, moduleName)
                && e.declaringClass.equals(declaringClass) && same(e.methodName, methodName)
                && same(e.fileName, fileName);
    }

    private static boolean same(Object a, Object b) {
        return (a == b) || (a != null && a.equals(b));
    }

    private static int hash(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    /**
     * The JDK's formula, which also mixes in a class loader name and a module version;
     * Kava has neither, so they count as null.
     */
    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result; // class loader name
        result = 31 * result + hash(moduleName);
        result = 31 * result; // module version
        result = 31 * result + hash(fileName);
        result = 31 * result + lineNumber;
        return result;
    }
}
