using System.Text.RegularExpressions;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Domain.Tests.Anonymity;

public sealed class FreeTextScrubberTests
{
    private const string X = FreeTextScrubber.Marker;
    private const string Cpr = FreeTextScrubber.CprKind;
    private const string Phone = FreeTextScrubber.PhoneKind;
    private const string Email = FreeTextScrubber.EmailKind;
    private const string Address = FreeTextScrubber.AddressKind;

    /// <summary>Sentences with personal data: the input, the exact expected output, the kinds removed.</summary>
    public static TheoryData<string, string, string[]> WithPersonalData => new()
    {
        // Phone numbers, in every grouping the brief names.
        { "Ring gerne til mig på 12 34 56 78, jeg vil gerne være frivillig.", $"Ring gerne til mig på {X}, jeg vil gerne være frivillig.", [Phone] },
        { "Mit nummer er 22334455 hvis I vil høre mere om besøgsvenner.", $"Mit nummer er {X} hvis I vil høre mere om besøgsvenner.", [Phone] },
        { "Jeg kan hjælpe med kaffen til seniorcaféen – ring 2345 6789.", $"Jeg kan hjælpe med kaffen til seniorcaféen – ring {X}.", [Phone] },
        { "Tlf.: 0045 87654321 (helst efter kl. 16)", $"Tlf.: {X} (helst efter kl. 16)", [Phone] },
        { "Min søn er 17 år og keder sig, ring på 4512345678", $"Min søn er 17 år og keder sig, ring på {X}", [Phone] },
        { "Mit telefonnummer: 12-34-56-78.", $"Mit telefonnummer: {X}.", [Phone] },
        { "Ring 12.34.56.78 hvis der bliver brug for en chauffør til bussen", $"Ring {X} hvis der bliver brug for en chauffør til bussen", [Phone] },
        { "Mobil +4522334455 – sms er bedst.", $"Mobil {X} – sms er bedst.", [Phone] },
        { "ring til mig 29 87 65 43", $"ring til mig {X}", [Phone] },
        { "Mit nummer er (+45) 31 41 59 26.", $"Mit nummer er {X}.", [Phone] },
        { "Ring 20304050!", $"Ring {X}!", [Phone] },
        { "+45 12345678 er min fastnettelefon, jeg har ingen mobil.", $"{X} er min fastnettelefon, jeg har ingen mobil.", [Phone] },
        { "Jeg vil gerne hjælpe med it-caféen, tlf 51 52 5354", $"Jeg vil gerne hjælpe med it-caféen, tlf {X}", [Phone] },

        // CPR numbers: dash, en dash, space, none; dates in the 1900s and 2000s.
        { "Mit CPR-nummer er 120345-1234, så I kan finde mig.", $"Mit CPR-nummer er {X}, så I kan finde mig.", [Cpr] },
        { "120345-1234 er mit cpr, jeg vil gerne kontaktes", $"{X} er mit cpr, jeg vil gerne kontaktes", [Cpr] },
        { "Jeg hedder Karen, 0101521234, og jeg savner nogen at drikke kaffe med", $"Jeg hedder Karen, {X}, og jeg savner nogen at drikke kaffe med", [Cpr] },
        { "Cpr 241299 4321 – jeg vil gerne have en besøgsven.", $"Cpr {X} – jeg vil gerne have en besøgsven.", [Cpr] },
        { "CPR: 311299–1234", $"CPR: {X}", [Cpr] },
        { "Mit barnebarn 290204-4123 har brug for lektiehjælp i ferien.", $"Mit barnebarn {X} har brug for lektiehjælp i ferien.", [Cpr] },

        // E-mail addresses, also with æ, ø and å.
        { "Skriv til mig på søren.ægidius@åbæk.dk om læseklubben.", $"Skriv til mig på {X} om læseklubben.", [Email] },
        { "Send invitationer til foreningen på info@aabaek-seniorklub.dk, ikke til mig", $"Send invitationer til foreningen på {X}, ikke til mig", [Email] },
        { "Min datter (mail: anne.sofie@hotmail.com) vil gerne hjælpe til ved lektiecaféen.", $"Min datter (mail: {X}) vil gerne hjælpe til ved lektiecaféen.", [Email] },
        { "E-mail: MADS.Ørsted@Firma.DK", $"E-mail: {X}", [Email] },
        { "Kontakt: hans-erik@åbæk-kommune.dk.", $"Kontakt: {X}.", [Email] },

        // Street addresses: house letter, floor and side, postcode and town, multi-word names, lower case.
        { "Jeg hedder Birthe og bor på Strandvejen 12, 4790 Åbæk. Jeg er meget alene.", $"Jeg hedder Birthe og bor på {X}. Jeg er meget alene.", [Address] },
        { "Min mor bor alene på Nørregade 5, 3. th og kommer aldrig ud.", $"Min mor bor alene på {X} og kommer aldrig ud.", [Address] },
        { "Min nabo på Æblevej 7A sidder alene hver dag, kan I ikke besøge hende?", $"Min nabo på {X} sidder alene hver dag, kan I ikke besøge hende?", [Address] },
        { "Jeg bor på Kløvervænget 14, st. tv, og kan ikke gå på trapper, så kom gerne forbi.", $"Jeg bor på {X}, og kan ikke gå på trapper, så kom gerne forbi.", [Address] },
        { "Jeg åbner gerne mit hjem, H.C. Andersens Vej 3, for en strikkeklub.", $"Jeg åbner gerne mit hjem, {X}, for en strikkeklub.", [Address] },
        { "Bibliotekstorvet 2 burde have åbent om søndagen.", $"{X} burde have åbent om søndagen.", [Address] },
        { "Kom og besøg os i Ældreklubben, Rosenvænget 3, hver tirsdag kl. 14.", $"Kom og besøg os i Ældreklubben, {X}, hver tirsdag kl. 14.", [Address] },
        { "Jeg bor på Gammel Kongevej 10 og har ikke talt med nogen i en uge", $"Jeg bor på {X} og har ikke talt med nogen i en uge", [Address] },
        { "Spørg efter Ib på Kirkestræde 4 1. tv, han ved alt om sejlads", $"Spørg efter Ib på {X}, han ved alt om sejlads", [Address] },
        { "Min mand og jeg bor på Egevej 22, og vi er begge 80 år og ensomme.", $"Min mand og jeg bor på {X}, og vi er begge 80 år og ensomme.", [Address] },
        { "jeg bor på strandvejen 8 og kan ikke komme til jeres møder om aftenen", $"jeg bor på {X} og kan ikke komme til jeres møder om aftenen", [Address] },
        { "Jeg bor på Vester Allé 4, 2. sal, og har udsigt til biblioteket", $"Jeg bor på {X}, og har udsigt til biblioteket", [Address] },
        { "Hent mig på Torvet 3 – jeg har ingen bil.", $"Hent mig på {X} – jeg har ingen bil.", [Address] },
        { "Min nabo på Sankt Hans Torv 5 og jeg vil starte en gågruppe", $"Min nabo på {X} og jeg vil starte en gågruppe", [Address] },
        { "Vi er en flok pensionister fra Toften 12, 4790 Åbæk, som savner et sted at mødes", $"Vi er en flok pensionister fra {X}, som savner et sted at mødes", [Address] },
        { "Jeg flyttede fra Jagtvej 155, 2200 København N for to år siden og kender ingen her", $"Jeg flyttede fra {X} for to år siden og kender ingen her", [Address] },
        { "Der er ingen bænke ved busstoppet på Møllebakken 2.", $"Der er ingen bænke ved busstoppet på {X}.", [Address] },
        { "Hent mig på Skolevej 12,3.th når der er fællesspisning", $"Hent mig på {X} når der er fællesspisning", [Address] },
        { "Jeg bor på Hovedgaden 12 tv lige over bageren.", $"Jeg bor på {X} lige over bageren.", [Address] },

        // Two or three kinds at once.
        { "Kontakt mig: +45 20 30 40 50 eller gitte_hansen@gmail.com.", $"Kontakt mig: {X} eller {X}.", [Phone, Email] },
        { "Min adresse er Søndergade 41, 4790 Åbæk og min mail er ole.jørgensen@mail.dk", $"Min adresse er {X} og min mail er {X}", [Email, Address] },
        { "Min søster: 050760-2345, tlf. 61 62 63 64.", $"Min søster: {X}, tlf. {X}.", [Cpr, Phone] },
        { "Jeg vil gerne være besøgsven. Jens, tlf 40506070, Ahornstien 9", $"Jeg vil gerne være besøgsven. Jens, tlf {X}, {X}", [Phone, Address] },
        { "Navn: Lis, 170859-1122, lis59@live.dk, Lærkevej 2B", $"Navn: Lis, {X}, {X}, {X}", [Cpr, Email, Address] },
        { "I kan skrive til kirsten1948@yahoo.dk eller ringe 98 76 54 32 efter kl. 18.30.", $"I kan skrive til {X} eller ringe {X} efter kl. 18.30.", [Phone, Email] },
    };

