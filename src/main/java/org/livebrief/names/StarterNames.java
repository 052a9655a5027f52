package org.livebrief.names;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import org.jboss.logging.Logger;
import org.livebrief.platform.Caller;

/**
 * Product data, not demo content: the Ukrainian cities renamed since the 2016 decommunization laws, with
 * their former names as historical names, loaded once on the first start. A restart, or a second node,
 * does not load them again ({@code name_dataset}); an entity an admin registered before is kept as it is.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class StarterNames {

    static final String DATASET = "names/starter-renamed-places.json";
    private static final Logger LOG = Logger.getLogger(StarterNames.class);
    private static final Caller LIVEBRIEF = new Caller("livebrief", false, false, true);

    @Inject
    NameImport imports;

    @Inject
    Names names;

    @PostConstruct
    void load() {
        if (names.datasetLoaded(DATASET)) {
            return;
        }
        NameImport.Report report = imports.all(read(), LIVEBRIEF);
        names.markDatasetLoaded(DATASET, report.created().size());
        LOG.infof("Starter names loaded: %d entities, %d already held, %d refused", report.created().size(),
                report.duplicates().size(), report.errors().size());
    }

    static List<NameRequest> read() {
        Type listOfRequests = new java.util.ArrayList<NameRequest>() { }.getClass().getGenericSuperclass();
        try (InputStream in = StarterNames.class.getClassLoader().getResourceAsStream(DATASET);
             var jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DATASET);
            }
            return jsonb.fromJson(in, listOfRequests);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + DATASET, e);
        }
    }
}
