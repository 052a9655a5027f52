package org.livebrief.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.livebrief.platform.TextDirection;

/**
 * One story page that receives a stream of entries while news breaks. Its slug is its public address
 * and never changes; its language is a BCP 47 tag; its time zone decides how entry times are shown.
 */
@Entity
@Audited
@Table(name = "live_briefing")
public class LiveBriefing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** The calendars dates are shown in, space-separated ICU names; null: the language's default (issue #18). */
    @Column(length = 100)
    private String calendars;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BriefingStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * Moves with every public change of an entry inside the briefing. Not part of the version (an editor's
     * settings edit is not stale because an entry was published meanwhile) nor of the audit trail; it is written
     * in SQL by {@link ChangeLog#appendAtCommit}, whose UPDATE takes the briefing's row lock before the change log
     * is appended, which keeps the log's order per briefing equal to commit order (see the live package).
     */
    @OptimisticLock(excluded = true)
    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * How many public changes the briefing has logged (V51): raised only in SQL, by the statement of
     * {@link ChangeLog} that takes the row lock for a change, so Hibernate reads it and never writes it.
     */
    @OptimisticLock(excluded = true)
    @NotAudited
    @Column(name = "changes", insertable = false, updatable = false)
    private long changes;

    /** When the briefing was last closed (its coverage ended); null while it is live or was never closed. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "four_eyes", nullable = false)
    private boolean fourEyes = true;

    /** Space-separated user names allowed to publish their own entries directly (the trusted fast lane). */
    @Column(name = "fast_lane", nullable = false)
    private String fastLane = "";

    /** Briefings with the same group are language versions of one story. */
    @Column(name = "translation_group")
    private String translationGroup;

    /** The event it covers, for schema.org's {@code about} (issue #17, item 5); null name: none. */
    @Column(name = "event_name")
    private String eventName;

    @Column(name = "event_start")
    private java.time.LocalDate eventStart;

    /** A name-authority place's id. */
    @Column(name = "event_place")
    private Long eventPlace;

    @Version
    private long version;

    protected LiveBriefing() {
    }

    LiveBriefing(BriefingRequest.Valid request, String createdBy, Clock clock) {
        this.slug = request.slug();
        this.language = request.language().toLanguageTag();
        this.title = request.title();
        this.summary = request.summary();
        this.timeZone = request.timeZone().getId();
        this.calendars = Calendars.store(request.calendars(), language);
        this.status = request.status();
        this.fourEyes = request.fourEyes();
        this.fastLane = String.join(" ", request.fastLane());
        event(request.event());
        this.createdBy = createdBy;
        this.createdAt = now(clock);
        this.updatedAt = createdAt;
    }

    /** Changes what an editor may change: title, summary and time zone. Slug and language are fixed. */
    void revise(BriefingRequest.Valid request, Clock clock) {
        this.title = request.title();
        this.summary = request.summary();
        this.timeZone = request.timeZone().getId();
        this.calendars = Calendars.store(request.calendars(), language);
        this.fourEyes = request.fourEyes();
        this.fastLane = String.join(" ", request.fastLane());
        event(request.event());
        this.updatedAt = now(clock);
    }

    private void event(BriefingRequest.Event event) {
        this.eventName = event == null ? null : event.name();
        this.eventStart = event == null ? null : event.startDate();
        this.eventPlace = event == null ? null : event.place();
    }

    /** The event it covers, or null when the editor named none. */
    public BriefingRequest.Event event() {
        return eventName == null ? null : new BriefingRequest.Event(eventName, eventStart, eventPlace);
    }

    void take(BriefingStatus.Action action, Clock clock) {
        this.status = status.next(action);
        this.updatedAt = now(clock);
        if (action == BriefingStatus.Action.CLOSE) {
            closedAt = updatedAt;
        } else if (action == BriefingStatus.Action.REOPEN) {
            closedAt = null;
        }
    }

    /** Joins {@code other}'s language versions with this one's. */
    void linkTranslation(LiveBriefing other, String newGroup) {
        String group = translationGroup != null ? translationGroup
                : other.translationGroup != null ? other.translationGroup : newGroup;
        this.translationGroup = group;
        other.translationGroup = group;
    }

    EditorialPolicy.BriefingRules rules() {
        return new EditorialPolicy.BriefingRules(fourEyes, fastLane());
    }

    /**
     * Records that content inside the briefing changed, for Last-Modified and "last updated": what
     * {@link ChangeLog#appendAtCommit} wrote to the row itself, kept in memory for the answer.
     */
    void touched(Instant at) {
        this.updatedAt = at;
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** The calendars its dates are shown in, the main one first: chosen by an admin or the language's default. */
    public List<String> calendars() {
        return Calendars.read(calendars, language);
    }

    /** {@code rtl} or {@code ltr}, from the language's script. */
    public String direction() {
        return TextDirection.of(language);
    }

    public BriefingStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    /** When coverage ended: the last close, kept when the briefing is archived; null while it is live. */
    public Instant closedAt() {
        return closedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean fourEyes() {
        return fourEyes;
    }

    public Set<String> fastLane() {
        return Arrays.stream(fastLane.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    public String translationGroup() {
        return translationGroup;
    }

    public long version() {
        return version;
    }
}