    /// <summary>Sentences that look numeric or address-like but hold no personal data: they must come out as written.</summary>
    public static TheoryData<string> WithoutPersonalData => new()
    {
        // Dates and years.
        "Jeg kom til fællesspisning den 12.03.2024 og det var hyggeligt.",
        "Mødet er flyttet til 12-03-2024 kl. 19.",
        "Vi ses den 5. maj til forårsfesten.",
        "I 2024 har jeg ikke været ude af huset ret meget.",
        "Jeg er født i 1948 og har aldrig følt mig så ensom.",
        "Min mand døde 12.03.2019, siden har jeg været alene.",
        "Fra 1. januar 2025 lukker caféen i Rådhushaven, det er synd.",
        "Kl. 13.30 den 24.12 er der julegudstjeneste, men hvad med bagefter?",
        "I 2019 var vi 120 i foreningen, nu er vi 40.",

        // Times.
        "Åbent kl. 10.30, men jeg kan først komme efter frokost.",
        "Strikkecaféen er 10:30–12:00 hver onsdag, det er for tidligt.",
        "Tirsdagscaféen har åbent 9.30-11.30 i lige uger.",
        "Åbningstid 10.00-16.00 på hverdage passer ikke til folk med arbejde.",
        "Telefonkæden ringer kl. 8.15 hver morgen, det er en god idé.",
        "Kan I lave noget for os på 65+ mellem kl. 17 og 19?",

        // Prices and amounts.
        "Det koster 50 kr. at være med, det har mange ikke råd til.",
        "Et årskort til svømmehallen koster 1.250 kr, alt for dyrt for en pensionist.",
        "Kaffe og kage for kr. 200,- er for meget.",
        "Det kostede 12.500 kr. at få ordnet mine tænder.",
        "Mere end 1.000 ældre i kommunen bor alene ifølge avisen.",

        // Ages, counts and percentages.
        "Jeg er 74 år og har boet alene siden min mand døde.",
        "Jeg kommer på biblioteket 3 gange om ugen for at se andre mennesker.",
        "Omkring 30 % af os i opgangen bor alene.",
        "Kommunen bør sætte 10% flere penge af til foreningslivet.",
        "Vi var 12 til banko i går, det var dejligt.",
        "Jeg har ringet til kommunen 4 gange uden at få svar.",
        "Jeg har været frivillig i 25 år og stopper nu.",
        "Jeg har læst 52 bøger i år, men savner nogen at tale med om dem.",
        "Vi er 5-6 stykker, der gerne vil starte en læseklub.",
        "Alle 3 børnebørn bor i Aarhus, så jeg er meget alene.",
        "Cirka 3-4 gange om året er der arrangementer i Åbæk.",
        "Seniordans for 60+ er det bedste, kommunen har lavet.",

        // Buses and short numbers.
        "Bus 210 kører kun hver anden time, så jeg kan ikke komme hjem.",
        "Linje 3A holder lige udenfor biblioteket, det er godt.",
        "Bus 2A og 350S stopper ved Nørregade, men ikke om aftenen.",
        "Mit lånerkort nr. 1234 virker ikke i automaten.",
        "Den 10 12 2024 var der ingen til julehygge.",
        "Postnummer 4790 og 4791 dækker hele vores område.",

        // Streets without a house number, and street-like words followed by something else.
        "Vi går langs Strandvejen hver morgen, det kunne være en fast gåtur.",
        "Vejen til fællesskab går gennem biblioteket.",
        "Jeg bor i 4790 Åbæk og der sker ingenting om aftenen.",
        "Der er kun 2 bænke på hele Hovedgaden.",
        "Vi var 8 personer på gåturen fra Kirkepladsen.",
        "Åbæk Bibliotek på Bibliotekstorvet er et godt sted at mødes.",
        "Sommerfesten på Torvet 2024 var den bedste i mange år.",
        "Vi mødes på Torvet kl. 10 til fælles gåtur.",
        "Vi mødes på Torvet 10.30 om lørdagen og går en tur.",
        "Jeg har gået i Parken 3 gange i denne uge.",
        "Markedet på Torvet 10-14 er det eneste, der samler byen.",
        "Koncerten i Parken 2. juni var gratis, mere af det.",
        "Vi mødes i Kongens Have 2 timer hver søndag.",
        "Jeg passer køkkenhaven 3 timer om ugen sammen med andre.",
        "Jeg er på vej 2 gange om ugen til genoptræning.",
        "Jeg har boet på Engen i 40 år.",
        "Vi bor i Parken, og der er 200 lejligheder, men intet mødested.",
        "Markedet på Torvet 10 til 14 er det eneste, der samler byen.",
        "Der er kun 2 pladser tilbage på arbejdsplads 3 i værkstedet.",
        "Min datter går i børnehave 2 dage om ugen, så jeg har tid til frivilligt arbejde.",
        "Stien langs åen er 2,5 km og perfekt til en gåtur for alle.",

        // Almost personal data: not a CPR date, not an e-mail address.
        "Nummeret 991399-1234 på min bog passer ikke med systemet.",
        "Følg @aabaekbibliotek, så ved man, hvad der sker.",
        "Vi er mange @ biblioteket om tirsdagen.",
    };

