package de.pflegeregion.platform.internal;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The abuse limits run before Spring Security, so a refused request costs no password check and no
 * session; the container's own error report is replaced by a German one.
 */
@Configuration(proxyBeanMethods = false)
class AbuseLimitsConfiguration {

    /** Before the security filter chain (order -100) and after the session filter. */
    private static final int BEFORE_SECURITY = -200;

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(AbuseLimits limits, RateLimitBuckets buckets) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, buckets));
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(AbuseLimits limits) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(new RequestSizeFilter(limits));
        registration.setOrder(BEFORE_SECURITY + 1);
        return registration;
    }

    /**
     * Tomcat reads form bodies itself; for a chunked one only its own limit applies, so it is ours. It reads them for
     * every method that has one (by default only POST), so no other reader (Spring's FormContentFilter, switched off)
     * takes in a PUT, PATCH or DELETE form past the limit.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> formBodyLimit(AbuseLimits limits) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, limits.formBody().toBytes()));
            connector.setParseBodyMethods("POST,PUT,PATCH,DELETE");
        });
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> germanErrorReport() {
        return new GermanErrorReportCustomizer();
    }

    /** Runs after Spring Boot's customizer, which adds Tomcat's plain ErrorReportValve to the host. */
    private static final class GermanErrorReportCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new GermanErrorReportValve());
                // the host adds a valve of this class on start unless one is there: name ours, so it adds none
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(GermanErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
