package io.github.numkit.optimization;

import java.lang.reflect.Method;

/**
 * Bytes allocated by the current thread, read through the HotSpot extension of the thread MXBean.
 * Tests use it to show that the iterations of a method allocate nothing: the allocation of a run
 * must not grow with the number of iterations.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Returns the bytes the current thread has allocated so far, or -1 when the JVM does not report
     * it.
     *
     * @return the allocated bytes, or -1
     */
    public static long currentThreadBytes() {
        try {
            // Reflection, because the module under test does not read java.management.
            Object bean = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getThreadMXBean").invoke(null);
            Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
            Method method = type.getMethod("getThreadAllocatedBytes", long.class);
            return (long) method.invoke(bean, Thread.currentThread().getId());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Measures the bytes a task allocates on the current thread.
     *
     * @param task the work to measure
     * @return the allocated bytes, or -1 when the JVM does not report them
     */
    public static long measure(Runnable task) {
        long before = currentThreadBytes();
        task.run();
        long after = currentThreadBytes();
        return before < 0 || after < 0 ? -1 : after - before;
    }
}
