namespace KioskGuide.Kiosk.Localization;

/// <summary>Every fixed text of the touch UI, Danish first. Plain words, short sentences.</summary>
public static class UiText
{
    // Frame
    public static readonly LocalizedText Home = new("Forside", "Home");
    public static readonly LocalizedText Back = new("Tilbage", "Back");
    public static readonly LocalizedText LeaveQuestionsTitle = new("Vil du gå til forsiden?", "Go to the home screen?");
    public static readonly LocalizedText LeaveQuestionsText = new(
        "Dine svar er ikke sendt. Går du til forsiden, bliver de slettet.", "Your answers have not been sent. If you go to the home screen, they are deleted.");
    public static readonly LocalizedText LeaveQuestionsStay = new("Nej, fortsæt med spørgsmålene", "No, go on with the questions");
    public static readonly LocalizedText LeaveQuestionsGo = new("Ja, slet svarene", "Yes, delete my answers");
    public static readonly LocalizedText LargeText = new("Stor tekst", "Large text");
    public static readonly LocalizedText HighContrast = new("Høj kontrast", "High contrast");
    public static readonly LocalizedText ChooseLanguage = new("Skift sprog", "Change language");
    public static readonly LocalizedText KioskControls = new("Indstillinger og navigation", "Settings and navigation");

    // Home
    public static readonly LocalizedText Welcome = new("Find et fællesskab eller et tilbud nær dig", "Find a community or an offer near you");
    public static readonly LocalizedText WelcomeHint = new("Tryk på et emne, eller søg.", "Tap a topic, or search.");
    public static readonly LocalizedText SearchPlaceholder = new("Søg, fx gåtur eller spisning", "Search, e.g. walk or dinner");
    public static readonly LocalizedText Topics = new("Emner", "Topics");

    // Search
    public static readonly LocalizedText Search = new("Søg", "Search");
    public static readonly LocalizedText SearchTitle = new("Søg efter et tilbud", "Search for an offer");
    public static readonly LocalizedText SearchField = new("Det du søger efter", "What you are looking for");
    public static readonly LocalizedText TypeToSearch = new("Skriv med tasterne herunder.", "Type with the keys below.");
    public static readonly LocalizedText Keyboard = new("Tastatur", "Keyboard");
    public static readonly LocalizedText Space = new("Mellemrum", "Space");
    public static readonly LocalizedText Backspace = new("Slet", "Delete");
    public static readonly LocalizedText ClearText = new("Ryd", "Clear");
    public static readonly LocalizedText NoSearchResults = new("Ingen tilbud passer til din søgning.", "No offers match your search.");
    public static readonly LocalizedText ClearSearch = new("Ryd søgningen", "Clear the search");
    public static readonly LocalizedText ShowResults = new("Vis resultater ({0})", "Show results ({0})");
    public static readonly LocalizedText ShowKeyboard = new("Skriv igen", "Type again");
    public static readonly LocalizedText KeyboardSymbols = new("Tal og tegn", "Numbers and symbols");
    public static readonly LocalizedText KeyboardLetters = new("Bogstaver", "Letters");
    public static readonly LocalizedText SearchLimitReached = new("Der kan højst stå {0} tegn i søgefeltet.", "The search can be at most {0} characters.");
    public static readonly LocalizedText MoreBelow = new("– {0} flere længere nede", "– {0} more further down");
    public static readonly LocalizedText OneMoreBelow = new("– 1 mere længere nede", "– 1 more further down");

    // Results and filters
    public static readonly LocalizedText OffersFound = new("{0} tilbud", "{0} offers");
    public static readonly LocalizedText OneOfferFound = new("1 tilbud", "1 offer");
    public static readonly LocalizedText Filters = new("Vælg", "Choose");
    public static readonly LocalizedText FilterWho = new("Hvem", "Who");
    public static readonly LocalizedText FilterWhere = new("Hvor", "Where");
    public static readonly LocalizedText FilterWhen = new("Hvornår", "When");
    public static readonly LocalizedText FilterFree = new("Gratis", "Free");
    public static readonly LocalizedText FilterStepFree = new("Uden trin", "Step-free");
    public static readonly LocalizedText ClearFilters = new("Ryd valg", "Clear choices");
    public static readonly LocalizedText Anyone = new("Alle", "Everyone");
    public static readonly LocalizedText Anywhere = new("Alle steder", "Everywhere");
    public static readonly LocalizedText Anytime = new("Alle dage", "Any day");
    public static readonly LocalizedText Today = new("I dag", "Today");
    public static readonly LocalizedText Tomorrow = new("I morgen", "Tomorrow");
    public static readonly LocalizedText Next7Days = new("De næste 7 dage", "The next 7 days");
    public static readonly LocalizedText NoResults = new("Ingen tilbud passer til dine valg.", "No offers match your choices.");
    public static readonly LocalizedText NoResultsHint = new("Prøv at fjerne et valg.", "Try removing a choice.");
    public static readonly LocalizedText ShowMore = new("Vis flere ({0} mere)", "Show more ({0} more)");
    public static readonly LocalizedText NoUpcomingDate = new("Se tider under tilbuddet", "See times in the offer");
    public static readonly LocalizedText Close = new("Luk", "Close");

