package de.pflegeregion;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Wraps the data source so that every SQL statement prepared on the counting thread is counted (import it with
 * {@code @Import}); background work of the application on other threads does not count.
 */
@TestConfiguration
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

    /** Runs the work on this thread and answers how many statements it prepared. */
    public static int count(Callable<?> work) throws Exception {
        AtomicInteger count = new AtomicInteger();
        COUNT.set(count);
        try {
            work.call();
        } finally {
            COUNT.remove();
        }
        return count.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            Object result = invoke(method, dataSource, args);
            return result instanceof Connection connection ? counting(connection) : result;
        });
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                AtomicInteger count = COUNT.get();
                if (count != null) {
                    count.incrementAndGet();
                }
            }
            return invoke(method, connection, args);
        });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
