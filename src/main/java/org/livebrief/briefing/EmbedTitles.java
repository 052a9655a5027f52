package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.livebrief.embeds.Embed;
import org.livebrief.embeds.EmbedProviders;
import org.livebrief.embeds.EmbedRefused;
import org.livebrief.embeds.OEmbedClient;

/**
 * Before an entry is saved, and outside its transaction, asks the oEmbed endpoint of each embed that has no title yet
 * ({@code livebrief.embeds.titles}, on by default; each exchange bounded by {@code livebrief.embeds.timeout-millis}).
 * What comes back is only a title and, for an admin's provider, a player address on its configured origin; the body
 * is then cleaned as any other, so a provider's answer has no more power over the page than an author's text.
 */
@ApplicationScoped
public class EmbedTitles {

    @Inject
    @ConfigProperty(name = "livebrief.embeds.titles", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "livebrief.embeds.timeout-millis", defaultValue = "2000")
    long timeoutMillis;

    private volatile OEmbedClient client;

    /** {@code request} with the titles its provider gave each untitled embed in its body. */
    public EntryRequest complete(EntryRequest request) {
        if (!enabled || request == null || request.body() == null || !request.body().contains(Embeds.URL)) {
            return request;
        }
        Document document = Jsoup.parseBodyFragment(request.body());
        boolean changed = false;
        EmbedProviders providers = EmbedProviders.current();
        for (Element figure : document.select("figure[" + Embeds.URL + "]:not([data-embed-title])")) {
            Embed embed;
            try {
                embed = providers.embed(figure.attr(Embeds.URL));
            } catch (EmbedRefused e) {
                continue; // validation refuses it with the reason
            }
            Element link = figure.selectFirst("a");
            if (link != null && !link.text().isBlank() && !link.text().strip().startsWith("http")) {
                continue; // saved before with a title
            }
            OEmbedClient.Answer answer = client().ask(providers, embed);
            if (answer.title() != null) {
                figure.attr("data-embed-title", answer.title());
                changed = true;
            }
            if (answer.frameSrc() != null && embed.frameSrc() == null) {
                figure.attr("data-embed-src", answer.frameSrc());
                changed = true;
            }
        }
        if (!changed) {
            return request;
        }
        document.outputSettings().prettyPrint(false);
        return new EntryRequest(request.id(), document.body().html(), request.keyEvent(), request.pinned(), request.correctionNote(),
                request.minor(), request.publishAt(), request.translationOf(), request.headline());
    }

    private OEmbedClient client() {
        if (client == null) {
            client = new OEmbedClient(Duration.ofMillis(Math.max(1, timeoutMillis)));
        }
        return client;
    }
}