    // Offer detail
    public static readonly LocalizedText When = new("Hvornår", "When");
    public static readonly LocalizedText NextDates = new("De næste gange", "Next times");
    public static readonly LocalizedText NextBookable = new("Næste gang, du kan nå at tilmelde dig:", "Next date you can still sign up for:");
    public static readonly LocalizedText BookBy = new("Tilmeld dig senest {0}.", "Sign up by {0}.");
    public static readonly LocalizedText BookingClosed = new("Tilmeldingen er lukket. Fristen var {0}.", "Booking has closed. The deadline was {0}.");
    public static readonly LocalizedText NoBookableDate = new(
        "Tilmeldingen er lukket til de næste gange. Ring og hør, om der er plads.", "Booking has closed for the next dates. Call and ask if there is room.");
    public static readonly LocalizedText NoDates = new("Ingen faste datoer. Kontakt arrangøren.", "No fixed dates. Contact the organiser.");
    public static readonly LocalizedText Where = new("Hvor", "Where");
    public static readonly LocalizedText HowToGetThere = new("Sådan kommer du dertil", "How to get there");
    public static readonly LocalizedText Price = new("Pris", "Cost");
    public static readonly LocalizedText Free = new("Gratis", "Free");
    public static readonly LocalizedText PriceKroner = new("{0} kr.", "DKK {0}");
    public static readonly LocalizedText HowToJoin = new("Sådan kommer du med", "How to join");
    public static readonly LocalizedText Contact = new("Kontakt", "Contact");
    public static readonly LocalizedText Phone = new("Telefon", "Phone");
    public static readonly LocalizedText Organiser = new("Arrangør", "Organiser");
    public static readonly LocalizedText Access = new("Tilgængelighed", "Accessibility");
    public static readonly LocalizedText StepFree = new("Adgang uden trin", "Step-free access");
    public static readonly LocalizedText NotStepFree = new("Der er trin ved adgangen", "There are steps at the entrance");
    public static readonly LocalizedText HearingLoop = new("Teleslynge", "Hearing loop");
    public static readonly LocalizedText AccessibleToilet = new("Handicaptoilet", "Accessible toilet");
    public static readonly LocalizedText Languages = new("Sprog", "Languages");
    public static readonly LocalizedText ForWhom = new("For hvem", "For whom");
    public static readonly LocalizedText ForEveryone = new("For alle", "For everyone");
    public static readonly LocalizedText Ages = new("Alder", "Age");
    public static readonly LocalizedText AgeFrom = new("Fra {0} år", "From {0}");
    public static readonly LocalizedText AgeTo = new("Op til {0} år", "Up to {0}");
    public static readonly LocalizedText AgeBetween = new("{0}–{1} år", "{0}–{1} years");
    public static readonly LocalizedText PrintLeaflet = new("Udskriv folder", "Print leaflet");
    public static readonly LocalizedText PrintPreviewTitle = new("Sådan ser folderen ud", "This is how the leaflet looks");
    public static readonly LocalizedText PreparingLeaflet = new("Folderen bliver lavet …", "Making the leaflet …");
    public static readonly LocalizedText LeafletPage = new("Folderen, side {0} af {1}", "The leaflet, page {0} of {1}");
    public static readonly LocalizedText LeafletTwoSides = new("Folderen har {0} sider.", "The leaflet has {0} pages.");
    public static readonly LocalizedText PrintConfirm = new("Udskriv", "Print");
    public static readonly LocalizedText PrintCancel = new("Annuller", "Cancel");
    public static readonly LocalizedText Printing = new("Udskriver …", "Printing …");
    // All a printer tells is that it took the job: not that the paper is out yet.
    public static readonly LocalizedText PrintDone = new(
        "Printeren har fået folderen — den kommer ud om lidt.", "The printer has your leaflet — it will come out in a moment.");
    public static readonly LocalizedText LaterDates = new("Derefter:", "After that:");
    public static readonly LocalizedText PrintRetry = new("Prøv igen", "Try again");
    public static readonly LocalizedText PrintCallInstead = new("Ring og hør mere:", "Call to find out more:");
    public static readonly LocalizedText PrintOffline = new(
        "Printeren svarer ikke lige nu. Spørg personalet, eller skriv telefonnummeret ned.",
        "The printer is not answering right now. Ask the staff, or write down the phone number.");
    public static readonly LocalizedText PrintStopped = new(
        "Printeren er sat på pause. Spørg personalet om hjælp.", "The printer is paused. Please ask the staff for help.");
    public static readonly LocalizedText PrintOutOfPaper = new(
        "Printeren mangler papir. Sig det gerne til personalet.", "The printer is out of paper. Please tell the staff.");
    public static readonly LocalizedText PrintPaperJam = new(
        "Papiret sidder fast i printeren. Sig det gerne til personalet.", "Paper is stuck in the printer. Please tell the staff.");
    public static readonly LocalizedText PrintRefused = new(
        "Printeren kunne ikke tage imod folderen. Prøv igen om lidt, eller spørg personalet.",
        "The printer could not take the leaflet. Try again in a moment, or ask the staff.");
    public static readonly LocalizedText PrintCapReached = new(
        "Der er printet mange foldere i dag, så printeren holder pause til i morgen. Skriv telefonnummeret ned, eller spørg personalet.",
        "Many leaflets were printed today, so printing stops until tomorrow. Write down the phone number, or ask the staff.");
    public static readonly LocalizedText PrintUnavailable = new(
        "Folderen kan ikke laves lige nu. Skriv telefonnummeret ned, eller spørg personalet.",
        "The leaflet cannot be made right now. Write down the phone number, or ask the staff.");
    public static readonly LocalizedText PageNotFound = new("Denne side findes ikke.", "This page does not exist.");
    public static readonly LocalizedText OfferNotFound = new("Tilbuddet findes ikke længere.", "This offer is no longer available.");
    public static readonly LocalizedText TextInDanish = new("Teksten findes kun på dansk.", "This text is only in Danish.");

