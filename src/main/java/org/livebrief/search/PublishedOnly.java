package org.livebrief.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.Visibility;

/**
 * Conditional indexing: an entry is in the index exactly while it is published. Publishing adds it, a
 * correction re-indexes it, retraction (or any other state) deletes it; drafts are never written.
 *
 * <p>An entry that was never published ({@code publishedAt} is set once, at its first publication, and never
 * cleared) cannot have a document, so its writes send the index nothing at all. Before, each draft's post and
 * submit sent a delete of a document that could not exist: two index writes in three per published entry, and
 * each one made the next search flush a new Lucene segment to see it (docs/benchmarks.md, "Publishing").
 */
final class PublishedOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("state").use("publishedAt");
        context.bridge(Entry.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Entry> {

        @Override
        public void route(DocumentRoutes routes, Object id, Entry entry, RoutingBridgeRouteContext context) {
            if (Visibility.isPublished(entry)) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Entry entry, RoutingBridgeRouteContext context) {
            // The entry may have been published before this change: its document, if any, must go. One never
            // published has none.
            if (entry.publishedAt() != null) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }
    }
}
