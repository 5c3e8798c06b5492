package de.integrationsplan.synthetic;

import static de.integrationsplan.core.model.v1.LegalBasis.ASYLG_55_GESTATTUNG;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_104C;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_24;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_25B;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_25_1;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_25_2_REFUGEE;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_25_2_SUBSIDIARY;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_25_3;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_25_5;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_60A_DULDUNG;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_60C;
import static de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_60D;

import de.integrationsplan.core.model.v1.Coding;
import de.integrationsplan.core.model.v1.LegalBasis;
import de.integrationsplan.core.model.v1.RecognitionProcedure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The distribution tables of the generator. Every table is a rough, rounded approximation for
 * plausible test data, not statistics; each names its source in one line. Tables are lists and enums
 * (never hash-based collections), so that iteration order, and with it every draw, is fixed.
 */
final class Tables {

  private Tables() {}

  /** The bands of schooling: none, primary (ISCED 1), lower secondary (2), upper secondary (3), higher. */
  enum SchoolingBand { NONE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, HIGHER }

  /** One choice of languages, first language first, with its weight. */
  record Languages(int weight, List<String> codes) {}

  /** One legal basis with its weight. */
  record Basis(int weight, LegalBasis basis) {}

  /**
   * Nationalities of people in <em>Anschlussunterbringung</em> in Baden-Württemberg. Source: rough
   * shares of first-time asylum applicants 2023-2025 by nationality (BAMF, Aktuelle Zahlen), Ukraine
   * §24 AufenthG added with its share of people in municipal accommodation; languages after
   * BAMF-Kurzanalysen on the languages of asylum applicants; legal bases after the protection rates
   * by nationality (BAMF, Asylgeschäftsstatistik); schooling bands after the IAB-BAMF-SOEP survey of
   * refugees and the BiB/BAMF/IAB survey of Ukrainian refugees.
   */
  enum Nationality {
    /** Syria. */
    SY("SY", "SY", 25, 30, false, "Shahadat al-Thanawiya al-Amma",
        new int[] {8, 20, 30, 27, 15},
        List.of(new Languages(75, List.of("arb")), new Languages(20, List.of("kmr", "arb")),
            new Languages(5, List.of("arb", "eng"))),
        List.of(new Basis(55, AUFENTHG_25_2_SUBSIDIARY), new Basis(35, AUFENTHG_25_2_REFUGEE),
            new Basis(6, AUFENTHG_25_3), new Basis(2, AUFENTHG_25_1), new Basis(2, AUFENTHG_25B))),
    /** Afghanistan. */
    AF("AF", "AF", 15, 30, false, "Baccalaureate (Sanawi)",
        new int[] {28, 25, 22, 17, 8},
        List.of(new Languages(50, List.of("prs")), new Languages(35, List.of("pus", "prs")),
            new Languages(10, List.of("haz", "prs")), new Languages(5, List.of("uzs", "prs"))),
        List.of(new Basis(40, AUFENTHG_25_2_REFUGEE), new Basis(30, AUFENTHG_25_3),
            new Basis(15, AUFENTHG_25_2_SUBSIDIARY), new Basis(7, ASYLG_55_GESTATTUNG),
            new Basis(5, AUFENTHG_60A_DULDUNG), new Basis(3, AUFENTHG_104C))),
    /** Ukraine, temporary protection by §24 AufenthG. */
    UA("UA", "UA", 18, 68, false, "Atestat pro povnu zahalnu serednyu osvitu",
        new int[] {0, 0, 8, 47, 45},
        List.of(new Languages(60, List.of("ukr", "rus")), new Languages(30, List.of("rus", "ukr")),
            new Languages(10, List.of("ukr", "eng"))),
        List.of(new Basis(100, AUFENTHG_24))),
    /** Türkiye; most applicants are Kurds. */
    TR("TR", "TR", 11, 25, true, "Lise Diplomasi",
        new int[] {3, 20, 30, 30, 17},
        List.of(new Languages(55, List.of("kmr", "tur")), new Languages(40, List.of("tur")),
            new Languages(5, List.of("zza", "tur"))),
        List.of(new Basis(45, ASYLG_55_GESTATTUNG), new Basis(25, AUFENTHG_60A_DULDUNG),
            new Basis(25, AUFENTHG_25_2_REFUGEE), new Basis(5, AUFENTHG_25_3))),
    /** Iraq. */
    IQ("IQ", "IQ", 6, 35, false, "Al-Idadiya",
        new int[] {15, 25, 28, 22, 10},
        List.of(new Languages(45, List.of("arb")), new Languages(30, List.of("ckb", "arb")),
            new Languages(25, List.of("kmr", "arb"))),
        List.of(new Basis(30, AUFENTHG_25_2_REFUGEE), new Basis(15, AUFENTHG_25_2_SUBSIDIARY),
            new Basis(10, AUFENTHG_25_3), new Basis(25, AUFENTHG_60A_DULDUNG),
            new Basis(10, ASYLG_55_GESTATTUNG), new Basis(5, AUFENTHG_25B), new Basis(5, AUFENTHG_104C))),
    /** Iran. */
    IR("IR", "IR", 4, 40, false, "Diplom-e Motevassete",
        new int[] {5, 10, 20, 35, 30},
        List.of(new Languages(75, List.of("fas")), new Languages(15, List.of("ckb", "fas")),
            new Languages(10, List.of("azb", "fas"))),
        List.of(new Basis(50, AUFENTHG_25_2_REFUGEE), new Basis(10, AUFENTHG_25_2_SUBSIDIARY),
            new Basis(25, ASYLG_55_GESTATTUNG), new Basis(15, AUFENTHG_60A_DULDUNG))),
    /** Georgia, a safe country of origin: mostly Gestattung or Duldung. */
    GE("GE", "GE", 3, 45, false, "Sruli zogadi ganatlebis atestati",
        new int[] {0, 3, 15, 52, 30},
        List.of(new Languages(85, List.of("kat", "rus")), new Languages(15, List.of("kat"))),
        List.of(new Basis(50, AUFENTHG_60A_DULDUNG), new Basis(40, ASYLG_55_GESTATTUNG),
            new Basis(5, AUFENTHG_60C), new Basis(5, AUFENTHG_25_5))),
    /** Eritrea. */
    ER("ER", "ER", 3, 35, false, "Eritrean Secondary Education Certificate",
        new int[] {15, 30, 30, 20, 5},
        List.of(new Languages(85, List.of("tir")), new Languages(15, List.of("tig", "tir"))),
        List.of(new Basis(60, AUFENTHG_25_2_REFUGEE), new Basis(35, AUFENTHG_25_2_SUBSIDIARY),
            new Basis(5, AUFENTHG_25_3))),
    /** Nigeria. */
    NG("NG", "NG", 3, 40, true, "Senior School Certificate (WAEC)",
        new int[] {10, 20, 25, 35, 10},
        List.of(new Languages(30, List.of("yor", "eng")), new Languages(25, List.of("ibo", "eng")),
            new Languages(15, List.of("hau", "eng")), new Languages(30, List.of("pcm", "eng"))),
        List.of(new Basis(45, ASYLG_55_GESTATTUNG), new Basis(35, AUFENTHG_60A_DULDUNG),
            new Basis(8, AUFENTHG_60C), new Basis(5, AUFENTHG_60D), new Basis(7, AUFENTHG_25_5))),
    /** Somalia. */
    SO("SO", "SO", 3, 35, true, "Secondary School Leaving Certificate",
        new int[] {35, 30, 20, 12, 3},
        List.of(new Languages(80, List.of("som")), new Languages(20, List.of("som", "arb"))),
        List.of(new Basis(45, AUFENTHG_25_2_SUBSIDIARY), new Basis(30, AUFENTHG_25_2_REFUGEE),
            new Basis(15, AUFENTHG_25_3), new Basis(10, ASYLG_55_GESTATTUNG))),
    /** The Gambia. */
    GM("GM", "GM", 2, 10, true, "West African Senior School Certificate",
        new int[] {35, 25, 20, 17, 3},
        List.of(new Languages(45, List.of("mnk", "eng")), new Languages(35, List.of("wol", "eng")),
            new Languages(20, List.of("ful", "eng"))),
        List.of(new Basis(55, AUFENTHG_60A_DULDUNG), new Basis(25, ASYLG_55_GESTATTUNG),
            new Basis(10, AUFENTHG_60C), new Basis(5, AUFENTHG_60D), new Basis(5, AUFENTHG_25B))),
    /** Pakistan. */
    PK("PK", "PK", 2, 15, false, "Higher Secondary School Certificate",
        new int[] {20, 25, 25, 20, 10},
        List.of(new Languages(55, List.of("urd", "eng")), new Languages(45, List.of("pnb", "urd"))),
        List.of(new Basis(50, ASYLG_55_GESTATTUNG), new Basis(40, AUFENTHG_60A_DULDUNG),
            new Basis(10, AUFENTHG_25_5))),
    /** Stateless Palestinians from Syria. */
    STATELESS("STATELESS", "SY", 1, 35, false, "Shahadat al-Thanawiya al-Amma",
        new int[] {8, 20, 30, 27, 15},
        List.of(new Languages(100, List.of("arb"))),
        List.of(new Basis(70, AUFENTHG_25_2_REFUGEE), new Basis(30, AUFENTHG_25_2_SUBSIDIARY)));

