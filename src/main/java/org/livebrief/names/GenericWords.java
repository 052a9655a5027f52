package org.livebrief.names;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generic words of names — administrative units, compass points, landforms, kinds of organisation —
 * by meaning, in the languages of the beat (English, Ukrainian, Russian, Belarusian, Polish, German, French,
 * Turkish, Romanian, the languages of the Caucasus, Central Asia, Iran and Afghanistan as written by their
 * press). These are words of the languages, not spellings of any one name: a name is matched through its
 * generic words by meaning and through the rest by its keys, so "Obwód grodzieński" is a region, and "Ossétie
 * du Sud" and "Südossetien" are both the south of Ossetia.
 *
 * <p>Inflected languages write an adjective or noun with many endings (южная, южной, южного; автономна,
 * автономної): a word also counts when it is one of the listed stems ({@code ~} in the table) followed by at
 * most three letters.
 */
final class GenericWords {

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> STEMS = new HashMap<>();
    /** The first three letters of every stem: most words share none, and are done after one lookup. */
    private static final java.util.Set<String> STEM_STARTS = new java.util.HashSet<>();
    private static final int MAX_ENDING = 3;

    static {
        add("region", "oblast oblasti obłast obwód oblys облысы облыс region regionu область області областi обл"
                + " вобласць вобласці voblast voblasts voblasti province provincia provinz prowincja провінція провинция"
                + " viloyat viloyati viloyati вилоят вилояти вилоятӣ welaýat welayaty velayat vilayet vilayeti ostan"
                + " ostân استان ولایت wilayat velayat marz մարզ mkhare მხარე județ judet judetul județul qarku qark"
                + " krai kray край краю kraj kraju okrug округ regione région"
                + " ~област ~облас ~вобласц ~провінці ~провинци ~oblast ~obwod ~obwodu ~viloyat ~welaýat");
        add("raion", "raion rayon rajon rajonu district район району раён раёна раёне nohiya ноҳия nohiyasi"
                + " ilçe ilçesi shahrestan شهرستان uluswali ولسوالی ~район ~раён ~rajon");
        // Uzbek daryo and Tajik дарё are rivers (Amudaryo, Сирдарё); the Turkic seas are dengiz/теңіз/deňiz.
        add("sea", "sea more море мора morze meer mer mar deniz denizi dengiz dengizi денгиз денгизи теңіз теңізі"
                + " teñiz tengiz деңиз деңизи deňiz deňzi");
        add("river", "river річка река рака rika reka rzeka fluss rivière nehir nehri daryo daryosi дарё дарёи"
                + " daryoi darya");
        add("lake", "lake озеро возера ozero jezioro lac göl gölü köl kól кӯл");
        add("valley", "valley долина даліна dolina tal vallée vallee vadi vadisi vodiy vodiysi водий водийси"
                + " водии دره");
        add("mountains", "mountains mountain гори горы горы góry gebirge montagnes dağları tog'lari тоғлари"
                + " кӯҳҳои ~гор ~горы");
        add("city", "city місто город горад miasto stadt ville ciudad şehir şehri shahar shahri шаҳри شهر qalasy");
        add("republic", "republic republik république republica república republika respublika respublikasi"
                + " cumhuriyeti jumhuriyat جمهوری ~республик ~республік ~рэспублік ~республик ~respublik ~republik");
        add("south", "south süd sud güney southern janubiy жанубий jonubi جنوبی samkhret სამხრეთ harav հարավ"
                + " ~южн ~південн ~паўднёв ~południow ~yuzhn ~pivdenn");
        add("north", "north nord norte kuzey northern shimoliy шимолӣ shomali شمالی chrdilo crdilo ჩრდილოეთ hyusis"
                + " ~северн ~північн ~паўночн ~północn ~severn ~pivnichn");
        add("east", "east ost este doğu eastern sharqiy шарқӣ sharqi شرقی aghmosavlet აღმოსავლეთ"
                + " ~восточн ~східн ~усходн ~wschodn ~vostochn ~skhidn");
        add("west", "west ouest oeste batı western g'arbiy ғарбӣ gharbi غربی dasavlet დასავლეთ"
                + " ~западн ~західн ~заходн ~zachodn ~zapadn ~zakhidn");
        add("upper", "upper upper ober haut верхній верхний yukori ~верхн ~górn ~verkhn");
        add("lower", "lower unter нижній нижний quyi ~нижн ~doln ~nizhn");
        add("mountainous", "mountainous upland berg горно гірсько górski kuhistoni кӯҳистони dağlık dağlıq"
                + " nagorno нагорно ~горн ~гірськ ~górsk ~gorn ~нагорн ~nagorn");
        add("autonomous", "autonomous autonomous autonome autonoma autonomă özerk mukhtor mukhtori мухтор мухтори"
                + " avtonom ~автономн ~аўтаномн ~autonomiczn ~avtonomn ~awtonom");
        add("people", "people's peoples people volks populaire popular popullore халқ xalq ~народн ~ludow ~narodn");
        add("army", "army armee armée armia ejército ordu ordusu ushtria ushtri ushtrisë vojska војска войска"
                + " армія армия армiя artesh ارتش ~армі ~арми ~armi");
        add("liberation", "liberation befreiung libération liberación kurtuluş çlirimtare clirimtare çlirimtar"
                + " ~визволен ~освобожден ~вызвален ~wyzwoleni ~oslobodilačk ~oslobodilack ~ослободилачк");
        add("party", "party partei parti partido partidul партія партия партыя partiya partia partija партија"
                + " partisi ~parti");
        add("front", "front фронт frontul cephe");
        add("movement", "movement bewegung mouvement movimiento рух движение рух hareket harakat ~движени");
        add("union", "union союз союз спілка unia birlik ittifoqi");
        add("council", "council conseil рада совет савет kengesh кеңеш kenesh shura شورا");
        add("saint", "saint st sankt санкт sainte ste san santa são sveti свети svatý święty św svyatoy святой"
                + " святий");
        // The kinds of organisation (issue 16, item 3): an organisation's name may leave them out.
        add("group", "group gruppe groupe grupa группа група grupo grup");
        add("pmc", "pmc чвк пвк ппк");
        add("company", "company компания компанія kompaniya firma");
        add("battalion", "battalion bataillon batalion батальйон батальон batalyon ~батальйон ~батальон");
        add("regiment", "regiment régiment pułk полк alay ~полк");
        add("brigade", "brigade brigada бригада tugay ~бригад");
        add("corps", "corps korps korpus корпус kolordu ~корпус");
        add("division", "division division dywizja дивізія дивизия tümen ~дивізі ~дивизи");
        add("militia", "militia miliz milice milicja ополчение ополчення");
    }