    // Join methods
    public static readonly LocalizedText JoinJustShowUp = new("Mød bare op", "Just show up");
    public static readonly LocalizedText JoinCallFirst = new("Ring først", "Call first");
    public static readonly LocalizedText JoinSignUp = new("Tilmelding", "Sign up in advance");
    public static readonly LocalizedText JoinReferral = new("Kræver henvisning", "Referral needed");

    // Idle and attract
    public static readonly LocalizedText StillThere = new("Er du her stadig?", "Are you still there?");
    public static readonly LocalizedText ResetCountdown = new("Skærmen starter forfra om {0} sekunder.", "The screen starts over in {0} seconds.");
    public static readonly LocalizedText Continue = new("Fortsæt", "Continue");
    public static readonly LocalizedText TouchToStart = new("Rør skærmen for at begynde", "Touch the screen to start");
    public static readonly LocalizedText AttractTitle = new("Find fællesskaber og tilbud nær dig", "Find communities and offers near you");

    // Have your say (anonymous questionnaire)
    public static readonly LocalizedText HaveYourSay = new("Sig din mening", "Have your say");
    public static readonly LocalizedText HaveYourSayHint = new("Hjælp kommunen med fællesskaber. Anonymt.", "Help the municipality with communities. Anonymous.");
    public static readonly LocalizedText StartQuestions = new("Start", "Start");
    public static readonly LocalizedText StopQuestions = new("Stop og slet mine svar", "Stop and delete my answers");
    public static readonly LocalizedText QuestionProgress = new("Spørgsmål {0} af {1}", "Question {0} of {1}");
    public static readonly LocalizedText NextQuestion = new("Næste", "Next");
    public static readonly LocalizedText SkipQuestion = new("Spring over", "Skip");
    public static readonly LocalizedText ReviewTitle = new("Se dine svar, før du sender", "Check your answers before you send");
    public static readonly LocalizedText Skipped = new("Sprunget over", "Skipped");
    public static readonly LocalizedText ChangeAnswer = new("Ret", "Change");
    public static readonly LocalizedText SendAnswers = new("Send mine svar", "Send my answers");
    public static readonly LocalizedText Saving = new("Gemmer…", "Saving…");
    public static readonly LocalizedText TooManyAnswers = new(
        "Der er lige blevet sendt flere svar fra denne skærm. Vent et minut, og tryk så på Send igen.",
        "Several answers were just sent from this screen. Please wait a minute, then tap Send again.");
    public static readonly LocalizedText AnswerNotSaved = new(
        "Dit svar kunne ikke gemmes. Spørg gerne personalet.", "Your answer could not be saved. Please ask the staff.");
    // Disk full (issue 14)
    public static readonly LocalizedText AnswerNotSavedDiskFull = new(
        "Skærmen kan ikke gemme flere svar lige nu. Tak, fordi du ville svare. Personalet kan se, hvorfor.",
        "This screen cannot save more answers just now. Thank you for wanting to answer. The staff can see why.");
    public static readonly LocalizedText BackToHome = new("Til forsiden", "To the home screen");
    public static readonly LocalizedText CharactersLeft = new("{0} tegn tilbage", "{0} characters left");
    public static readonly LocalizedText NoCharactersLeft = new("Du har brugt alle {0} tegn.", "You have used all {0} characters.");
    public static readonly LocalizedText ScaleVeryUnhappy = new("Meget utilfreds", "Very unhappy");
    public static readonly LocalizedText ScaleUnhappy = new("Utilfreds", "Unhappy");
    public static readonly LocalizedText ScaleNeutral = new("Hverken eller", "Neither");
    public static readonly LocalizedText ScaleHappy = new("Tilfreds", "Happy");
    public static readonly LocalizedText ScaleVeryHappy = new("Meget tilfreds", "Very happy");
    public static readonly LocalizedText YourText = new("Din tekst", "Your text");
    public static readonly LocalizedText RemovedNote = new(
        "CPR-numre, telefonnumre, e-mails og adresser bliver fjernet, før svaret gemmes.",
        "CPR numbers, phone numbers, e-mails and addresses are removed before the answer is saved.");
}