    final String code;
    final String origin;
    final int weight;
    final int femalePercent;
    final boolean latinScript;
    final String certificate;
    final int[] schooling;
    final List<Languages> languages;
    final List<Basis> bases;
    final int[] languageWeights;
    final int[] basisWeights;

    Nationality(String code, String origin, int weight, int femalePercent, boolean latinScript,
        String certificate, int[] schooling, List<Languages> languages, List<Basis> bases) {
      this.code = code;
      this.origin = origin;
      this.weight = weight;
      this.femalePercent = femalePercent;
      this.latinScript = latinScript;
      this.certificate = certificate;
      this.schooling = schooling;
      this.languages = languages;
      this.bases = bases;
      this.languageWeights = languages.stream().mapToInt(Languages::weight).toArray();
      this.basisWeights = bases.stream().mapToInt(Basis::weight).toArray();
    }

    boolean ukraine() {
      return this == UA;
    }

    static final List<Nationality> ALL = List.of(values());
    static final int[] WEIGHTS = ALL.stream().mapToInt(n -> n.weight).toArray();
  }

  /** A municipality of Baden-Württemberg with its AGS, inhabitants and Handwerkskammer. */
  record Municipality(String ags, String name, int population, String chamber) {}

  private static final String HWK_S = "Handwerkskammer Region Stuttgart";
  private static final String HWK_HN = "Handwerkskammer Heilbronn-Franken";
  private static final String HWK_KA = "Handwerkskammer Karlsruhe";
  private static final String HWK_MA = "Handwerkskammer Mannheim Rhein-Neckar-Odenwald";
  private static final String HWK_FR = "Handwerkskammer Freiburg";
  private static final String HWK_KN = "Handwerkskammer Konstanz";
  private static final String HWK_UL = "Handwerkskammer Ulm";
  private static final String HWK_RT = "Handwerkskammer Reutlingen";

