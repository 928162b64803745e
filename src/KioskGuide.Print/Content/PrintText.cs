namespace KioskGuide.Print.Content;

/// <summary>A fixed text on paper, in Danish and English.</summary>
public sealed record PrintText(string Da, string En)
{
    public string For(string language) => language == "da" ? Da : En;

    public static readonly PrintText When = new("Hvornår", "When");
    public static readonly PrintText NextTimes = new("Næste gange", "Next times");
    public static readonly PrintText NoTimes = new("Kontakt arrangøren for tider.", "Contact the organiser for times.");
    public static readonly PrintText Where = new("Hvor", "Where");
    public static readonly PrintText HowToGetThere = new("Sådan kommer du dertil", "How to get there");
    public static readonly PrintText Cost = new("Pris", "Cost");
    public static readonly PrintText Free = new("Gratis", "Free");
    public static readonly PrintText Kroner = new("{0} kr.", "DKK {0}");
    public static readonly PrintText HowToJoin = new("Sådan kommer du med", "How to join");
    public static readonly PrintText Phone = new("Telefon", "Phone");
    public static readonly PrintText Email = new("E-mail", "Email");
    public static readonly PrintText Access = new("Tilgængelighed", "Accessibility");
    public static readonly PrintText StepFree = new("Adgang uden trin.", "Step-free access.");
    public static readonly PrintText NotStepFree = new("Der er trin ved adgangen.", "There are steps at the entrance.");
    public static readonly PrintText HearingLoop = new("Teleslynge.", "Hearing loop.");
    public static readonly PrintText AccessibleToilet = new("Handicaptoilet.", "Accessible toilet.");
    public static readonly PrintText Organiser = new("Arrangør", "Organiser");
    public static readonly PrintText ForWhom = new("For hvem", "For whom");
    public static readonly PrintText ForEveryone = new("Alle", "Everyone");
    public static readonly PrintText Ages = new("Alder", "Age");
    public static readonly PrintText Languages = new("Sprog", "Languages");

    public static readonly PrintText JustShowUp = new("Mød bare op.", "Just show up.");
    public static readonly PrintText CallFirst = new("Ring først.", "Call first.");
    public static readonly PrintText SignUp = new("Tilmelding.", "Sign up in advance.");
    public static readonly PrintText Referral = new("Kræver henvisning.", "Referral needed.");

    public static readonly PrintText WebHeading = new("Se mere på nettet", "See more online");
    public static readonly PrintText WebHint = new("Scan koden med mobilen, eller skriv:", "Scan the code with your phone, or type:");
    public static readonly PrintText PhoneHeading = new("Ring og hør mere", "Call to hear more");
    public static readonly PrintText PhoneHint = new("Scan koden med mobilen, eller ring til:", "Scan the code with your phone, or call:");

    public static readonly PrintText Contents = new("Indhold", "Contents");
    public static readonly PrintText IndexByTown = new("Tilbud efter by", "Offers by town");
    public static readonly PrintText OfferCount = new("{0} tilbud", "{0} offers");
    public static readonly PrintText OneOffer = new("1 tilbud", "1 offer");
    public static readonly PrintText AllOffers = new("Alle tilbud", "All offers");
    public static readonly PrintText OtherOffers = new("Andre tilbud", "Other offers");
    public static readonly PrintText PrintedOn = new("Udskrevet {0}", "Printed {0}");
}
