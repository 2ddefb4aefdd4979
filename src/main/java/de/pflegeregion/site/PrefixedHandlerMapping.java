package de.pflegeregion.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's handler lookup for a path with a variable compares the request with every mapping of the application,
 * and each comparison asks the request for its method and headers through every wrapper of the filter chain
 * (spring-framework#24901; a third of the forecast endpoint's CPU, docs/performance.md). This mapping first drops,
 * without touching the request, every mapping whose patterns all begin with literal segments the path does not
 * begin with; such a mapping cannot match. The rest is Spring's own lookup, ordering and 404/405/415 answers.
 */
final class PrefixedHandlerMapping extends RequestMappingHandlerMapping {

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");

    /** The decoded leading segments of the path being looked up on this thread, or null: check every mapping. */
    private static final ThreadLocal<List<String>> SEGMENTS = new ThreadLocal<>();

    /** Per mapping the literal leading segments of each of its patterns; a mapping not in here is always checked. */
    private volatile Map<RequestMappingInfo, List<List<String>>> prefixes = Map.of();

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        Map<RequestMappingInfo, List<List<String>>> index = new IdentityHashMap<>();
        for (RequestMappingInfo info : handlerMethods.keySet()) {
            List<List<String>> literal = literalPrefixes(info);
            if (literal != null) {
                index.put(info, literal);
            }
        }
        prefixes = index;
    }

    /** Null when some pattern of the mapping has no literal start (or the mapping uses no path patterns). */
    private static @Nullable List<List<String>> literalPrefixes(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return null;
        }
        List<List<String>> result = new ArrayList<>();
        for (PathPattern pattern : condition.getPatterns()) {
            List<String> literal = new ArrayList<>();
            String text = pattern.getPatternString();
            for (String segment : (text.startsWith("/") ? text.substring(1) : text).split("/", -1)) {
                if (!LITERAL.matcher(segment).matches()) {
                    break;
                }
                literal.add(segment);
            }
            if (literal.isEmpty()) {
                return null;
            }
            result.add(List.copyOf(literal));
        }
        return List.copyOf(result);
    }

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        List<String> previous = SEGMENTS.get();
        SEGMENTS.set(ServletRequestPathUtils.hasParsedRequestPath(request) ? segments(request) : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        finally {
            SEGMENTS.set(previous);
        }
    }

    /** The path's segments as PathPattern compares them (decoded, without matrix variables); null for an empty one. */
    private static @Nullable List<String> segments(HttpServletRequest request) {
        List<String> segments = new ArrayList<>();
        for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                if (segment.valueToMatch().isEmpty()) {
                    return null;
                }
                segments.add(segment.valueToMatch());
            }
        }
        return segments;
    }

    @Override
    protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        List<String> segments = SEGMENTS.get();
        if (segments != null) {
            List<List<String>> literal = prefixes.get(info);
            if (literal != null && !startsWithAny(segments, literal)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean startsWithAny(List<String> segments, List<List<String>> prefixes) {
        for (List<String> prefix : prefixes) {
            if (startsWith(segments, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<String> segments, List<String> prefix) {
        if (segments.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!segments.get(i).equals(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebMvcRegistrations prefixedHandlerMapping() {
            return new WebMvcRegistrations() {
                @Override
                public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                    return new PrefixedHandlerMapping();
                }
            };
        }
    }
}