    [Theory]
    [MemberData(nameof(WithPersonalData))]
    public void Replaces_personal_data_with_the_marker_and_keeps_the_rest(string text, string expected, string[] kinds)
    {
        var result = FreeTextScrubber.Scrub(text);

        Assert.Equal(expected, result.Text);
        Assert.Equal(kinds, result.RemovedKinds);
    }

    [Theory]
    [MemberData(nameof(WithoutPersonalData))]
    public void Leaves_text_without_personal_data_exactly_as_written(string text)
    {
        var result = FreeTextScrubber.Scrub(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.RemovedKinds);
    }

    private static readonly Regex EightDigits = new(@"\d{8}", RegexOptions.CultureInvariant);
    private static readonly Regex EmailLike = new(@"@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}", RegexOptions.CultureInvariant);

    private static IEnumerable<string> WholeCorpus() =>
        ((IEnumerable<object[]>)WithPersonalData).Concat(WithoutPersonalData).Select(row => (string)row[0]);

    [Fact]
    public void No_output_of_the_corpus_holds_eight_digits_in_a_row_or_an_email_domain()
    {
        var corpus = WholeCorpus().ToList();
        // The check means something only if the input has both to remove.
        Assert.Contains(corpus, EightDigits.IsMatch);
        Assert.Contains(corpus, EmailLike.IsMatch);

        var leaks = corpus
            .Select(text => FreeTextScrubber.Scrub(text).Text)
            .Where(output => EightDigits.IsMatch(output) || EmailLike.IsMatch(output))
            .ToList();

        Assert.Empty(leaks);
    }