    private static final java.util.Set<String> ORGANISATION_KINDS = java.util.Set.of(
            "group", "pmc", "company", "battalion", "regiment", "brigade", "corps", "division", "militia",
            "party", "movement", "front", "union");
    private static final java.util.Set<String> LANDFORMS = java.util.Set.of("river", "lake");

    /**
     * Whether a name's word with this key may go unsaid for an entity of this type: an organisation's
     * kind (Wagner Group is Wagner and PMC Wagner; Azov Brigade is the Azov Regiment), a river's or lake's
     * landform (the Dnipro River is the Dnipro). Never an administrative unit or a sea: Donetsk is not
     * the Donetsk region, Black is not the Black Sea.
     */
    static boolean isOptional(EntityType type, String key) {
        if (key.isEmpty() || key.charAt(0) != AnalyzedName.GENERIC_MARK) {
            return false;
        }
        String meaning = key.substring(1);
        return type == EntityType.ORGANIZATION && ORGANISATION_KINDS.contains(meaning)
                || type == EntityType.PLACE && LANDFORMS.contains(meaning);
    }

    private GenericWords() {
    }

    private static void add(String meaning, String words) {
        for (String word : words.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean stem = word.charAt(0) == '~';
            String earlier = stem ? STEMS.put(word.substring(1), meaning) : WORDS.put(word, meaning);
            if (earlier != null && !earlier.equals(meaning)) {
                // One word, two meanings: the later would silently win (Tajik дарё was a sea beside the rivers).
                throw new IllegalStateException("generic word " + word + " is both " + earlier + " and " + meaning);
            }
            if (stem) {
                STEM_STARTS.add(word.substring(1, 4));
            }
        }
    }

    /** The meaning of a generic word, or null for any other word. */
    static String meaning(String word) {
        String lower = Folding.lower(word);
        String meaning = WORDS.get(lower);
        if (meaning != null || lower.length() < 4 || !STEM_STARTS.contains(lower.substring(0, 3))) {
            return meaning;
        }
        for (int end = lower.length(); end >= Math.max(3, lower.length() - MAX_ENDING); end--) {
            meaning = STEMS.get(lower.substring(0, end));
            if (meaning != null) {
                return meaning;
            }
        }
        return null;
    }

    /** Whether a key is the meaning of an administrative unit, whose phrases get stem keys. */
    static boolean isRegion(String key) {
        return key.equals(AnalyzedName.GENERIC_MARK + "region") || key.equals(AnalyzedName.GENERIC_MARK + "raion");
    }

    /** Every meaning, for tests. */
    static List<String> meanings() {
        return WORDS.values().stream().distinct().sorted().toList();
    }
}