  /**
   * Municipalities by their <em>Amtlicher Gemeindeschlüssel</em>, weighted by inhabitants. Source:
   * the nine Stadtkreise and 26 Große Kreisstädte of Baden-Württemberg, inhabitants in thousands,
   * approximately (Statistisches Landesamt Baden-Württemberg, about 2023).
   */
  static final List<Municipality> MUNICIPALITIES = List.of(
      new Municipality("08111000", "Landeshauptstadt Stuttgart", 633, HWK_S),
      new Municipality("08222000", "Stadt Mannheim", 315, HWK_MA),
      new Municipality("08212000", "Stadt Karlsruhe", 308, HWK_KA),
      new Municipality("08311000", "Stadt Freiburg im Breisgau", 237, HWK_FR),
      new Municipality("08221000", "Stadt Heidelberg", 160, HWK_MA),
      new Municipality("08421000", "Stadt Ulm", 128, HWK_UL),
      new Municipality("08121000", "Stadt Heilbronn", 128, HWK_HN),
      new Municipality("08231000", "Stadt Pforzheim", 127, HWK_KA),
      new Municipality("08415061", "Stadt Reutlingen", 117, HWK_RT),
      new Municipality("08116019", "Stadt Esslingen am Neckar", 95, HWK_S),
      new Municipality("08118048", "Stadt Ludwigsburg", 94, HWK_S),
      new Municipality("08416041", "Universitätsstadt Tübingen", 92, HWK_RT),
      new Municipality("08326074", "Stadt Villingen-Schwenningen", 87, HWK_KN),
      new Municipality("08335043", "Stadt Konstanz", 86, HWK_KN),
      new Municipality("08136088", "Stadt Aalen", 68, HWK_UL),
      new Municipality("08115045", "Stadt Sindelfingen", 65, HWK_S),
      new Municipality("08136065", "Stadt Schwäbisch Gmünd", 62, HWK_UL),
      new Municipality("08435016", "Stadt Friedrichshafen", 62, HWK_UL),
      new Municipality("08317096", "Stadt Offenburg", 61, HWK_FR),
      new Municipality("08117026", "Stadt Göppingen", 59, HWK_S),
      new Municipality("08119079", "Stadt Waiblingen", 56, HWK_S),
      new Municipality("08211000", "Stadt Baden-Baden", 56, HWK_KA),
      new Municipality("08115003", "Stadt Böblingen", 51, HWK_S),
      new Municipality("08436064", "Stadt Ravensburg", 51, HWK_UL),
      new Municipality("08135019", "Stadt Heidenheim an der Brenz", 50, HWK_UL),
      new Municipality("08216043", "Stadt Rastatt", 50, HWK_KA),
      new Municipality("08336050", "Stadt Lörrach", 49, HWK_FR),
      new Municipality("08115028", "Stadt Leonberg", 49, HWK_S),
      new Municipality("08335075", "Stadt Singen (Hohentwiel)", 48, HWK_KN),
      new Municipality("08215009", "Stadt Bruchsal", 45, HWK_KA),
      new Municipality("08226096", "Stadt Weinheim", 45, HWK_MA),
      new Municipality("08127076", "Stadt Schwäbisch Hall", 41, HWK_HN),
      new Municipality("08116049", "Stadt Nürtingen", 41, HWK_S),
      new Municipality("08317057", "Stadt Kehl", 37, HWK_FR),
      new Municipality("08327050", "Stadt Tuttlingen", 36, HWK_KN));