    [Fact]
    public void Scrubbing_scrubbed_text_again_changes_nothing()
    {
        foreach (string text in WholeCorpus())
        {
            var once = FreeTextScrubber.Scrub(text);
            var twice = FreeTextScrubber.Scrub(once.Text);

            Assert.Equal(once.Text, twice.Text);
            Assert.Empty(twice.RemovedKinds);
        }
    }

    [Theory]
    [InlineData("120345-1234")] // 12 March 1945
    [InlineData("1203451234")]
    [InlineData("120345 1234")]
    [InlineData("010100-0001")] // 1 January 1900
    [InlineData("311257-5123")] // 31 December 2057: 7th digit 5–8 and year 00–57
    [InlineData("290200-4234")] // 29 February 2000: 7th digit 4, a leap year
    [InlineData("010160-1237")] // fails the modulus-11 check, which no longer applies
    public void Removes_a_cpr_number_with_a_real_date(string cpr)
    {
        var result = FreeTextScrubber.Scrub($"Mit cpr er {cpr}.");

        Assert.Equal($"Mit cpr er {X}.", result.Text);
        Assert.Equal([Cpr], result.RemovedKinds);
    }

    [Theory]
    [InlineData("991399-1234")] // day 99, month 13
    [InlineData("320145-1234")] // 32 January
    [InlineData("310445-1234")] // 31 April
    [InlineData("290200-1234")] // 29 February 1900: 7th digit 1, not a leap year
    [InlineData("290201-4234")] // 29 February 2001
    [InlineData("010045-1234")] // month 00
    public void Leaves_a_cpr_shaped_number_without_a_real_date(string number)
    {
        string text = $"Nummeret {number} står på min lånerbog.";

        Assert.Equal(text, FreeTextScrubber.Scrub(text).Text);
    }

    [Fact]
    public void Names_the_marker_fjernet() => Assert.Equal("[fjernet]", FreeTextScrubber.Marker);

    [Fact]
    public void Refuses_null() => Assert.Throws<ArgumentNullException>(() => FreeTextScrubber.Scrub(null!));

    [Fact]
    public void Returns_empty_text_unchanged()
    {
        var result = FreeTextScrubber.Scrub("");

        Assert.Equal("", result.Text);
        Assert.Empty(result.RemovedKinds);
    }
}
