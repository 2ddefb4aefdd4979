package de.pflegeregion.site;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only (spring.web.resources.add-mappings=false switches off Boot's
 * catch-all "/**"). With the catch-all, every link a page renders (/massnahmen/12, /angebote?…) was looked
 * up as a file in the jar before it was written out, which made link-heavy pages several times slower.
 * Webjars keep their version-free URLs (/webjars/htmx.org/dist/htmx.min.js).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "vendor"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/").resourceChain(true);
        }
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