  static final int[] MUNICIPALITY_WEIGHTS =
      MUNICIPALITIES.stream().mapToInt(Municipality::population).toArray();

  /**
   * Age at the reference date, in bands of five years from 19 (so that birth years give 18 to 65).
   * Source: rough age structure of adult first-time asylum applicants 2023-2025 (BAMF).
   */
  static final int[] AGE_BAND_START = {19, 25, 30, 35, 40, 45, 50, 55, 60};
  static final int[] AGE_BAND_WEIGHTS = {22, 20, 17, 13, 10, 7, 5, 4, 2};

  /** The KldB 2010 and ISCO-08 editions used in codings. */
  static final String KLDB_VERSION = "2020";
  static final String ISCO_VERSION = "2008";
  static final String ISCED_F_VERSION = "2013";

  /** A foreign qualification with its recognition path. */
  enum QualificationType {
    /** Nursing, regulated (Pflegeberufegesetz). */
    NURSE(true, 12, "Bachelor of Nursing", "0913", "Nursing and midwifery", 6,
        Coding.KLDB_2010, "81302", "Gesundheits- und Krankenpflege (Fachkraft)", true,
        RecognitionProcedure.BQFG, "Regierungspräsidium Stuttgart, Landesprüfungsamt für Medizin und Pharmazie",
        "Pflegefachfrau/Pflegefachmann"),
    /** Medicine, regulated (Bundesärzteordnung). */
    PHYSICIAN(true, 6, "Doctor of Medicine", "0912", "Medicine", 7,
        Coding.ISCO_08, "2211", "Generalist medical practitioners", true,
        RecognitionProcedure.BQFG, "Regierungspräsidium Stuttgart, Landesprüfungsamt für Medizin und Pharmazie",
        "Ärztin/Arzt"),
    /** Pharmacy, regulated. */
    PHARMACIST(true, 3, "Bachelor of Pharmacy", "0916", "Pharmacy", 7,
        Coding.ISCO_08, "2262", "Pharmacists", true,
        RecognitionProcedure.BQFG, "Regierungspräsidium Stuttgart, Landesprüfungsamt für Medizin und Pharmazie",
        "Apothekerin/Apotheker"),
    /** Teaching, regulated by Land law. */
    TEACHER(true, 10, "Bachelor of Education", "0114", "Teacher training with subject specialisation", 6,
        Coding.ISCO_08, "2330", "Secondary education teachers", true,
        RecognitionProcedure.STATE_LAW, "Kultusministerium Baden-Württemberg", "Lehrkraft"),
    /** Early childhood education, regulated by Land law. */
    EDUCATOR(true, 6, "Diploma in Preschool Education", "0922", "Child care and youth services", 6,
        Coding.KLDB_2010, "83112", "Kinderbetreuung und -erziehung (Fachkraft)", true,
        RecognitionProcedure.STATE_LAW, "Regierungspräsidium Stuttgart",
        "Staatlich anerkannte Erzieherin/staatlich anerkannter Erzieher"),
    /** Civil engineering; the title is protected by the Ingenieurgesetz. */
    CIVIL_ENGINEER(true, 8, "Bachelor of Civil Engineering", "0732", "Building and civil engineering", 6,
        Coding.ISCO_08, "2142", "Civil engineers", false,
        RecognitionProcedure.STATE_LAW, "Ingenieurkammer Baden-Württemberg", "Ingenieurin/Ingenieur"),
    /** Architecture, regulated by the Architektengesetz. */
    ARCHITECT(true, 3, "Master of Architecture", "0731", "Architecture and town planning", 7,
        Coding.ISCO_08, "2161", "Building architects", true,
        RecognitionProcedure.STATE_LAW, "Architektenkammer Baden-Württemberg", "Architektin/Architekt"),
    /** Computer science, not regulated: statement of comparability. */
    SOFTWARE(true, 8, "Bachelor of Computer Science", "0613", "Software and applications development and analysis", 6,
        Coding.KLDB_2010, "43414", "Softwareentwicklung (Experte)", false,
        RecognitionProcedure.ZAB_STATEMENT, "Zentralstelle für ausländisches Bildungswesen (ZAB)", null),
    /** Business administration, not regulated. */
    BUSINESS(true, 10, "Bachelor of Business Administration", "0413", "Management and administration", 6,
        null, null, null, false,
        RecognitionProcedure.ZAB_STATEMENT, "Zentralstelle für ausländisches Bildungswesen (ZAB)", null),
    /** Accounting, not regulated. */
    ACCOUNTANT(true, 6, "Bachelor of Accounting", "0411", "Accounting and taxation", 6,
        Coding.ISCO_08, "2411", "Accountants", false,
        RecognitionProcedure.ZAB_STATEMENT, "Zentralstelle für ausländisches Bildungswesen (ZAB)", null),
    /** Law, not recognised as a profession without German law exams. */
    LAW(true, 4, "Bachelor of Law", "0421", "Law", 6,
        null, null, null, false,
        RecognitionProcedure.ZAB_STATEMENT, "Zentralstelle für ausländisches Bildungswesen (ZAB)", null),
    /** Electrician, a craft (Handwerkskammer). */
    ELECTRICIAN(false, 14, "Diploma in Electrical Installation", "0713", "Electricity and energy", 4,
        Coding.KLDB_2010, "26212", "Bauelektrik (Fachkraft)", false,
        RecognitionProcedure.BQFG, null, "Elektronikerin/Elektroniker"),
    /** Motor mechanic, a craft. */
    MECHANIC(false, 14, "Certificate in Motor Vehicle Mechanics", "0716", "Motor vehicles, ships and aircraft", 4,
        Coding.KLDB_2010, "25212", "Kraftfahrzeugtechnik (Fachkraft)", false,
        RecognitionProcedure.BQFG, null, "Kfz-Mechatronikerin/Kfz-Mechatroniker"),
    /** Cook, an IHK occupation (central IHK FOSA). */
    COOK(false, 10, "Certificate in Culinary Arts", "1013", "Hotel, restaurants and catering", 4,
        Coding.KLDB_2010, "29302", "Köche (Fachkraft)", false,
        RecognitionProcedure.BQFG, "IHK FOSA", "Köchin/Koch"),
    /** Bricklayer, a craft. */
    BRICKLAYER(false, 10, "Certificate in Masonry", "0732", "Building and civil engineering", 3,
        Coding.KLDB_2010, "32122", "Maurerhandwerk (Fachkraft)", false,
        RecognitionProcedure.BQFG, null, "Maurerin/Maurer"),
    /** Hairdresser, a craft. */
    HAIRDRESSER(false, 10, "Certificate in Hairdressing", "1012", "Hair and beauty services", 3,
        Coding.KLDB_2010, "82312", "Friseurgewerbe (Fachkraft)", false,
        RecognitionProcedure.BQFG, null, "Friseurin/Friseur"),
    /** Tailor, a craft. */
    TAILOR(false, 8, "Certificate in Tailoring", "0723", "Textiles (clothes, footwear and leather)", 3,
        Coding.ISCO_08, "7531", "Tailors, dressmakers, furriers and hatters", false,
        RecognitionProcedure.BQFG, null, "Maßschneiderin/Maßschneider");

