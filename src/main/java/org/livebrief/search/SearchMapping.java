package org.livebrief.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.livebrief.briefing.Entry;

/**
 * The index mapping, in code rather than annotations on {@link Entry}, so the {@code briefing} package
 * does not depend on search ({@code hibernate.search.mapping.configurer} in persistence.xml). One index,
 * {@code entry}, holds the published entries only ({@link PublishedOnly}); {@link EntryBinder} writes
 * the fields.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "entry";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep entry = context.programmaticMapping().type(Entry.class);
        entry.indexed().index(INDEX).routingBinder(new PublishedOnly());
        entry.binder(new EntryBinder());
    }
}