    final boolean academic;
    final int weight;
    final String title;
    final String field;
    final String fieldDisplay;
    final int level;
    final @Nullable String occupationSystem;
    final @Nullable String occupationCode;
    final @Nullable String occupationDisplay;
    final boolean regulated;
    final RecognitionProcedure procedure;
    final @Nullable String authority;
    final @Nullable String referenceOccupation;

    QualificationType(boolean academic, int weight, String title, String field, String fieldDisplay,
        int level, @Nullable String occupationSystem, @Nullable String occupationCode,
        @Nullable String occupationDisplay, boolean regulated, RecognitionProcedure procedure,
        @Nullable String authority, @Nullable String referenceOccupation) {
      this.academic = academic;
      this.weight = weight;
      this.title = title;
      this.field = field;
      this.fieldDisplay = fieldDisplay;
      this.level = level;
      this.occupationSystem = occupationSystem;
      this.occupationCode = occupationCode;
      this.occupationDisplay = occupationDisplay;
      this.regulated = regulated;
      this.procedure = procedure;
      this.authority = authority;
      this.referenceOccupation = referenceOccupation;
    }

    static final List<QualificationType> ACADEMIC =
        java.util.Arrays.stream(values()).filter(q -> q.academic).toList();
    static final int[] ACADEMIC_WEIGHTS = ACADEMIC.stream().mapToInt(q -> q.weight).toArray();
    static final List<QualificationType> VOCATIONAL =
        java.util.Arrays.stream(values()).filter(q -> !q.academic).toList();
    static final int[] VOCATIONAL_WEIGHTS = VOCATIONAL.stream().mapToInt(q -> q.weight).toArray();

    /** The occupation coded in its classification, or {@code null}. */
    @Nullable Coding occupation() {
      if (occupationSystem == null || occupationCode == null) {
        return null;
      }
      return new Coding(occupationSystem,
          occupationSystem.equals(Coding.KLDB_2010) ? KLDB_VERSION : ISCO_VERSION, occupationCode,
          occupationDisplay);
    }
  }

  /**
   * Jobs without a formal qualification: work experience abroad and first jobs in Germany. Source:
   * rough shares of occupations of employed refugees (IAB-Kurzbericht on refugees in the labour
   * market): logistics, cleaning, gastronomy, care assistance, construction, sales, driving.
   */
  enum Job {
    /** Warehouse helper. */
    WAREHOUSE("51301", "Lagerwirtschaft (Helfer)", "9333", "Lager und Logistik"),
    /** Kitchen helper. */
    KITCHEN("29301", "Speisenzubereitung (Helfer)", "9412", "Küchenhilfe"),
    /** Cleaner. */
    CLEANING("54101", "Reinigung (Helfer)", "9112", "Gebäudereinigung"),
    /** Care assistant. */
    CARE("81301", "Gesundheits- und Krankenpflege (Helfer)", "5321", "Pflegehilfe"),
    /** Elderly care assistant. */
    ELDERLY_CARE("82101", "Altenpflege (Helfer)", "5322", "Altenpflegehilfe"),
    /** Construction helper. */
    CONSTRUCTION("32101", "Hochbau (Helfer)", "9313", "Bauhelfer"),
    /** Sales. */
    SALES("62102", "Verkauf (Fachkraft)", "5223", "Verkauf im Einzelhandel"),
    /** Driver. */
    DRIVER("52122", "Berufskraftfahrer (Güterverkehr/LKW) (Fachkraft)", "8332", "Lkw-Fahrer"),
    /** Farm work. */
    FARM("11101", "Landwirtschaft (Helfer)", "9211", "Landwirtschaft");

    final String kldb;
    final String kldbDisplay;
    final String isco;
    final String description;

    Job(String kldb, String kldbDisplay, String isco, String description) {
      this.kldb = kldb;
      this.kldbDisplay = kldbDisplay;
      this.isco = isco;
      this.description = description;
    }

    Coding kldbCoding() {
      return new Coding(Coding.KLDB_2010, KLDB_VERSION, kldb, kldbDisplay);
    }

    Coding iscoCoding() {
      return new Coding(Coding.ISCO_08, ISCO_VERSION, isco, null);
    }

    static final List<Job> ALL = List.of(values());
  }

  /** Goal descriptions per area, as an integration manager writes them with the person. */
  static final List<String> WORK_GOALS = List.of(
      "Sozialversicherungspflichtige Beschäftigung finden",
      "Einstieg in den Arbeitsmarkt über ein Praktikum",
      "Arbeitsstelle im erlernten Beruf",
      "Minijob neben dem Sprachkurs",
      "Ausbildungsstelle finden");
  static final List<String> HOUSING_GOALS = List.of(
      "Eigene Wohnung außerhalb der Anschlussunterbringung",
      "Größere Wohnung für die Familie",
      "Mietverhältnis dauerhaft sichern");
  static final List<String> SCHOOL_GOALS = List.of(
      "Schulplatz für die Kinder sichern",
      "Übergang aus der Vorbereitungsklasse in die Regelklasse",
      "Hauptschulabschluss nachholen",
      "Mittleren Schulabschluss erwerben");
  static final List<String> TRAINING_GOALS = List.of(
      "Ausbildungsplatz finden",
      "Einstiegsqualifizierung als Weg in die Ausbildung",
      "Studium aufnehmen",
      "Berufsorientierung und Berufswahl");
  static final List<String> HEALTH_GOALS = List.of(
      "Hausärztliche Versorgung sichern",
      "Psychosoziale Beratung in Anspruch nehmen",
      "Fachärztliche Behandlung klären");
  static final List<String> HEALTH_TARGETS = List.of(
      "Regelmäßige Termine beim Hausarzt",
      "Anbindung an das Psychosoziale Zentrum",
      "Therapieplatz gefunden");
  static final List<String> PARTICIPATION_GOALS = List.of(
      "Kontakte im Stadtteil aufbauen",
      "Mitglied in einem Sportverein werden",
      "Ehrenamtliches Engagement");
  static final List<String> PARTICIPATION_TARGETS = List.of(
      "Teilnahme am Sprachcafé",
      "Mitgliedschaft im Sportverein",
      "Mithilfe in der Kleiderkammer");
  static final List<String> FAMILY_GOALS = List.of(
      "Kita-Platz für das jüngste Kind",
      "Betreuung der Kinder während des Sprachkurses sichern",
      "Familienzusammenführung begleiten");
  static final List<String> FAMILY_TARGETS = List.of(
      "Betreuungsvertrag mit einer Kita",
      "Kinderbetreuung während des Kurses organisiert",
      "Antrag bei der Auslandsvertretung gestellt");
  static final List<String> OTHER_GOALS = List.of(
      "Führerschein Klasse B",
      "Finanzen selbstständig regeln",
      "Schulden regulieren");
  static final List<String> OTHER_TARGETS = List.of(
      "Fahrerlaubnis erworben",
      "Eigenes Girokonto und Haushaltsplan",
      "Termin bei der Schuldnerberatung wahrgenommen");

  /** Dated notes on individual developments, per area. */
  static final List<String> DEVELOPMENT_NOTES = List.of(
      "Erstgespräch geführt, Unterlagen gesichtet.",
      "Hospitation in einem Handwerksbetrieb vereinbart.",
      "Wohnungsbesichtigung mit Unterstützung eines Ehrenamtlichen.",
      "Termin beim Hausarzt vereinbart.",
      "Teilnahme am Sprachcafé im Stadtteil.",
      "Kita-Platz für das jüngste Kind beantragt.",
      "Zeugnisse zur Übersetzung gegeben.");

  /** Notes of reviews. */
  static final List<String> REVIEW_NOTES = List.of(
      "Fortschreibung gemeinsam besprochen, Ziele bestätigt.",
      "Ziele angepasst, weil der Kursbeginn sich verschoben hat.",
      "Gespräch mit Sprachmittlung geführt.",
      "Fortschritte beim Spracherwerb festgehalten.");

  /** Justifications of a counselling period beyond three years. */
  static final List<String> EXTENSION_JUSTIFICATIONS = List.of(
      "Verlängerung um bis zu ein Jahr: Anerkennungsverfahren und Anpassungslehrgang laufen noch.",
      "Verlängerung um bis zu ein Jahr: Ausbildung hat begonnen, Begleitung bis zur Probezeit nötig.",
      "Verlängerung um bis zu ein Jahr: besonderer Unterstützungsbedarf der Familie.");
}
